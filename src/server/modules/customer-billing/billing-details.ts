import { z } from 'zod';
import type { FieldDecl } from '../../records/record-type.js';

/**
 * A customer's billing details, on companies and on people (private customers): the address in
 * parts and the VAT or tax ID, printed as the buyer on quotes, orders, delivery notes and invoices
 * and sent in e-invoices. People had a city before; companies get one here.
 */
export function billingFields(options: { city: boolean }): Record<string, FieldDecl> {
  const text = (column: string, description: string): FieldDecl => ({
    column,
    type: 'text',
    nullable: true,
    description,
  });
  return {
    street: text('street', 'Billing address: street and number'),
    ...(options.city ? { city: text('city', 'Billing address: city') } : {}),
    postalCode: text('postal_code', 'Billing address: postcode'),
    region: text('region', 'Billing address: region, state or province'),
    vatId: text('vat_id', 'VAT or tax ID, printed on documents; with its country prefix for e-invoices'),
  };
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null)
    .nullable()
    .optional();

/** A VAT or tax ID as written on invoices: letters, digits and the separators countries use. */
const vatIdInput = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => value === '' || /^[A-Z0-9][A-Z0-9.\-/+*]{1,29}$/.test(value), {
    message: 'must be a VAT or tax ID such as BG123456789',
  })
  .transform((value) => value || null)
  .nullable()
  .optional();

/** Input of the billing details; `city` is the person's existing field. */
export const billingInput = {
  street: optionalText(200),
  postalCode: optionalText(20),
  region: optionalText(100),
  vatId: vatIdInput,
};

export const companyBillingInput = { ...billingInput, city: optionalText(100) };
