import type { Selectable } from 'kysely';
import { readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { CreditNoteTable } from '../../db/schema-sales.js';
import type { CreditNote, Payment } from './invoices.schemas.js';

/** Payments and credit notes of invoices. */
export async function insertPayment(
  db: DbOrTrx,
  workspaceId: string,
  payment: Payment,
  createdBy: string | null,
) {
  await db
    .insertInto('invoice_payments')
    .values({
      workspace_id: workspaceId,
      id: payment.id,
      invoice_id: payment.invoiceId,
      amount_minor: payment.amountMinor,
      paid_date: payment.paidDate,
      method: payment.method,
      reference: payment.reference,
      created_by: createdBy,
      created_at: payment.createdAt,
    })
    .execute();
}

export async function findPayments(db: DbOrTrx, workspaceId: string, invoiceId: string): Promise<Payment[]> {
  const rows = await db
    .selectFrom('invoice_payments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('invoice_id', '=', invoiceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    invoiceId: row.invoice_id,
    amountMinor: Number(row.amount_minor),
    paidDate: row.paid_date,
    method: row.method,
    reference: row.reference,
    createdAt: row.created_at,
  }));
}

export async function insertCreditNote(
  db: DbOrTrx,
  workspaceId: string,
  note: CreditNote,
  createdBy: string | null,
) {
  await db
    .insertInto('credit_notes')
    .values({
      workspace_id: workspaceId,
      id: note.id,
      invoice_id: note.invoiceId,
      number: note.number,
      issue_date: note.issueDate,
      reason: note.reason,
      lines: writeJson(note.lines),
      net_minor: note.totals.netMinor,
      tax_minor: note.totals.taxMinor,
      gross_minor: note.totals.grossMinor,
      tax_breakdown: writeJson(note.taxBreakdown),
      created_by: createdBy,
      created_at: note.createdAt,
    })
    .execute();
}

type CreditNoteRow = Selectable<CreditNoteTable>;

const toCreditNote = (row: CreditNoteRow): CreditNote => ({
  id: row.id,
  invoiceId: row.invoice_id,
  number: row.number,
  issueDate: row.issue_date,
  reason: row.reason,
  lines: readJson(row.lines, []),
  totals: {
    netMinor: Number(row.net_minor),
    taxMinor: Number(row.tax_minor),
    grossMinor: Number(row.gross_minor),
  },
  taxBreakdown: readJson(row.tax_breakdown, []),
  createdAt: row.created_at,
});

export async function findCreditNotes(db: DbOrTrx, workspaceId: string, invoiceId: string) {
  const rows = await db
    .selectFrom('credit_notes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('invoice_id', '=', invoiceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toCreditNote);
}

export async function findCreditNote(db: DbOrTrx, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('credit_notes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toCreditNote(row) : null;
}
