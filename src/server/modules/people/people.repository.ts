import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import { forUpdate, readJson, writeJson } from '../../db/database.js';
import type { PersonTable } from '../../db/schema.js';
import type { FieldMap } from '../../lib/list-query.js';
import { optionalSortKey, sortKey } from '../../lib/text-fold.js';
import { upsertSearchDocument } from '../search/search.repository.js';
import type { Person } from './people.schemas.js';

export const PERSON_ENTITY = 'person';

/** API field → column, type and whether lists may sort by it (each sortable field has an index). */
export const personFields: FieldMap = {
  firstName: { column: 'first_name', type: 'text', sortable: true, keyed: true },
  lastName: { column: 'last_name', type: 'text', sortable: true, keyed: true },
  email: { column: 'primary_email', type: 'text', sortable: true, nullable: true },
  jobTitle: { column: 'job_title', type: 'text', sortable: true, nullable: true, keyed: true },
  city: { column: 'city', type: 'text', sortable: true, nullable: true, keyed: true },
  country: { column: 'country', type: 'text', sortable: true, nullable: true },
  companyId: { column: 'company_id', type: 'uuid', nullable: true },
  ownerId: { column: 'owner_id', type: 'uuid', nullable: true },
  tags: { column: 'tags', type: 'tags' },
  createdAt: { column: 'created_at', type: 'date', sortable: true },
  updatedAt: { column: 'updated_at', type: 'date', sortable: true },
};

export function toPerson(row: Omit<Selectable<PersonTable>, 'workspace_id'>): Person {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    emails: readJson<Person['emails']>(row.emails, []),
    phones: readJson<Person['phones']>(row.phones, []),
    companyId: row.company_id,
    jobTitle: row.job_title,
    city: row.city,
    country: row.country,
    ownerId: row.owner_id,
    tags: readJson<string[]>(row.tags, []),
    custom: readJson<Record<string, unknown>>(row.custom, {}),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(person: Person) {
  return {
    first_name: person.firstName,
    first_name_key: sortKey(person.firstName),
    last_name: person.lastName,
    last_name_key: sortKey(person.lastName),
    // Denormalised so lists can sort and filter by `email` with an index.
    primary_email: person.emails.find((e) => e.primary)?.email ?? null,
    emails: writeJson(person.emails),
    phones: writeJson(person.phones),
    company_id: person.companyId,
    job_title: person.jobTitle,
    job_title_key: optionalSortKey(person.jobTitle),
    city: person.city,
    city_key: optionalSortKey(person.city),
    country: person.country,
    owner_id: person.ownerId,
    tags: writeJson(person.tags),
    custom: writeJson(person.custom),
    version: person.version,
    updated_at: person.updatedAt,
    deleted_at: person.deletedAt,
  };
}

/** The whole stored row; the bulk seed writes these too, so both store exactly the same. */
export const personInsertRow = (workspaceId: string, person: Person) => ({
  workspace_id: workspaceId,
  id: person.id,
  created_at: person.createdAt,
  ...toRow(person),
});

export async function insertPerson(db: DbOrTrx, workspaceId: string, person: Person) {
  await db.insertInto('people').values(personInsertRow(workspaceId, person)).execute();
}

export async function updatePersonRow(db: DbOrTrx, workspaceId: string, person: Person) {
  await db
    .updateTable('people')
    .set(toRow(person))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', person.id)
    .execute();
}

/** One person; `lock` holds the row until the caller's transaction ends, for a read-modify-write. */
export async function findPerson(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = db
    .selectFrom('people')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(db, query) : query).executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

/** Words a search should find a person by; emails and phones are also split into their parts. */
export function personSearchText(person: Person, companyName: string | null) {
  const words: (string | null)[] = [
    person.firstName,
    person.lastName,
    person.jobTitle,
    person.city,
    companyName,
  ];
  for (const { email } of person.emails) {
    // The parts let `novak` find `jan.novak@…`; the run-together form lets a typed full address match
    // as one prefix, because query terms lose their punctuation (see searchTerms).
    const parts = email.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    words.push(email, ...parts, parts.join(''));
  }
  for (const { number } of person.phones) {
    // Every tail of the digit groups, so a number is found with or without its country and area code.
    const groups = number.match(/\d+/g) ?? [];
    words.push(...groups.map((_, i) => groups.slice(i).join('')));
  }
  const name = `${person.firstName} ${person.lastName}`.trim();
  return {
    title: name,
    subtitle: [person.jobTitle, companyName].filter(Boolean).join(' · ') || null,
    text: words.filter(Boolean).join(' '),
  };
}

const REINDEX_BATCH = 500;

/**
 * Rewrites the search documents of a company's people after the company was renamed, since the
 * company name is part of their text. Runs in the caller's transaction, a batch at a time so a big
 * company never sits in memory at once.
 */
export async function reindexCompanyPeople(
  db: DbOrTrx,
  workspaceId: string,
  companyId: string,
  companyName: string,
) {
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('people')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('company_id', '=', companyId)
      .where('deleted_at', 'is', null);
    if (after) query = query.where('id', '>', after);
    const rows = await query.orderBy('id').limit(REINDEX_BATCH).execute();
    for (const row of rows) {
      const person = toPerson(row);
      await upsertSearchDocument(
        db,
        workspaceId,
        PERSON_ENTITY,
        person.id,
        personSearchText(person, companyName),
      );
    }
    if (rows.length < REINDEX_BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
