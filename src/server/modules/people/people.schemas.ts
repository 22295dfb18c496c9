import { z } from 'zod';
import { page, timestamps, versionField } from '../../lib/http-schemas.js';
import { customValuesSchema } from '../custom-fields/custom-fields.schemas.js';

const tagsSchema = z.array(z.string().trim().min(1).max(50)).max(50);
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

export const personSchema = z
  .object({
    ...timestamps,
    version: versionField,
    firstName: z.string(),
    lastName: z.string(),
    emails: z.array(z.object({ email: z.string(), label: z.string().nullable(), primary: z.boolean() })),
    phones: z.array(z.object({ number: z.string(), label: z.string().nullable() })),
    companyId: z.uuid().nullable(),
    companyName: z.string().nullable().describe('Name of the company, for display'),
    jobTitle: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    ownerId: z.uuid().nullable(),
    tags: z.array(z.string()),
    custom: z.record(z.string(), z.unknown()),
    deletedAt: z.string().nullable(),
  })
  .meta({ id: 'Person' });
export type PersonView = z.infer<typeof personSchema>;
/** The stored record: what audit diffs compare. `companyName` is looked up, not stored. */
export type Person = Omit<PersonView, 'companyName'>;
export type PersonEmail = Person['emails'][number];
export type PersonPhone = Person['phones'][number];

const nameSchema = z.string().trim().max(100);

export const personCreateBody = z.object({
  firstName: nameSchema.optional().describe('A first or a last name is required'),
  lastName: nameSchema.optional(),
  emails: z.array(emailInput).max(20).optional().describe('The first is primary unless another is marked'),
  phones: z.array(phoneInput).max(20).optional(),
  companyId: z.uuid({ message: 'must be a company id' }).nullable().optional(),
  jobTitle: z.string().trim().max(200).nullable().optional(),
  city: z.string().trim().max(100).nullable().optional(),
  country: countrySchema.nullable().optional(),
  ownerId: z.uuid({ message: 'must be a user id' }).nullable().optional(),
  tags: tagsSchema.optional(),
  custom: customValuesSchema.optional(),
});
export type PersonInput = z.infer<typeof personCreateBody>;

export const personUpdateBody = personCreateBody;
export type PersonPatch = z.infer<typeof personUpdateBody>;

export const personPage = page(personSchema);
