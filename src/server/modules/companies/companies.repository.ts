import type { DbOrTrx } from '../../db/database.js';
import { forUpdate, readJson, writeJson } from '../../db/database.js';
import type { FieldMap } from '../../lib/list-query.js';
import { optionalSortKey, sortKey } from '../../lib/text-fold.js';
import type { Selectable } from 'kysely';
import type { CompanyTable } from '../../db/schema.js';
import type { Company } from './companies.schemas.js';

/** API field → column, type and whether lists may sort by it (each sortable field has an index). */
export const companyFields: FieldMap = {
  name: { column: 'name', type: 'text', sortable: true, keyed: true },
  domain: { column: 'domain', type: 'text', sortable: true, nullable: true },
  country: { column: 'country', type: 'text', sortable: true, nullable: true },
  industry: { column: 'industry', type: 'text', sortable: true, nullable: true, keyed: true },
  ownerId: { column: 'owner_id', type: 'uuid', nullable: true },
  tags: { column: 'tags', type: 'tags' },
  createdAt: { column: 'created_at', type: 'date', sortable: true },
  updatedAt: { column: 'updated_at', type: 'date', sortable: true },
};

export function toCompany(row: Omit<Selectable<CompanyTable>, 'workspace_id'>): Company {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    country: row.country,
    industry: row.industry,
    annualRevenue:
      row.annual_revenue !== null && row.currency
        ? { amount: Number(row.annual_revenue), currency: row.currency }
        : null,
    ownerId: row.owner_id,
    tags: readJson<string[]>(row.tags, []),
    custom: readJson<Record<string, unknown>>(row.custom, {}),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(company: Company) {
  return {
    name: company.name,
    name_key: sortKey(company.name),
    domain: company.domain,
    country: company.country,
    industry: company.industry,
    industry_key: optionalSortKey(company.industry),
    annual_revenue: company.annualRevenue?.amount ?? null,
    currency: company.annualRevenue?.currency ?? null,
    owner_id: company.ownerId,
    tags: writeJson(company.tags),
    custom: writeJson(company.custom),
    version: company.version,
    updated_at: company.updatedAt,
    deleted_at: company.deletedAt,
  };
}

/** The whole stored row; the bulk seed writes these too, so both store exactly the same. */
export const companyInsertRow = (workspaceId: string, company: Company) => ({
  workspace_id: workspaceId,
  id: company.id,
  created_at: company.createdAt,
  ...toRow(company),
});

export async function insertCompany(db: DbOrTrx, workspaceId: string, company: Company) {
  await db.insertInto('companies').values(companyInsertRow(workspaceId, company)).execute();
}

export async function updateCompanyRow(db: DbOrTrx, workspaceId: string, company: Company) {
  await db
    .updateTable('companies')
    .set(toRow(company))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', company.id)
    .execute();
}

/** One company; `lock` holds the row until the caller's transaction ends, for a read-modify-write. */
export async function findCompany(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = db
    .selectFrom('companies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(db, query) : query).executeTakeFirst();
  return row ? toCompany(row) : undefined;
}

export async function findCompanyNames(db: DbOrTrx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('companies')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export const companySearchText = (company: Company) => ({
  title: company.name,
  subtitle: company.domain,
  text: [company.name, company.domain, company.industry, company.country].filter(Boolean).join(' '),
});
