import { z } from 'zod';
import { page, timestamps, versionField } from '../../lib/http-schemas.js';
import { customValuesSchema } from '../custom-fields/custom-fields.schemas.js';

export const moneySchema = z
  .object({
    amount: z
      .number()
      .int({ message: 'must be an integer number of minor units' })
      .refine(Number.isSafeInteger, 'is too large'),
    currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' }),
  })
  .meta({ id: 'Money' });

const tagsSchema = z.array(z.string().trim().min(1).max(50)).max(50);
const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as SK' });
const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'must be a domain such as example.com' });

export const companySchema = z
  .object({
    ...timestamps,
    version: versionField,
    name: z.string(),
    domain: z.string().nullable(),
    country: z.string().nullable(),
    industry: z.string().nullable(),
    annualRevenue: moneySchema.nullable(),
    ownerId: z.uuid().nullable(),
    tags: z.array(z.string()),
    custom: z.record(z.string(), z.unknown()),
    deletedAt: z.string().nullable(),
  })
  .meta({ id: 'Company' });
export type Company = z.infer<typeof companySchema>;

export const companyCreateBody = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(200),
  domain: domainSchema.nullable().optional(),
  country: countrySchema.nullable().optional(),
  industry: z.string().trim().max(100).nullable().optional(),
  annualRevenue: moneySchema.nullable().optional(),
  ownerId: z.uuid({ message: 'must be a user id' }).nullable().optional(),
  tags: tagsSchema.optional(),
  custom: customValuesSchema.optional(),
});
export type CompanyInput = z.infer<typeof companyCreateBody>;

export const companyUpdateBody = companyCreateBody.partial();
export type CompanyPatch = z.infer<typeof companyUpdateBody>;

export const companyPage = page(companySchema);
