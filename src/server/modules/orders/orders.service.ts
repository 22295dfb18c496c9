import type { Db } from '../../db/database.js';
import { conflict, invalid } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { changeRecord, getRecord, insertNewRecord, present } from '../../records/record-service.js';
import type { StoredRecord } from '../../records/record-store.js';
import { QUANTITY_SCALE, formatScaledDecimal, parseScaledDecimal } from '../../sales/decimal.js';
import { salesPartAmounts } from '../../sales/sales-line.js';
import {
  acceptsDeliveries,
  acceptsInvoices,
  canMoveOrder,
  statusAfterDelivery,
  type ManualOrderStatus,
  type OrderStatus,
} from '../../sales/order-status.js';
import { invoiceType } from '../invoices/invoices.record.js';
import { breakdownOf, enteredLines, today, type DocumentLine } from '../sales/sales-document.js';
import { takeDocumentNumber } from '../sales/sales.repository.js';
import { orderType } from './orders.record.js';
import { findDeliveries, findStatusChanges, insertDelivery } from './orders.repository.js';
import type { Delivery } from './orders.schemas.js';

/** An order's actions beyond the record lifecycle: its status flow, deliveries and invoicing. */

const milli = (quantity: string) => parseScaledDecimal(quantity, QUANTITY_SCALE)!;
const decimal = (quantityMilli: number) => formatScaledDecimal(quantityMilli, QUANTITY_SCALE);

export async function setOrderStatus(db: Db, actor: Actor, id: string, status: ManualOrderStatus) {
  return db.transaction().execute(async (trx) => {
    const { before, after } = await changeRecord(trx, actor, orderType, id, (order) => {
      const from = order.status as OrderStatus;
      if (!canMoveOrder(from, status))
        throw conflict('status', `an order that is ${from} cannot become ${status}`);
      return { status, completedAt: status === 'completed' ? nowIso() : order.completedAt };
    });
    return (await present(trx, orderType, actor, [after ?? before]))[0]!;
  });
}

type LineQuantity = { line: number; quantity: string };

/**
 * Adds the given quantities to one of the order's per-line counters (delivered or invoiced),
 * refusing a line that does not exist, a line named twice, or a total above what was ordered.
 */
function addQuantities(order: StoredRecord, counter: string, wanted: LineQuantity[], what: string): string[] {
  const lines = order.lines as DocumentLine[];
  const counts = (order[counter] as string[]).map(milli);
  const seen = new Set<number>();
  wanted.forEach(({ line, quantity }, index) => {
    if (line >= lines.length) throw invalid(`lines.${index}.line`, `the order has no line ${line}`);
    if (seen.has(line)) throw invalid(`lines.${index}.line`, `names line ${line} twice`);
    seen.add(line);
    const left = milli(lines[line]!.quantity) - counts[line]!;
    if (milli(quantity) > left)
      throw invalid(
        `lines.${index}.quantity`,
        `is more than the ${decimal(left)} of line ${line} not yet ${what}`,
      );
    counts[line]! += milli(quantity);
  });
  return counts.map(decimal);
}

export async function deliverOrder(
  db: Db,
  actor: Actor,
  id: string,
  body: { deliveredDate?: string; lines: LineQuantity[]; note?: string },
) {
  return db.transaction().execute(async (trx) => {
    const deliveredDate = body.deliveredDate ?? today();
    const { before, after } = await changeRecord(trx, actor, orderType, id, (order) => {
      if (!acceptsDeliveries(order.status as OrderStatus))
        throw conflict('status', `an order that is ${order.status as string} takes no deliveries`);
      const delivered = addQuantities(order, 'deliveredQuantities', body.lines, 'delivered');
      const lines = order.lines as DocumentLine[];
      const status = statusAfterDelivery(
        lines.map((line, index) => ({
          orderedMilli: milli(line.quantity),
          deliveredMilli: milli(delivered[index]!),
        })),
      );
      return {
        deliveredQuantities: delivered,
        status,
        deliveredDate: status === 'delivered' ? deliveredDate : null,
      };
    });
    const order = after ?? before;
    const lines = order.lines as DocumentLine[];
    const delivery: Delivery = {
      id: uuidv7(),
      orderId: order.id,
      number: await takeDocumentNumber(trx, actor.workspaceId, 'delivery', deliveredDate),
      deliveredDate,
      lines: body.lines.map(({ line, quantity }) => ({
        line,
        description: lines[line]!.description,
        quantity,
      })),
      note: body.note ?? null,
      createdAt: nowIso(),
    };
    await insertDelivery(trx, actor.workspaceId, delivery, actor.userId);
    return { delivery, order: (await present(trx, orderType, actor, [order]))[0]! };
  });
}

/** What is left to invoice of every line, when the request names none. */
function remainingToInvoice(order: StoredRecord): LineQuantity[] {
  const invoiced = (order.invoicedQuantities as string[]).map(milli);
  return (order.lines as DocumentLine[])
    .map((line, index) => ({ line: index, left: milli(line.quantity) - invoiced[index]! }))
    .filter(({ left }) => left > 0)
    .map(({ line, left }) => ({ line, quantity: decimal(left) }));
}

export async function invoiceOrder(
  db: Db,
  actor: Actor,
  id: string,
  body: { lines?: LineQuantity[]; issueDate?: string; dueDate?: string },
) {
  authorize(actor, 'invoices', 'create');
  return db.transaction().execute(async (trx) => {
    let billed: LineQuantity[] = [];
    const { before: order } = await changeRecord(trx, actor, orderType, id, (current) => {
      if (!acceptsInvoices(current.status as OrderStatus))
        throw conflict('status', `an order that is ${current.status as string} is not invoiced`);
      billed = body.lines ?? remainingToInvoice(current);
      if (billed.length === 0) throw conflict('lines', 'everything on the order is already invoiced');
      return { invoicedQuantities: addQuantities(current, 'invoicedQuantities', billed, 'invoiced') };
    });
    const entered = enteredLines(order.lines);
    const part = salesPartAmounts(
      order.lines as DocumentLine[],
      order.documentDiscountPercent as string | null,
      (order.invoicedQuantities as string[]).map(milli),
      new Map(billed.map(({ line, quantity }) => [line, milli(quantity)])),
    );
    const issueDate = body.issueDate ?? today();
    const invoice = await insertNewRecord(trx, actor, invoiceType, {
      companyId: order.companyId,
      personId: order.personId,
      currency: order.currency,
      // The order's amounts at what is invoiced so far less those at what was invoiced before, so
      // the order's invoices add up exactly to the order.
      lines: part.lines.map(({ line, ...amounts }, index) => ({
        ...entered[line]!,
        quantity: billed[index]!.quantity,
        ...amounts,
      })),
      totals: part.totals,
      taxBreakdown: breakdownOf(part.taxBreakdown),
      documentDiscountPercent: order.documentDiscountPercent,
      issueDate,
      dueDate: body.dueDate ?? null,
      orderId: order.id,
      ownerId: order.ownerId,
    });
    return (await present(trx, invoiceType, actor, [invoice]))[0]!;
  });
}

export async function listDeliveries(db: Db, actor: Actor, id: string) {
  await getRecord(db, actor, orderType, id);
  return { data: await findDeliveries(db, actor.workspaceId, id) };
}

export async function listStatusChanges(db: Db, actor: Actor, id: string) {
  await getRecord(db, actor, orderType, id);
  return { data: await findStatusChanges(db, actor.workspaceId, id) };
}
