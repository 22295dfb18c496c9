import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors.js';
import { authorize, ownerFilter, scopeFor, type Actor } from '../../lib/permissions.js';
import { getRecord, listRecords } from '../../records/record-service.js';
import type { NumberedKind } from '../../sales/document-number.js';
import { AWAITING_DELIVERY_STATUSES, daysLate, UNPAID_INVOICE_STATUSES } from '../../sales/order-status.js';
import { companyType } from '../companies/companies.record.js';
import { sumInCurrency } from '../exchange-rates/currency-conversion.js';
import { findWorkspaceMoney } from '../exchange-rates/exchange-rates.repository.js';
import { invoiceType } from '../invoices/invoices.record.js';
import { orderType } from '../orders/orders.record.js';
import { personType } from '../people/people.record.js';
import { today } from './sales-document.js';
import type { OverdueQuery } from './sales.schemas.js';
import { findCustomerFigures, findPrefixes, savePrefix } from './sales.repository.js';

/** Sales figures of a customer, and the workspace's document number prefixes. */

export async function getCustomerSales(db: Db, actor: Actor, customer: 'companies' | 'people', id: string) {
  await getRecord(db, actor, customer === 'companies' ? companyType : personType, id);
  const owners = (module: 'invoices' | 'orders') => {
    const scope = scopeFor(actor, module, 'read');
    return scope === 'none' ? [] : ownerFilter(actor, scope);
  };
  const column = customer === 'companies' ? 'company_id' : 'person_id';
  const [figures, money] = await Promise.all([
    findCustomerFigures(
      db,
      actor.workspaceId,
      column,
      id,
      { invoices: owners('invoices'), orders: owners('orders') },
      today(),
    ),
    findWorkspaceMoney(db, actor.workspaceId),
  ]);
  if (!money) throw notFound('Workspace');
  const inWorkspaceCurrency = (amount: 'revenueMinor' | 'outstandingMinor' | 'overdueMinor') =>
    sumInCurrency(
      figures.byCurrency
        .filter((row) => row[amount] !== 0)
        .map((row) => ({ currency: row.currency, amount: row[amount] })),
      money.currency,
      money.rates,
    );
  return {
    ...figures,
    currency: money.currency,
    revenue: inWorkspaceCurrency('revenueMinor'),
    outstanding: inWorkspaceCurrency('outstandingMinor'),
    overdue: inWorkspaceCurrency('overdueMinor'),
  };
}

/**
 * The overdue documents the caller may read, as their type's list with a fixed filter (its scope,
 * keyset pages and indexes): orders past their promised date and still waiting for goods, invoices
 * past their due date with a balance left.
 */
const OVERDUE = {
  orders: {
    type: orderType,
    dateField: 'promisedDate',
    amountField: 'grossMinor',
    filter: { status: { in: AWAITING_DELIVERY_STATUSES.join(',') } },
  },
  invoices: {
    type: invoiceType,
    dateField: 'dueDate',
    amountField: 'balanceMinor',
    filter: { status: { in: UNPAID_INVOICE_STATUSES.join(',') }, balanceMinor: { gt: '0' } },
  },
} as const;

function overdueSort(query: OverdueQuery, dateField: string, amountField: string): string {
  const descending = query.sort.startsWith('-');
  const key = query.sort.replace('-', '');
  // More days late is an earlier date.
  if (key === 'daysLate') return `${descending ? '' : '-'}${dateField},${descending ? '' : '-'}number`;
  const field = key === 'amount' ? amountField : 'number';
  return `${descending ? '-' : ''}${field}`;
}

async function listOverdue(db: Db, actor: Actor, kind: keyof typeof OVERDUE, query: OverdueQuery) {
  const { type, dateField, amountField, filter } = OVERDUE[kind];
  const day = today();
  const page = await listRecords(db, actor, type, {
    limit: query.limit,
    cursor: query.cursor,
    sort: overdueSort(query, dateField, amountField),
    filter: { ...filter, [dateField]: { lt: day } },
    deleted: false,
  });
  return {
    data: page.data.map((record) => ({ record, daysLate: daysLate(record[dateField] as string, day) })),
    nextCursor: page.nextCursor,
  };
}

export async function listOverdueOrders(db: Db, actor: Actor, query: OverdueQuery) {
  const page = await listOverdue(db, actor, 'orders', query);
  return { ...page, data: page.data.map(({ record, daysLate }) => ({ order: record, daysLate })) };
}

export async function listOverdueInvoices(db: Db, actor: Actor, query: OverdueQuery) {
  const page = await listOverdue(db, actor, 'invoices', query);
  return { ...page, data: page.data.map(({ record, daysLate }) => ({ invoice: record, daysLate })) };
}

export async function getPrefixes(db: Db, actor: Actor) {
  authorize(actor, 'quotes', 'read');
  return findPrefixes(db, actor.workspaceId);
}

export async function setPrefixes(db: Db, actor: Actor, prefixes: Partial<Record<NumberedKind, string>>) {
  authorize(actor, 'admin', 'update');
  await db.transaction().execute(async (trx) => {
    for (const [kind, prefix] of Object.entries(prefixes))
      if (prefix) await savePrefix(trx, actor.workspaceId, kind as NumberedKind, prefix);
  });
  return findPrefixes(db, actor.workspaceId);
}
