import { readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import type { Delivery } from './orders.schemas.js';

/** An order's deliveries and its status history. */
export async function insertDelivery(
  db: DbOrTrx,
  workspaceId: string,
  delivery: Delivery,
  createdBy: string | null,
) {
  await db
    .insertInto('order_deliveries')
    .values({
      workspace_id: workspaceId,
      id: delivery.id,
      order_id: delivery.orderId,
      number: delivery.number,
      delivered_date: delivery.deliveredDate,
      lines: writeJson(delivery.lines),
      note: delivery.note,
      created_by: createdBy,
      created_at: delivery.createdAt,
    })
    .execute();
}

const toDelivery = (row: {
  id: string;
  order_id: string;
  number: string;
  delivered_date: string;
  lines: unknown;
  note: string | null;
  created_at: string;
}): Delivery => ({
  id: row.id,
  orderId: row.order_id,
  number: row.number,
  deliveredDate: row.delivered_date,
  lines: readJson(row.lines, []),
  note: row.note,
  createdAt: row.created_at,
});

export async function findDeliveries(db: DbOrTrx, workspaceId: string, orderId: string) {
  const rows = await db
    .selectFrom('order_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('order_id', '=', orderId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toDelivery);
}

export async function findDelivery(db: DbOrTrx, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('order_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toDelivery(row) : null;
}

export async function insertStatusChange(
  db: DbOrTrx,
  row: {
    workspaceId: string;
    orderId: string;
    from: string | null;
    to: string;
    note: string | null;
    by: string | null;
  },
) {
  await db
    .insertInto('order_status_changes')
    .values({
      workspace_id: row.workspaceId,
      id: uuidv7(),
      order_id: row.orderId,
      from_status: row.from,
      to_status: row.to,
      note: row.note,
      changed_by: row.by,
      changed_at: nowIso(),
    })
    .execute();
}

export async function findStatusChanges(db: DbOrTrx, workspaceId: string, orderId: string) {
  const rows = await db
    .selectFrom('order_status_changes')
    .select(['from_status', 'to_status', 'note', 'changed_by', 'changed_at'])
    .where('workspace_id', '=', workspaceId)
    .where('order_id', '=', orderId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    fromStatus: row.from_status,
    toStatus: row.to_status,
    note: row.note,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  }));
}
