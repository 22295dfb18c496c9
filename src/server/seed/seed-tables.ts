import { writeJson } from '../db/database.js';
import { foldText } from '../lib/text-fold.js';
import { companySearchText } from '../modules/companies/companies.repository.js';
import type { Company } from '../modules/companies/companies.schemas.js';
import { PERSON_ENTITY, personSearchText } from '../modules/people/people.repository.js';
import type { SearchDocument } from '../modules/search/search.repository.js';
import type { BulkTable } from './bulk-insert.js';
import type { SeededNote, SeededPerson } from './seed-generator.js';

/**
 * Column layouts for the bulk writer. They must store exactly what the repositories store (their
 * row mappings are private to them); seed.test.ts reads seeded rows back through the repositories'
 * own `toPerson`/API and compares, so a drift fails a test. The search text itself is not copied:
 * it comes from the modules' own `personSearchText` / `companySearchText`.
 */
export function companyTable(workspaceId: string): BulkTable<Company> {
  return {
    table: 'companies',
    columns: [
      'workspace_id',
      'id',
      'name',
      'domain',
      'country',
      'industry',
      'annual_revenue',
      'currency',
      'owner_id',
      'tags',
      'custom',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    values: (c) => [
      workspaceId,
      c.id,
      c.name,
      c.domain,
      c.country,
      c.industry,
      c.annualRevenue?.amount ?? null,
      c.annualRevenue?.currency ?? null,
      c.ownerId,
      writeJson(c.tags),
      writeJson(c.custom),
      c.createdAt,
      c.updatedAt,
      c.deletedAt,
    ],
  };
}

export function personTable(workspaceId: string): BulkTable<SeededPerson> {
  return {
    table: 'people',
    columns: [
      'workspace_id',
      'id',
      'first_name',
      'last_name',
      'primary_email',
      'emails',
      'phones',
      'company_id',
      'job_title',
      'city',
      'country',
      'owner_id',
      'tags',
      'custom',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    values: ({ person: p }) => [
      workspaceId,
      p.id,
      p.firstName,
      p.lastName,
      p.emails.find((e) => e.primary)?.email ?? null,
      writeJson(p.emails),
      writeJson(p.phones),
      p.companyId,
      p.jobTitle,
      p.city,
      p.country,
      p.ownerId,
      writeJson(p.tags),
      writeJson(p.custom),
      p.createdAt,
      p.updatedAt,
      p.deletedAt,
    ],
  };
}

export function noteTable(workspaceId: string): BulkTable<SeededNote> {
  return {
    table: 'notes',
    columns: [
      'workspace_id',
      'id',
      'entity_type',
      'entity_id',
      'body',
      'author_id',
      'created_at',
      'updated_at',
    ],
    values: (n) => [
      workspaceId,
      n.id,
      n.entityType,
      n.entityId,
      n.body,
      n.authorId,
      n.createdAt,
      n.createdAt,
    ],
  };
}

export interface SearchRow {
  entityType: string;
  entityId: string;
  doc: SearchDocument;
}

/** Same row as `upsertSearchDocument` writes: the text folded once, title and subtitle as given. */
export function searchTable(workspaceId: string): BulkTable<SearchRow> {
  return {
    table: 'search_documents',
    columns: ['workspace_id', 'entity_type', 'entity_id', 'title', 'subtitle', 'body'],
    values: ({ entityType, entityId, doc }) => [
      workspaceId,
      entityType,
      entityId,
      doc.title,
      doc.subtitle,
      foldText(doc.text),
    ],
  };
}

export const companySearchRow = (company: Company): SearchRow => ({
  entityType: 'company',
  entityId: company.id,
  doc: companySearchText(company),
});

export const personSearchRow = ({ person, companyName }: SeededPerson): SearchRow => ({
  entityType: PERSON_ENTITY,
  entityId: person.id,
  doc: personSearchText(person, companyName),
});
