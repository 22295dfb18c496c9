import { z } from 'zod';
import { customValuesSchema, tagsInput } from '../../records/record-type.js';
import { quantitySchema } from '../../sales/sales-line.js';
import {
  dayInput,
  documentInputFields,
  documentLineSchema,
  taxBreakdownSchema,
} from '../sales/sales-document.js';

const fields = {
  ...documentInputFields,
  dueDate: dayInput
    .nullable()
    .describe('The workspace’s payment days (else fourteen) after the issue date when not given'),
  tags: tagsInput,
  custom: customValuesSchema,
};

export const invoiceCreateBody = z.object({
  ...fields,
  companyId: fields.companyId.optional(),
  personId: fields.personId.optional(),
  documentDiscountPercent: fields.documentDiscountPercent.optional(),
  issueDate: fields.issueDate.optional(),
  notes: fields.notes.optional(),
  ownerId: fields.ownerId.optional(),
  dueDate: fields.dueDate.optional(),
  tags: fields.tags.optional(),
  custom: fields.custom.optional(),
});

/** An issued invoice keeps what it charges (a credit note corrects it); the rest may change. */
export const invoiceUpdateBody = z
  .object(fields)
  .omit({ issueDate: true, lines: true, currency: true, documentDiscountPercent: true })
  .partial();

export const paymentBody = z.object({
  amountMinor: z
    .number()
    .int({ message: 'must be an integer number of minor units' })
    .min(1, { message: 'must be more than 0' })
    .describe('In minor units of the invoice’s currency; at most its balance'),
  paidDate: dayInput.optional().describe('Today when not given'),
  method: z.string().trim().max(50).optional().describe('Bank transfer, card, cash…'),
  reference: z.string().trim().max(200).optional(),
});

export const paymentSchema = z
  .object({
    id: z.uuid(),
    invoiceId: z.uuid(),
    amountMinor: z.number().int(),
    paidDate: z.string(),
    method: z.string().nullable(),
    reference: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Payment' });
export type Payment = z.infer<typeof paymentSchema>;

export const creditNoteBody = z.object({
  lines: z
    .array(
      z.object({
        line: z.number().int().min(0, { message: 'must be a line position (0 is the first)' }),
        quantity: quantitySchema,
      }),
    )
    .max(500)
    .optional()
    .describe('What to credit, by the invoice’s line positions; every line not yet credited when not given'),
  issueDate: dayInput.optional(),
  reason: z.string().trim().max(1000).optional(),
});

export const creditNoteSchema = z
  .object({
    id: z.uuid(),
    invoiceId: z.uuid(),
    number: z.string(),
    issueDate: z.string(),
    reason: z.string().nullable(),
    lines: z.array(documentLineSchema.extend({ line: z.number().int() })),
    totals: z.object({
      netMinor: z.number().int(),
      taxMinor: z.number().int(),
      grossMinor: z.number().int(),
    }),
    taxBreakdown: taxBreakdownSchema,
    createdAt: z.string(),
  })
  .meta({ id: 'CreditNote' });
export type CreditNote = z.infer<typeof creditNoteSchema>;
