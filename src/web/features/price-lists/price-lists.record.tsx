import { Badge } from '@mantine/core';
import { IconTags } from '@tabler/icons-react';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { PriceList } from '../../lib/api-types.generated.js';
import { defineRecordType } from '../../records/define-record-type.js';
import { commonFieldDefs, type RenderContext } from '../records/fields.js';
import { priceListBody, priceListInput } from './price-list-input.js';

function priceListDetails(l: PriceList, { fmt, t }: RenderContext) {
  return [
    { label: t('customFields.currency'), value: l.currency },
    {
      label: t('fields.active'),
      value: (
        <Badge variant="light" size="sm" color={l.active ? 'green' : 'gray'}>
          {l.active ? t('products.active') : t('products.inactive')}
        </Badge>
      ),
    },
    { label: t('fields.description'), value: l.description },
    { label: t('priceLists.customers'), value: fmt.number(l.companyIds.length) },
  ];
}

/** Prices of products in one currency for some customers, whose quotes take them. */
export const priceListType = defineRecordType({
  entity: 'price_list',
  module: 'price_lists',
  apiPath: '/price_lists',
  routePath: '/price_lists',
  icon: IconTags,
  color: 'yellow',
  texts: 'priceLists',
  display: ['name'],
  fields: () => [
    {
      id: 'name',
      labelKey: 'priceLists.fields.name',
      sortKeys: ['name'],
      filter: 'text',
      width: 240,
      render: (l) => l.name,
    },
    {
      id: 'currency',
      labelKey: 'customFields.currency',
      filter: 'text',
      width: 110,
      render: (l) => l.currency,
    },
    {
      id: 'description',
      labelKey: 'fields.description',
      filter: 'text',
      width: 280,
      render: (l) => l.description,
    },
    ...commonFieldDefs<PriceList>(),
  ],
  defaultColumns: ['name', 'currency', 'description', 'ownerId'],
  subtitle: (l) => l.currency,
  details: priceListDetails,
  Related: lazyRouteComponent(() => import('./PriceListPrices.js'), 'PriceListPrices'),
  form: {
    Form: lazyRouteComponent(() => import('./PriceListForm.js'), 'PriceListForm'),
    toInput: ({ defaultCurrency }, list) => priceListInput(defaultCurrency, list),
    toBody: priceListBody,
  },
});
