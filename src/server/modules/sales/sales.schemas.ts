import { z } from 'zod';
import { page } from '../../lib/http-schemas.js';
import { NUMBERED_KINDS, PREFIX_PATTERN } from '../../sales/document-number.js';
import { convertedTotalSchema } from '../deals/deals.http.js';
import { invoiceType } from '../invoices/invoices.record.js';
import { orderType } from '../orders/orders.record.js';

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
    currency: z.string().describe('The workspace currency of `revenue`, `outstanding` and `overdue`'),
    revenue: convertedTotalSchema.describe('Lifetime revenue in the workspace currency'),
    outstanding: convertedTotalSchema.describe('Still owed, in the workspace currency'),
    overdue: convertedTotalSchema.describe('Owed past the due date, in the workspace currency'),
  })
  .meta({ id: 'CustomerSales' });

const daysLate = z.number().int().describe('Whole days since the date passed, as of today (UTC)');

export const OVERDUE_SORTS = ['-daysLate', 'daysLate', '-amount', 'amount', 'number', '-number'] as const;

export const overdueQuery = z.object({
  sort: z
    .enum(OVERDUE_SORTS)
    .default('-daysLate')
    .describe(
      '`daysLate`, `amount` (an order’s gross total, an invoice’s balance) or `number`; `-` descending',
    ),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional().describe('`nextCursor` from the previous page'),
});
export type OverdueQuery = z.infer<typeof overdueQuery>;

export const overdueOrdersPage = page(
  z.object({ order: orderType.schema, daysLate }).meta({ id: 'OverdueOrder' }),
);
export const overdueInvoicesPage = page(
  z.object({ invoice: invoiceType.schema, daysLate }).meta({ id: 'OverdueInvoice' }),
);
