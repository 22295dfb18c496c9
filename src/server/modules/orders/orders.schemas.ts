import { z } from 'zod';
import { customValuesSchema, tagsInput } from '../../records/record-type.js';
import { MANUAL_ORDER_STATUSES } from '../../sales/order-status.js';
import { quantitySchema } from '../../sales/sales-line.js';
import { dayInput, documentInputFields } from '../sales/sales-document.js';

const fields = {
  ...documentInputFields,
  promisedDate: dayInput.nullable().describe('When delivery was promised; late after it'),
  tags: tagsInput,
  custom: customValuesSchema,
};

export const orderCreateBody = z.object({
  ...fields,
  companyId: fields.companyId.optional(),
  personId: fields.personId.optional(),
  documentDiscountPercent: fields.documentDiscountPercent.optional(),
  issueDate: fields.issueDate.optional(),
  notes: fields.notes.optional(),
  ownerId: fields.ownerId.optional(),
  promisedDate: fields.promisedDate.optional(),
  tags: fields.tags.optional(),
  custom: fields.custom.optional(),
});

/** Lines, discount and currency change only while the order is new and nothing was delivered or invoiced. */
export const orderUpdateBody = z.object(fields).omit({ issueDate: true }).partial();

export const orderStatusBody = z.object({
  status: z.enum(MANUAL_ORDER_STATUSES, {
    message: 'must be confirmed, in_fulfilment, completed or cancelled (deliveries set the others)',
  }),
});

/** Quantities of some of the order's lines, by their position (0 is the first line). */
const lineQuantities = z
  .array(
    z.object({
      line: z.number().int().min(0, { message: 'must be a line position (0 is the first)' }),
      quantity: quantitySchema,
    }),
  )
  .max(500);

export const deliveryBody = z.object({
  deliveredDate: dayInput.optional().describe('Today when not given'),
  lines: lineQuantities.min(1, { message: 'must deliver at least one line' }),
  note: z.string().trim().max(1000).optional(),
});

export const orderInvoiceBody = z.object({
  lines: lineQuantities
    .optional()
    .describe('What to invoice; every line’s quantity not yet invoiced when not given'),
  issueDate: dayInput.optional(),
  dueDate: dayInput
    .optional()
    .describe('The workspace’s payment days (else fourteen) after the issue date when not given'),
});

export const deliverySchema = z
  .object({
    id: z.uuid(),
    orderId: z.uuid(),
    number: z.string(),
    deliveredDate: z.string(),
    lines: z.array(z.object({ line: z.number().int(), description: z.string(), quantity: z.string() })),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Delivery' });
export type Delivery = z.infer<typeof deliverySchema>;

export const statusChangeSchema = z
  .object({
    fromStatus: z.string().nullable(),
    toStatus: z.string(),
    note: z.string().nullable(),
    changedBy: z.uuid().nullable(),
    changedAt: z.string(),
  })
  .meta({ id: 'OrderStatusChange' });
