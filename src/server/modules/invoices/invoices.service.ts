import type { Db } from '../../db/database.js';
import { conflict, invalid } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { changeRecord, getRecord, present } from '../../records/record-service.js';
import type { StoredRecord } from '../../records/record-store.js';
import { QUANTITY_SCALE, formatScaledDecimal, parseScaledDecimal } from '../../sales/decimal.js';
import { invoiceStatusFor } from '../../sales/order-status.js';
import { enteredLines, priceLines, today, type DocumentLine, type Totals } from '../sales/sales-document.js';
import { takeDocumentNumber } from '../sales/sales.repository.js';
import { invoiceType } from './invoices.record.js';
import { findCreditNotes, findPayments, insertCreditNote, insertPayment } from './invoices.repository.js';
import type { CreditNote, Payment } from './invoices.schemas.js';

/** An invoice's payments and credit notes, which move its balance and status. */

const milli = (quantity: string) => parseScaledDecimal(quantity, QUANTITY_SCALE)!;
const decimal = (quantityMilli: number) => formatScaledDecimal(quantityMilli, QUANTITY_SCALE);

function settled(invoice: StoredRecord, paidMinor: number, creditedMinor: number) {
  const grossMinor = (invoice.totals as Totals).grossMinor;
  const balanceMinor = grossMinor - paidMinor - creditedMinor;
  return {
    paidMinor,
    creditedMinor,
    balanceMinor,
    status: invoiceStatusFor({ grossMinor, paidMinor, creditedMinor }),
    paidAt: balanceMinor === 0 && !invoice.paidAt ? nowIso() : invoice.paidAt,
  };
}

export async function recordPayment(
  db: Db,
  actor: Actor,
  id: string,
  body: { amountMinor: number; paidDate?: string; method?: string; reference?: string },
) {
  return db.transaction().execute(async (trx) => {
    const { after } = await changeRecord(trx, actor, invoiceType, id, (invoice) => {
      const balance = invoice.balanceMinor as number;
      if (balance <= 0) throw conflict('amountMinor', 'the invoice has nothing left to pay');
      if (body.amountMinor > balance) throw invalid('amountMinor', `is more than the balance of ${balance}`);
      return settled(
        invoice,
        (invoice.paidMinor as number) + body.amountMinor,
        invoice.creditedMinor as number,
      );
    });
    const payment: Payment = {
      id: uuidv7(),
      invoiceId: id,
      amountMinor: body.amountMinor,
      paidDate: body.paidDate ?? today(),
      method: body.method ?? null,
      reference: body.reference ?? null,
      createdAt: nowIso(),
    };
    await insertPayment(trx, actor.workspaceId, payment, actor.userId);
    return { payment, invoice: (await present(trx, invoiceType, actor, [after!]))[0]! };
  });
}

type LineQuantity = { line: number; quantity: string };

/** The credited lines, checked against what each invoice line has left to credit. */
function creditedLines(invoice: StoredRecord, wanted: LineQuantity[] | undefined) {
  const lines = invoice.lines as DocumentLine[];
  const credited = (invoice.creditedQuantities as string[]).map(milli);
  const chosen =
    wanted ??
    lines
      .map((line, index) => ({ line: index, quantity: decimal(milli(line.quantity) - credited[index]!) }))
      .filter(({ quantity }) => milli(quantity) > 0);
  if (chosen.length === 0) throw conflict('lines', 'everything on the invoice is already credited');
  const seen = new Set<number>();
  chosen.forEach(({ line, quantity }, index) => {
    if (line >= lines.length) throw invalid(`lines.${index}.line`, `the invoice has no line ${line}`);
    if (seen.has(line)) throw invalid(`lines.${index}.line`, `names line ${line} twice`);
    seen.add(line);
    const left = milli(lines[line]!.quantity) - credited[line]!;
    if (milli(quantity) > left)
      throw invalid(
        `lines.${index}.quantity`,
        `is more than the ${decimal(left)} of line ${line} not yet credited`,
      );
    credited[line]! += milli(quantity);
  });
  return { chosen, creditedQuantities: credited.map(decimal) };
}

export async function issueCreditNote(
  db: Db,
  actor: Actor,
  id: string,
  body: { lines?: LineQuantity[]; issueDate?: string; reason?: string },
) {
  return db.transaction().execute(async (trx) => {
    let priced: ReturnType<typeof priceLines> | null = null;
    let chosenLines: LineQuantity[] = [];
    const { after } = await changeRecord(trx, actor, invoiceType, id, (invoice) => {
      const { chosen, creditedQuantities } = creditedLines(invoice, body.lines);
      const entered = enteredLines(invoice.lines);
      chosenLines = chosen;
      priced = priceLines(
        chosen.map(({ line, quantity }) => ({ ...entered[line]!, quantity })),
        (invoice.documentDiscountPercent as string | null) ?? null,
      );
      const balance = invoice.balanceMinor as number;
      if (priced.totals.grossMinor > balance)
        throw invalid('lines', `credit ${priced.totals.grossMinor} more than the balance of ${balance}`);
      return {
        creditedQuantities,
        ...settled(
          invoice,
          invoice.paidMinor as number,
          (invoice.creditedMinor as number) + priced.totals.grossMinor,
        ),
      };
    });
    const amounts = priced!;
    const issueDate = body.issueDate ?? today();
    const note: CreditNote = {
      id: uuidv7(),
      invoiceId: id,
      number: await takeDocumentNumber(trx, actor.workspaceId, 'credit-note', issueDate),
      issueDate,
      reason: body.reason ?? null,
      lines: amounts.lines.map((line, index) => ({ ...line, line: chosenLines[index]!.line })),
      totals: amounts.totals,
      taxBreakdown: amounts.taxBreakdown,
      createdAt: nowIso(),
    };
    await insertCreditNote(trx, actor.workspaceId, note, actor.userId);
    return { creditNote: note, invoice: (await present(trx, invoiceType, actor, [after!]))[0]! };
  });
}

export async function listPayments(db: Db, actor: Actor, id: string) {
  await getRecord(db, actor, invoiceType, id);
  return { data: await findPayments(db, actor.workspaceId, id) };
}

export async function listCreditNotes(db: Db, actor: Actor, id: string) {
  await getRecord(db, actor, invoiceType, id);
  return { data: await findCreditNotes(db, actor.workspaceId, id) };
}
