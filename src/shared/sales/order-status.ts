/**
 * An order's status flow, as a pure state machine:
 *
 *   new → confirmed → in_fulfilment → partially_delivered → delivered → completed
 *
 * Deliveries move an order by themselves: the first delivery of part of the order makes it
 * `partially_delivered`, the one that delivers everything `delivered` (from new, confirmed or in
 * fulfilment too: goods can leave before anyone pressed "start fulfilment"). People move it
 * forward by hand (confirm, start fulfilment, complete) and may cancel it until something has been
 * delivered; a delivered, completed or cancelled order stays as it is, except delivered → completed.
 */
export const ORDER_STATUSES = [
  'new',
  'confirmed',
  'in_fulfilment',
  'partially_delivered',
  'delivered',
  'completed',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The statuses a person may set with `POST /orders/{id}/status`; the others follow deliveries. */
export const MANUAL_ORDER_STATUSES = ['confirmed', 'in_fulfilment', 'completed', 'cancelled'] as const;
export type ManualOrderStatus = (typeof MANUAL_ORDER_STATUSES)[number];

const manualMoves: Record<OrderStatus, readonly OrderStatus[]> = {
  new: ['confirmed', 'in_fulfilment', 'cancelled'],
  confirmed: ['in_fulfilment', 'cancelled'],
  in_fulfilment: ['cancelled'],
  partially_delivered: [],
  delivered: ['completed'],
  completed: [],
  cancelled: [],
};

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return manualMoves[from].includes(to);
}

/** Statuses an order may take by hand from `from`, for the web app's buttons. */
export function nextManualStatuses(from: OrderStatus): readonly OrderStatus[] {
  return manualMoves[from];
}

/** The statuses of an order still waiting for goods: late once its promised date has passed. */
export const AWAITING_DELIVERY_STATUSES = [
  'new',
  'confirmed',
  'in_fulfilment',
  'partially_delivered',
] as const;

/** Whether goods may still be delivered against an order in this status. */
export function acceptsDeliveries(status: OrderStatus): boolean {
  return (AWAITING_DELIVERY_STATUSES as readonly string[]).includes(status);
}

/** Whether an order in this status may still be invoiced. */
export function acceptsInvoices(status: OrderStatus): boolean {
  return status !== 'cancelled';
}

/** Whether an order in this status is still waiting for goods (late once its promised date passes). */
export function awaitsDelivery(status: OrderStatus): boolean {
  return acceptsDeliveries(status);
}

/**
 * The status after a delivery: `delivered` when every line's delivered quantity reached its
 * ordered quantity, otherwise `partially_delivered`. Quantities are thousandths.
 */
export function statusAfterDelivery(
  lines: readonly { orderedMilli: number; deliveredMilli: number }[],
): OrderStatus {
  return lines.every((line) => line.deliveredMilli >= line.orderedMilli)
    ? 'delivered'
    : 'partially_delivered';
}

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'converted'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** A quote's content can change while it is a draft or sent (a sent one gets a new revision). */
export function quoteIsEditable(status: QuoteStatus): boolean {
  return status === 'draft' || status === 'sent';
}

export const INVOICE_STATUSES = ['issued', 'partially_paid', 'paid', 'credited'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** The statuses of an invoice with a balance left: overdue once its due date has passed. */
export const UNPAID_INVOICE_STATUSES = ['issued', 'partially_paid'] as const;

/**
 * Whole days from `due` to `today` (both YYYY-MM-DD): how late something due on `due` is, 0 or less
 * when it is not late.
 */
export function daysLate(due: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);
}

/** An invoice's status from what was paid and credited against its gross amount (minor units). */
export function invoiceStatusFor(amounts: {
  grossMinor: number;
  paidMinor: number;
  creditedMinor: number;
}): InvoiceStatus {
  const balance = amounts.grossMinor - amounts.paidMinor - amounts.creditedMinor;
  if (balance > 0) return amounts.paidMinor > 0 ? 'partially_paid' : 'issued';
  return amounts.paidMinor > 0 ? 'paid' : 'credited';
}
