import type { Db, DbOrTrx } from '../../db/database.js';
import { invalid, notFound } from '../../lib/errors.js';
import type { ListQuery } from '../../lib/http-schemas.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { isCurrencyCode } from '../../lib/money.js';
import { authorize, authorizeRecord, ownerFilter, type Actor } from '../../lib/permissions.js';
import { listRecordPage } from '../../lib/record-list.js';
import { checkVersion } from '../../lib/versions.js';
import { diffRecords, recordAudit, recordHistory } from '../audit/audit.service.js';
import { listCustomFields } from '../custom-fields/custom-fields.repository.js';
import type { CustomField } from '../custom-fields/custom-fields.schemas.js';
import { currentCustomValues, mergeCustomValues } from '../custom-fields/custom-values.js';
import { reindexCompanyPeople } from '../people/people.repository.js';
import { listSearch, setSearchDocumentTrashed, upsertSearchDocument } from '../search/search.repository.js';
import { findMembership } from '../workspaces/workspaces.repository.js';
import {
  companyFields,
  companySearchText,
  findCompany,
  insertCompany,
  toCompany,
  updateCompanyRow,
} from './companies.repository.js';
import type { Company, CompanyInput, CompanyPatch } from './companies.schemas.js';

const ENTITY = 'company';
export async function listCompanies(db: Db, actor: Actor, query: ListQuery) {
  const scope = authorize(actor, 'companies', 'read');
  const customFields = await listCustomFields(db, actor.workspaceId, 'company');
  const page = await listRecordPage(
    db,
    'companies',
    {
      workspaceId: actor.workspaceId,
      query,
      fields: companyFields,
      customFields,
      defaultSort: 'name',
      ownerIds: ownerFilter(actor, scope),
      search: query.q ? listSearch(db, actor.workspaceId, ENTITY, query.q, query.deleted) : null,
    },
    toCompany,
  );
  return { data: page.data.map((c) => withCurrentCustom(c, customFields)), nextCursor: page.nextCursor };
}

const withCurrentCustom = (company: Company, fields: CustomField[]): Company => ({
  ...company,
  custom: currentCustomValues(fields, company.custom),
});

async function loadCompany(
  db: DbOrTrx,
  actor: Actor,
  id: string,
  action: 'read' | 'update' | 'delete',
  lock = false,
) {
  authorize(actor, 'companies', action);
  const company = await findCompany(db, actor.workspaceId, id, lock);
  if (!company) throw notFound('Company');
  authorizeRecord(actor, 'companies', action, company.ownerId);
  return company;
}

export async function getCompany(db: Db, actor: Actor, id: string) {
  const company = await loadCompany(db, actor, id, 'read');
  return withCurrentCustom(company, await listCustomFields(db, actor.workspaceId, 'company'));
}

export async function companyHistory(db: Db, actor: Actor, id: string) {
  await loadCompany(db, actor, id, 'read');
  return recordHistory(db, actor, ENTITY, id);
}

/** Checks what the schema cannot: the owner belongs to this workspace and the currency exists. */
async function checkReferences(db: DbOrTrx, actor: Actor, input: CompanyPatch) {
  if (input.ownerId && !(await findMembership(db, actor.workspaceId, input.ownerId))) {
    throw invalid('ownerId', 'is not a member of this workspace');
  }
  if (input.annualRevenue && !isCurrencyCode(input.annualRevenue.currency)) {
    throw invalid('annualRevenue.currency', 'is not an ISO 4217 currency');
  }
}

