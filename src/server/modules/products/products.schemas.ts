import { z } from 'zod';
import { customValuesSchema, moneySchema, tagsInput } from '../../records/record-type.js';
import { percentSchema } from '../../sales/sales-line.js';

export const PRODUCT_LOCALES = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const;

const fields = {
  sku: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(64)
    .regex(/^[\p{L}\p{N}._/-]+$/u, { message: 'may contain only letters, digits and . _ / -' })
    .describe('Stock keeping unit, unique in the workspace'),
  name: z.string().trim().min(1, { message: 'is required' }).max(200),
  description: z.string().trim().max(5000).nullable(),
  unit: z.string().trim().max(20).nullable().describe('Unit of sale, such as pcs, h or kg'),
  price: moneySchema.nullable().describe('List price per unit, before tax'),
  cost: moneySchema.nullable().describe('Purchase cost per unit'),
  taxRate: percentSchema
    .nullable()
    .describe('Tax rate in percent, a decimal string with up to two decimals, such as "20" or "9.5"'),
  names: z
    .partialRecord(z.enum(PRODUCT_LOCALES), z.string().trim().min(1, { message: 'is required' }).max(200))
    .describe(
      'The name in other languages, by locale (en, bg, ru, sk, pt, pl); documents in that language use it',
    ),
  prices: z
    .array(moneySchema)
    .max(50)
    .refine((prices) => new Set(prices.map((p) => p.currency)).size === prices.length, {
      message: 'has one price per currency',
    })
    .describe('Prices per unit in further currencies, before tax'),
  active: z.boolean().describe('Inactive products stay on past documents but are not offered'),
  ownerId: z.uuid({ message: 'must be a user id' }).nullable(),
  tags: tagsInput,
  custom: customValuesSchema,
};

export const productCreateBody = z.object({
  ...fields,
  description: fields.description.optional(),
  unit: fields.unit.optional(),
  price: fields.price.optional(),
  cost: fields.cost.optional(),
  taxRate: fields.taxRate.optional(),
  names: fields.names.default({}),
  prices: fields.prices.default([]),
  active: fields.active.default(true),
  ownerId: fields.ownerId.optional(),
  tags: fields.tags.optional(),
  custom: fields.custom.optional(),
});

export const productUpdateBody = z.object(fields).partial();
