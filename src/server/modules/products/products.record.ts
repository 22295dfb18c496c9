import { defineRecordType, type RecordOf } from '../../records/record-type.js';
import { productCreateBody, productUpdateBody } from './products.schemas.js';

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
    taxRate: { column: 'tax_rate', type: 'number', nullable: true },
    active: { column: 'active', type: 'boolean' },
  },
  defaultSort: 'name',
  display: ['name'],
  input: { create: productCreateBody, update: productUpdateBody },
  search: (product) => ({
    title: product.name as string,
    subtitle: product.sku as string,
    text: [product.name, product.sku, product.description].filter(Boolean).join(' '),
  }),
});

export type Product = RecordOf<typeof productType>;
