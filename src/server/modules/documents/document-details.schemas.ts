import { z } from 'zod';

/** What a workspace prints on its quotes, orders, delivery notes and invoices. */
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .transform((value) => value || null)
    .nullable()
    .optional();

const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as SK' });

/** IBAN: country, check digits and up to 30 letters or digits, spaces allowed, checked by its mod-97 sum. */
const ibanSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => value === '' || isValidIban(value), { message: 'is not a valid IBAN' })
  .transform((value) => value || null);

const bicSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === '' || /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value), {
    message: 'must be a BIC of 8 or 11 characters such as BNBGBGSF',
  })
  .transform((value) => value || null);

export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

export const documentDetailsUpdateBody = z.object({
  legalName: optionalText(200),
  street: optionalText(200),
  additionalStreet: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  region: optionalText(100),
  country: countrySchema.nullable().optional(),
  vatId: optionalText(30),
  registrationId: optionalText(50),
  email: z
    .union([z.literal(''), z.email({ message: 'must be an email address' }).max(254)])
    .transform((value) => value || null)
    .nullable()
    .optional(),
  phone: optionalText(50),
  website: optionalText(200),
  iban: ibanSchema.nullable().optional(),
  bic: bicSchema.nullable().optional(),
  paymentTerms: optionalText(500),
  paymentDays: z.number().int().min(0, { message: 'must be 0 or more' }).max(365).nullable().optional(),
  peppolScheme: z
    .string()
    .regex(/^(\d{4}|EM)$/, { message: 'must be an EAS code such as 0088 or 9930' })
    .nullable()
    .optional(),
  peppolId: optionalText(100),
});
export type DocumentDetailsUpdate = z.infer<typeof documentDetailsUpdateBody>;

export const documentDetailsSchema = z
  .object({
    legalName: z.string().nullable().describe('Printed as the seller; the workspace name when empty'),
    street: z.string().nullable(),
    additionalStreet: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    region: z.string().nullable(),
    country: z.string().nullable(),
    vatId: z.string().nullable(),
    registrationId: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    paymentTerms: z.string().nullable().describe('Printed on quotes, orders and invoices'),
    paymentDays: z.number().int().nullable().describe('Days from an invoice’s date to its due date'),
    peppolScheme: z.string().nullable().describe('EAS code of the Peppol participant id'),
    peppolId: z.string().nullable(),
    logo: z
      .object({ contentType: z.string(), size: z.number().int(), sha256: z.string(), updatedAt: z.string() })
      .nullable(),
    version: z.number().int(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'DocumentDetails' });
export type DocumentDetails = z.infer<typeof documentDetailsSchema>;
