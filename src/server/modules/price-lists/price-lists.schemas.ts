import { z } from 'zod';
import { customValuesSchema, tagsInput } from '../../records/record-type.js';
import { currencyInput } from '../sales/sales-document.js';

const fields = {
  name: z.string().trim().min(1, { message: 'is required' }).max(200),
  currency: currencyInput.describe('ISO 4217 code: every price of the list is in it'),
  description: z.string().trim().max(2000).nullable(),
  active: z.boolean(),
  companyIds: z
    .array(z.uuid({ message: 'must be a company id' }))
    .max(1000)
    .describe('Customers whose quotes take their prices from this list'),
  ownerId: z.uuid({ message: 'must be a user id' }).nullable(),
  tags: tagsInput,
  custom: customValuesSchema,
};

export const priceListCreateBody = z.object({
  ...fields,
  description: fields.description.optional(),
  active: fields.active.default(true),
  companyIds: fields.companyIds.default([]),
  ownerId: fields.ownerId.optional(),
  tags: fields.tags.optional(),
  custom: fields.custom.optional(),
});

export const priceListUpdateBody = z.object(fields).omit({ currency: true }).partial();

export const listPriceSchema = z
  .object({
    productId: z.uuid({ message: 'must be a product id' }),
    unitPriceMinor: z
      .number()
      .int({ message: 'must be an integer number of minor units' })
      .min(0, { message: 'must be 0 or more' })
      .max(100_000_000_000, { message: 'is too large' }),
  })
  .meta({ id: 'ListPrice' });

export const listPricesSchema = z.object({ data: z.array(listPriceSchema) }).meta({ id: 'ListPrices' });

export const setListPricesBody = z.object({
  prices: z
    .array(listPriceSchema)
    .max(10_000)
    .describe('Prices to set; a product not named keeps its price (set `remove` to take some off)'),
  remove: z
    .array(z.uuid({ message: 'must be a product id' }))
    .max(10_000)
    .default([]),
});
