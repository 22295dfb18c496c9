import { companyType, type Company } from '../modules/companies/companies.record.js';
import { personType, type Person } from '../modules/people/people.record.js';
import { insertRow } from '../records/record-store.js';
import { searchDocumentRow, type SearchDocument } from '../modules/search/search.repository.js';
import type { BulkTable } from './bulk-insert.js';
import type { SeededNote, SeededPerson } from './seed-generator.js';

/**
 * Tables for the bulk writer. People and companies are written as the record kit's own insert rows,
 * so seeded records are stored exactly as the services store them; the search text comes from the
 * record types' own `search`.
 */
export function companyTable(workspaceId: string): BulkTable<Company> {
  const columns = Object.keys(insertRow(companyType, workspaceId, SAMPLE_COMPANY));
  return {
    table: 'companies',
    columns,
    values: (c) => Object.values(insertRow(companyType, workspaceId, c)),
  };
}

export function personTable(workspaceId: string): BulkTable<SeededPerson> {
  const columns = Object.keys(insertRow(personType, workspaceId, SAMPLE_PERSON));
  return {
    table: 'people',
    columns,
    values: ({ person }) => Object.values(insertRow(personType, workspaceId, person)),
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
  entityType: companyType.entity,
  entityId: company.id,
  doc: companyType.search(company, {}),
});

export const personSearchRow = ({ person, companyName }: SeededPerson): SearchRow => ({
  entityType: personType.entity,
  entityId: person.id,
  doc: personType.search(person, { companyName }),
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
