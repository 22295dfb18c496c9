import { z } from 'zod';
import { NUMBERED_KINDS, PREFIX_PATTERN } from '../../sales/document-number.js';

export const prefixesSchema = z
  .object(
    Object.fromEntries(NUMBERED_KINDS.map((kind) => [kind, z.string()])) as Record<
      (typeof NUMBERED_KINDS)[number],
      z.ZodString
    >,
  )
  .meta({ id: 'DocumentNumberPrefixes' });

const prefix = z.string().regex(PREFIX_PATTERN, {
  message: 'must be 1 to 12 letters, digits or - _ / . starting with a letter or digit',
});
export const prefixesBody = z
  .object(
    Object.fromEntries(NUMBERED_KINDS.map((kind) => [kind, prefix.optional()])) as Record<
      (typeof NUMBERED_KINDS)[number],
      z.ZodOptional<typeof prefix>
    >,
  )
  .describe('New prefixes of the numbers of documents to come; numbers already given stay');

export const customerSalesSchema = z
  .object({
    orders: z.number().int(),
    lateOrders: z.number().int().describe('Promised date passed, not delivered'),
    invoices: z.number().int(),
    overdueInvoices: z.number().int().describe('Due date passed, balance left'),
    byCurrency: z.array(
      z.object({
        currency: z.string(),
        revenueMinor: z.number().int().describe('Invoiced, less credit notes: lifetime revenue'),
        outstandingMinor: z.number().int().describe('Still owed on its invoices'),
        overdueMinor: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CustomerSales' });
