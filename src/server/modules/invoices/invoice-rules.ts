import { conflict } from '../../lib/errors.js';
import type { RecordContext, RecordValues } from '../../records/record-type.js';
import { invoiceStatusFor } from '../../sales/order-status.js';
import { findDocumentDetails } from '../documents/document-details.repository.js';
import { chargesChanged, priceAndNumber, type Totals } from '../sales/sales-document.js';
import { recordSalesSteps, SALES_EVENTS } from '../sales/sales-events.js';

/**
 * An invoice's rules in the command's transaction. A new invoice is issued at once: its balance is
 * its gross total, due the workspace's payment days (fourteen when it has none) after its date
 * unless given. What it charges never changes
 * afterwards (a credit note corrects it); payments and credit notes move its balance and status.
 */
export const INVOICE_EVENTS = SALES_EVENTS.invoice;
export const DEFAULT_PAYMENT_DAYS = 14;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function prepareInvoice(
  context: RecordContext,
  record: RecordValues,
  before: RecordValues | null,
): Promise<RecordValues> {
  if (before && chargesChanged(record, before))
    throw conflict('lines', 'an issued invoice does not change; issue a credit note');
  const invoice = await priceAndNumber(context, 'invoice', record, before);
  if (before) {
    const amounts = {
      grossMinor: (invoice.totals as Totals).grossMinor,
      paidMinor: invoice.paidMinor as number,
      creditedMinor: invoice.creditedMinor as number,
    };
    return {
      ...invoice,
      balanceMinor: amounts.grossMinor - amounts.paidMinor - amounts.creditedMinor,
      status: invoiceStatusFor(amounts),
    };
  }
  const grossMinor = (invoice.totals as Totals).grossMinor;
  const paymentDays =
    (await findDocumentDetails(context.trx, context.actor.workspaceId))?.payment_days ?? DEFAULT_PAYMENT_DAYS;
  return {
    ...invoice,
    status: 'issued',
    dueDate: invoice.dueDate ?? addDays(invoice.issueDate as string, paymentDays),
    paidMinor: 0,
    creditedMinor: 0,
    balanceMinor: grossMinor,
    creditedQuantities: (invoice.lines as unknown[]).map(() => '0'),
    paidAt: null,
  };
}

/** Writes the invoice's steps (issued, payments, credit notes, paid, credited) on the timelines. */
export function afterInvoiceSaved(
  context: RecordContext,
  record: RecordValues,
  before: RecordValues | null,
): Promise<string[]> {
  return recordSalesSteps(context, 'invoice', record, before);
}
