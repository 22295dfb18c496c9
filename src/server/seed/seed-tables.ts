import { activityType, type Activity } from '../modules/activities/activities.record.js';
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
  language: null,
  ownerId: null,
  tags: [],
  custom: {},
  version: 1,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};
/** Notes are activities of type `note`, stored as the record kit stores them. */
export function noteTable(workspaceId: string): BulkTable<SeededNote> {
  const columns = Object.keys(insertRow(activityType, workspaceId, seededActivity(SAMPLE_NOTE)));
  return {
    table: 'activities',
    columns,
    values: (n) => Object.values(insertRow(activityType, workspaceId, seededActivity(n))),
  };
}

/** Activities as the record kit stores them. */
export function activityTable(workspaceId: string): BulkTable<Activity> {
  const columns = Object.keys(insertRow(activityType, workspaceId, seededActivity(SAMPLE_NOTE)));
  return {
    table: 'activities',
    columns,
    values: (a) => Object.values(insertRow(activityType, workspaceId, a)),
  };
}

const SAMPLE_NOTE: SeededNote = {
  id: '',
  entityType: 'person',
  entityId: '',
  body: '',
  authorId: null,
  createdAt: '',
};

function seededActivity(note: SeededNote): Activity {
  return {
    id: note.id,
    type: 'note',
    subject: null,
    body: note.body,
    dueAt: null,
    endAt: null,
    completedAt: null,
    personId: note.entityType === 'person' ? note.entityId : null,
    companyId: note.entityType === 'company' ? note.entityId : null,
    dealId: null,
    recordType: null,
    recordId: null,
    priority: null,
    direction: null,
    durationMinutes: null,
    outcome: null,
    location: null,
    attendees: [],
    recurrence: null,
    remindAt: null,
    remindedAt: null,
    ownerId: note.authorId,
    tags: [],
    custom: {},
    version: 1,
    createdAt: note.createdAt,
    updatedAt: note.createdAt,
    deletedAt: null,
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
  language: null,
  ownerId: null,
  tags: [],
  custom: {},
  version: 1,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};
