import { z } from 'zod';
import { defineRecordType, moneySchema, type RecordOf } from '../../records/record-type.js';
import { PRODUCT_LOCALES, productCreateBody, productUpdateBody } from './products.schemas.js';

/** What the workspace sells: the lines of deals, quotes, orders and invoices refer to these. */
export const productType = defineRecordType({
  entity: 'product',
  table: 'products',
  names: { singular: 'product', plural: 'products' },
  fields: {
    sku: { column: 'sku', type: 'text', sortable: true },
    name: { column: 'name', type: 'text', sortable: true, keyed: true },
    description: { column: 'description', type: 'text', nullable: true },
    unit: { column: 'unit', type: 'text', nullable: true },
    price: { column: 'price', currencyColumn: 'currency', type: 'money', nullable: true, sortable: true },
    cost: {
      column: 'cost',
      currencyColumn: 'cost_currency',
      type: 'money',
      nullable: true,
      sensitive: true,
      description: 'Purchase cost per unit; shown only to roles that may read and change every product',
    },
    taxRate: {
      column: 'tax_rate_percent',
      type: 'text',
      nullable: true,
      description: 'Tax rate in percent, a decimal string such as "20" or "9.5"',
    },
    names: {
      column: 'names',
      type: 'json',
      schema: z.partialRecord(z.enum(PRODUCT_LOCALES), z.string()),
      description: 'The name per locale',
    },
    prices: {
      column: 'prices',
      type: 'json',
      schema: z.array(moneySchema),
      description: 'Prices in further currencies',
    },
    active: { column: 'active', type: 'boolean' },
  },
  // Records written before names per locale existed, or by an import that leaves them out.
  normalize: (product) => ({ ...product, names: Array.isArray(product.names) ? {} : product.names }),
  defaultSort: 'name',
  display: ['name'],
  input: { create: productCreateBody, update: productUpdateBody },
  search: (product) => ({
    title: product.name as string,
    subtitle: product.sku as string,
    text: [
      product.name,
      ...Object.values(product.names as Record<string, string>),
      product.sku,
      product.description,
    ]
      .filter(Boolean)
      .join(' '),
  }),
});

export type Product = RecordOf<typeof productType>;
