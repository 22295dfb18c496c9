import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format.js';
import type { Product } from '../../lib/types.js';
import { commonFieldDefs, type FieldDef } from '../records/fields.js';

export const PRODUCT_DEFAULT_COLUMNS = ['name', 'sku', 'price', 'taxRate', 'unit', 'active', 'tags'];

/** Whether a product is still offered, as a badge. */
export function ActiveBadge({ active, t }: { active: boolean; t: TFunction }) {
  return (
    <Badge variant="light" size="sm" color={active ? 'green' : 'gray'}>
      {active ? t('products.active') : t('products.inactive')}
    </Badge>
  );
}

export function productFieldDefs(fmt: Formatters): FieldDef<Product>[] {
  return [
    {
      id: 'name',
      labelKey: 'products.fields.name',
      sortKeys: ['name'],
      filter: 'text',
      width: 240,
      render: (p) => p.name,
    },
    {
      id: 'sku',
      labelKey: 'fields.sku',
      sortKeys: ['sku'],
      filter: 'text',
      width: 150,
      render: (p) => p.sku,
    },
    {
      id: 'description',
      labelKey: 'fields.description',
      filter: 'text',
      width: 280,
      render: (p) => p.description,
    },
    {
      id: 'price',
      labelKey: 'fields.price',
      sortKeys: ['price'],
      filter: 'money',
      width: 140,
      render: (p) => (p.price ? fmt.money(p.price) : null),
    },
    {
      id: 'cost',
      labelKey: 'fields.cost',
      sensitive: true,
      filter: 'money',
      width: 140,
      render: (p) => (p.cost ? fmt.money(p.cost) : null),
    },
    {
      id: 'taxRate',
      labelKey: 'fields.taxRate',
      filter: 'text',
      width: 110,
      render: (p) => (p.taxRate === null ? null : fmt.percent(Number(p.taxRate))),
    },
    {
      id: 'unit',
      labelKey: 'fields.unit',
      filter: 'text',
      width: 100,
      render: (p) => p.unit,
    },
    {
      id: 'active',
      labelKey: 'fields.active',
      filter: 'boolean',
      width: 140,
      render: (p, { t }) => <ActiveBadge active={p.active} t={t} />,
    },
    ...commonFieldDefs<Product>(),
  ];
}