export async function createCompany(db: Db, actor: Actor, input: CompanyInput) {
  authorize(actor, 'companies', 'create');
  await checkReferences(db, actor, input);
  const customFields = await listCustomFields(db, actor.workspaceId, 'company');
  const now = nowIso();
  const company: Company = {
    id: uuidv7(),
    name: input.name,
    domain: input.domain ?? null,
    country: input.country ?? null,
    industry: input.industry ?? null,
    annualRevenue: input.annualRevenue ?? null,
    ownerId: input.ownerId === undefined ? actor.userId : input.ownerId,
    tags: [...new Set(input.tags ?? [])],
    custom: mergeCustomValues(customFields, {}, input.custom),
    version: 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  authorizeRecord(actor, 'companies', 'create', company.ownerId);
  await db.transaction().execute(async (trx) => {
    await insertCompany(trx, actor.workspaceId, company);
    await upsertSearchDocument(trx, actor.workspaceId, ENTITY, company.id, companySearchText(company));
    await recordAudit(trx, actor, ENTITY, company.id, 'create', diffRecords(null, company));
  });
  return company;
}

/**
 * Changes a company with its row locked inside the writing transaction (see updatePerson); `version`
 * (from If-Match) refuses a change made against a state someone else has since changed.
 */
export async function updateCompany(db: Db, actor: Actor, id: string, patch: CompanyPatch, version?: number) {
  return db.transaction().execute(async (trx) => {
    const before = await loadCompany(trx, actor, id, 'update', true);
    checkVersion(before.version, version);
    if (before.deletedAt) throw invalid('id', 'the company is in the trash; restore it first');
    await checkReferences(trx, actor, patch);
    const customFields = await listCustomFields(trx, actor.workspaceId, 'company');
    const after: Company = {
      ...before,
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.domain !== undefined && { domain: patch.domain }),
      ...(patch.country !== undefined && { country: patch.country }),
      ...(patch.industry !== undefined && { industry: patch.industry }),
      ...(patch.annualRevenue !== undefined && { annualRevenue: patch.annualRevenue }),
      ...(patch.ownerId !== undefined && { ownerId: patch.ownerId }),
      ...(patch.tags !== undefined && { tags: [...new Set(patch.tags)] }),
      custom: mergeCustomValues(customFields, before.custom, patch.custom),
      version: before.version + 1,
      updatedAt: nowIso(),
    };
    if (after.ownerId !== before.ownerId) authorizeRecord(actor, 'companies', 'update', after.ownerId);
    const changes = diffRecords(before, after);
    if (Object.keys(changes).length === 0) return withCurrentCustom(before, customFields);
    await updateCompanyRow(trx, actor.workspaceId, after);
    await upsertSearchDocument(trx, actor.workspaceId, ENTITY, id, companySearchText(after));
    // People are found by their company's name too.
    if (after.name !== before.name) await reindexCompanyPeople(trx, actor.workspaceId, id, after.name);
    await recordAudit(trx, actor, ENTITY, id, 'update', changes);
    return after;
  });
}

/** Moves a company to the trash; it leaves lists and search until restored. */
export async function deleteCompany(db: Db, actor: Actor, id: string, version?: number) {
  await db.transaction().execute(async (trx) => {
    const before = await loadCompany(trx, actor, id, 'delete', true);
    checkVersion(before.version, version);
    if (before.deletedAt) return;
    const after = { ...before, deletedAt: nowIso(), version: before.version + 1 };
    await updateCompanyRow(trx, actor.workspaceId, after);
    await setSearchDocumentTrashed(trx, actor.workspaceId, ENTITY, id, true);
    await recordAudit(trx, actor, ENTITY, id, 'delete', diffRecords(before, after));
  });
}

export async function restoreCompany(db: Db, actor: Actor, id: string) {
  return db.transaction().execute(async (trx) => {
    const before = await loadCompany(trx, actor, id, 'delete', true);
    const customFields = await listCustomFields(trx, actor.workspaceId, 'company');
    if (!before.deletedAt) return withCurrentCustom(before, customFields);
    const after = { ...before, deletedAt: null, updatedAt: nowIso(), version: before.version + 1 };
    await updateCompanyRow(trx, actor.workspaceId, after);
    await upsertSearchDocument(trx, actor.workspaceId, ENTITY, id, companySearchText(after));
    await recordAudit(trx, actor, ENTITY, id, 'restore', diffRecords(before, after));
    return withCurrentCustom(after, customFields);
  });
}
