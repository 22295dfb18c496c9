import { z } from 'zod';
import { customValuesSchema, moneySchema, tagsInput } from '../../records/record-type.js';
import { companyBillingInput } from '../customer-billing/billing-details.js';
import { customerLanguageSchema } from '../people/people.schemas.js';

const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as SK' });
const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'must be a domain such as example.com' });

export const companyCreateBody = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(200),
  domain: domainSchema.nullable().optional(),
  country: countrySchema.nullable().optional(),
  industry: z.string().trim().max(100).nullable().optional(),
  annualRevenue: moneySchema.nullable().optional(),
  language: customerLanguageSchema
    .nullable()
    .optional()
    .describe("The language of the company's documents and emails; else the workspace's"),
  ...companyBillingInput,
  ownerId: z.uuid({ message: 'must be a user id' }).nullable().optional(),
  tags: tagsInput.optional(),
  custom: customValuesSchema.optional(),
});
export type CompanyInput = z.infer<typeof companyCreateBody>;

export const companyUpdateBody = companyCreateBody.partial();
