import { z } from 'zod';
import { timestamps } from '../../lib/http-schemas.js';

/**
 * External data sets: figures about places (population, income, spending) keyed by a country code, a
 * region or a postcode, imported from a CSV with a mapping. Reports join them to people and
 * companies through the field of the same name (`country`, or a custom field `region`/`postcode`).
 */
export const KEY_KINDS = ['country', 'region', 'postcode'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

export const dataSetColumnSchema = z.object({
  key: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, { message: 'must be a letter then letters, digits or _' })
    .describe('How reports name the value: `data.<dataSetId>.<key>`'),
  label: z.string().trim().min(1, { message: 'is required' }).max(100),
  type: z.enum(['number', 'text'], { message: 'must be number or text' }),
});
export type DataSetColumn = z.infer<typeof dataSetColumnSchema>;

export const dataSetSchema = z
  .object({
    ...timestamps,
    name: z.string(),
    keyKind: z.enum(KEY_KINDS),
    columns: z.array(dataSetColumnSchema),
    source: z.string().nullable().describe('Where the figures come from and under what licence'),
    rowCount: z.number().int(),
  })
  .meta({ id: 'DataSet' });
export type DataSet = z.infer<typeof dataSetSchema>;

export const dataSetMappingSchema = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(100),
  keyColumn: z.string().min(1, { message: 'is required' }).describe('The CSV header holding the key'),
  keyKind: z.enum(KEY_KINDS, { message: `must be one of: ${KEY_KINDS.join(', ')}` }),
  columns: z
    .array(dataSetColumnSchema.extend({ header: z.string().min(1, { message: 'is required' }) }))
    .min(1, { message: 'needs at least one value column' })
    .max(50),
  source: z.string().trim().max(1000).optional(),
});
export type DataSetMapping = z.infer<typeof dataSetMappingSchema>;

export const dataSetPage = z.object({ data: z.array(dataSetSchema) });

export const dataSetRowsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const dataSetRowsPage = z.object({
  data: z.array(
    z.object({ key: z.string(), values: z.record(z.string(), z.union([z.number(), z.string(), z.null()])) }),
  ),
});
