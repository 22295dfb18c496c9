import { conflict } from '../../lib/errors.js';
import type { RecordContext, RecordValues } from '../../records/record-type.js';
import { chargesChanged, priceAndNumber } from '../sales/sales-document.js';
import { recordSalesSteps, SALES_EVENTS } from '../sales/sales-events.js';
import { insertStatusChange } from './orders.repository.js';

/**
 * An order's rules in the command's transaction. A new order starts `new` with nothing delivered or
 * invoiced. What it charges changes only while it is new and nothing of it was delivered or
 * invoiced; its status changes only through the actions (orders.service.ts), each kept in its
 * history (`afterOrderSaved`).
 */
export const ORDER_EVENTS = SALES_EVENTS.order;

const nothingYet = (quantities: unknown) => (quantities as string[]).every((quantity) => quantity === '0');

export async function prepareOrder(
  context: RecordContext,
  record: RecordValues,
  before: RecordValues | null,
): Promise<RecordValues> {
  let order = record;
  if (!before) {
    const none = (order.lines as unknown[]).map(() => '0');
    order = { ...order, status: 'new', deliveredQuantities: none, invoicedQuantities: none };
    order.deliveredDate = null;
    order.completedAt = null;
  } else if (chargesChanged(order, before)) {
    const untouched =
      before.status === 'new' &&
      nothingYet(before.deliveredQuantities) &&
      nothingYet(before.invoicedQuantities);
    if (!untouched)
      throw conflict('lines', 'can change only while the order is new and nothing was delivered or invoiced');
    const none = (order.lines as unknown[]).map(() => '0');
    order = { ...order, deliveredQuantities: none, invoicedQuantities: none };
  }
  return priceAndNumber(context, 'order', order, before);
}

export async function afterOrderSaved(
  context: RecordContext,
  record: RecordValues,
  before: RecordValues | null,
): Promise<string[]> {
  const steps = await recordSalesSteps(context, 'order', record, before);
  if (before && record.status === before.status) return steps;
  const { actor, trx } = context;
  await insertStatusChange(trx, {
    workspaceId: actor.workspaceId,
    orderId: record.id as string,
    from: (before?.status as string | undefined) ?? null,
    to: record.status as string,
    note: null,
    by: actor.userId,
  });
  return before ? ['status_changed', ...steps] : steps;
}
