import { z } from 'zod';
import { customValuesSchema, tagsInput } from '../../records/record-type.js';
import { LOCALES } from '../auth/auth.schemas.js';
import { billingInput } from '../customer-billing/billing-details.js';

const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as SK' });
const labelSchema = z.string().trim().max(50).nullable().optional();

const emailInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'must be an email address' })),
  label: labelSchema,
  primary: z.boolean().optional(),
});

// Loose on purpose: people type numbers in every national style; we only insist on digits and the
// punctuation those styles use.
const phoneInput = z.object({
  number: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+ ()./-]+$/, { message: 'may contain only digits, spaces and + ( ) - . /' })
    .refine((value) => (value.match(/\d/g) ?? []).length >= 3, { message: 'must contain at least 3 digits' }),
  label: labelSchema,
});

export const emailsSchema = z.array(
  z.object({ email: z.string(), label: z.string().nullable(), primary: z.boolean() }),
);
export const phonesSchema = z.array(z.object({ number: z.string(), label: z.string().nullable() }));
export type PersonEmail = z.infer<typeof emailsSchema>[number];
export type PersonPhone = z.infer<typeof phonesSchema>[number];

const nameSchema = z.string().trim().max(100);

/** The language a customer's documents and emails are written in. */
export const customerLanguageSchema = z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` });

export const personCreateBody = z.object({
  firstName: nameSchema.optional().describe('A first or a last name is required'),
  lastName: nameSchema.optional(),
  emails: z.array(emailInput).max(20).optional().describe('The first is primary unless another is marked'),
  phones: z.array(phoneInput).max(20).optional(),
  companyId: z.uuid({ message: 'must be a company id' }).nullable().optional(),
  jobTitle: z.string().trim().max(200).nullable().optional(),
  city: z.string().trim().max(100).nullable().optional(),
  country: countrySchema.nullable().optional(),
  language: customerLanguageSchema
    .nullable()
    .optional()
    .describe(
      "The language of the person's documents and emails; else their company's, else the workspace's",
    ),
  ...billingInput,
  ownerId: z.uuid({ message: 'must be a user id' }).nullable().optional(),
  tags: tagsInput.optional(),
  custom: customValuesSchema.optional(),
});
export type PersonInput = z.infer<typeof personCreateBody>;
