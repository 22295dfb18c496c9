import { companyInsertRow, companySearchText } from '../modules/companies/companies.repository.js';
import type { Company } from '../modules/companies/companies.schemas.js';
import { PERSON_ENTITY, personInsertRow, personSearchText } from '../modules/people/people.repository.js';
import type { Person } from '../modules/people/people.schemas.js';
import { searchDocumentRow, type SearchDocument } from '../modules/search/search.repository.js';
import type { BulkTable } from './bulk-insert.js';
import type { SeededNote, SeededPerson } from './seed-generator.js';

/**
 * Tables for the bulk writer. People and companies are written as the repositories' own insert rows,
 * so seeded records are stored exactly as the services store them; the search text comes from the
 * modules' own `personSearchText` / `companySearchText`.
 */
export function companyTable(workspaceId: string): BulkTable<Company> {
  const columns = Object.keys(companyInsertRow(workspaceId, SAMPLE_COMPANY));
  return { table: 'companies', columns, values: (c) => Object.values(companyInsertRow(workspaceId, c)) };
}

export function personTable(workspaceId: string): BulkTable<SeededPerson> {
  const columns = Object.keys(personInsertRow(workspaceId, SAMPLE_PERSON));
  return {
    table: 'people',
    columns,
    values: ({ person }) => Object.values(personInsertRow(workspaceId, person)),
  };
}

// Only their keys are read: the column order of an insert row does not depend on its values.
const SAMPLE_COMPANY: Company = {
  id: '',
  name: '',
  domain: null,
  country: null,
  industry: null,
  annualRevenue: null,
  ownerId: null,
  tags: [],
  custom: {},
  version: 1,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};
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

/** Same row as `upsertSearchDocument` writes. */
export function searchTable(workspaceId: string): BulkTable<SearchRow> {
  const row = ({ entityType, entityId, doc }: SearchRow) =>
    searchDocumentRow(workspaceId, entityType, entityId, doc);
  const columns = Object.keys(
    row({ entityType: '', entityId: '', doc: { title: '', subtitle: null, text: '' } }),
  );
  return { table: 'search_documents', columns, values: (r) => Object.values(row(r)) };
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

const SAMPLE_PERSON: Person = {
  id: '',
  firstName: '',
  lastName: '',
  emails: [],
  phones: [],
  companyId: null,
  jobTitle: null,
  city: null,
  country: null,
  ownerId: null,
  tags: [],
  custom: {},
  version: 1,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};
