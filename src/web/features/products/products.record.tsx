import { Text } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { Product } from '../../lib/types.js';
import { defineRecordType } from '../../records/define-record-type.js';
import type { RenderContext } from '../records/fields.js';
import type { FieldItem } from '../records/FieldList.js';
import { ActiveBadge, PRODUCT_DEFAULT_COLUMNS, productFieldDefs } from './product-fields.js';
import { productBody, productInput } from './product-input.js';

function productDetails(p: Product, { fmt, t }: RenderContext): FieldItem[] {
  return [
    { label: t('fields.sku'), value: p.sku },
    { label: t('fields.active'), value: <ActiveBadge active={p.active} t={t} /> },
    { label: t('fields.price'), value: p.price ? fmt.money(p.price) : null },
    { label: t('fields.cost'), value: p.cost ? fmt.money(p.cost) : null, sensitive: true },
    { label: t('fields.taxRate'), value: p.taxRate === null ? null : fmt.percent(Number(p.taxRate)) },
    { label: t('fields.unit'), value: p.unit },
    {
      label: t('products.pricesTitle'),
      value: p.prices.length > 0 ? p.prices.map((price) => fmt.money(price)).join(' · ') : null,
    },
    {
      label: t('products.namesTitle'),
      value: Object.values(p.names).filter(Boolean).join(' · ') || null,
    },
    {
      label: t('fields.description'),
      value: p.description ? (
        <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {p.description}
        </Text>
      ) : null,
    },
  ];
}

/** What the workspace sells; deals, quotes, orders and invoices will list these. */
export const productType = defineRecordType({
  entity: 'product',
  module: 'products',
  apiPath: '/products',
  routePath: '/products',
  icon: IconPackage,
  color: 'orange',
  texts: 'products',
  display: ['name'],
  fields: productFieldDefs,
  defaultColumns: PRODUCT_DEFAULT_COLUMNS,
  subtitle: (p) => p.sku,
  details: productDetails,
  form: {
    Form: lazyRouteComponent(() => import('./ProductForm.js'), 'ProductForm'),
    toInput: ({ defaultCurrency, sensitive }, product) => productInput(defaultCurrency, sensitive, product),
    toBody: productBody,
  },
});
