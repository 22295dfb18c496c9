import type { Db } from '../../db/database.js';
import { authorize, ownerFilter, scopeFor, type Actor } from '../../lib/permissions.js';
import { getRecord } from '../../records/record-service.js';
import type { NumberedKind } from '../../sales/document-number.js';
import { companyType } from '../companies/companies.record.js';
import { personType } from '../people/people.record.js';
import { today } from './sales-document.js';
import { findCustomerFigures, findPrefixes, savePrefix } from './sales.repository.js';

/** Sales figures of a customer, and the workspace's document number prefixes. */

export async function getCustomerSales(db: Db, actor: Actor, customer: 'companies' | 'people', id: string) {
  await getRecord(db, actor, customer === 'companies' ? companyType : personType, id);
  const owners = (module: 'invoices' | 'orders') => {
    const scope = scopeFor(actor, module, 'read');
    return scope === 'none' ? [] : ownerFilter(actor, scope);
  };
  const column = customer === 'companies' ? 'company_id' : 'person_id';
  return findCustomerFigures(
    db,
    actor.workspaceId,
    column,
    id,
    { invoices: owners('invoices'), orders: owners('orders') },
    today(),
  );
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
