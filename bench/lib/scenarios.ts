import { sql } from 'kysely';
import type { Db } from '../../src/server/db/database.js';
import type { ListQuery } from '../../src/server/lib/http-schemas.js';
import { encodeCursor } from '../../src/server/lib/list-query.js';
import type { Actor } from '../../src/server/lib/permissions.js';
import { foldText } from '../../src/server/lib/text-fold.js';
import { personType } from '../../src/server/modules/people/people.record.js';
import { createRecord, getRecord, listRecords } from '../../src/server/records/record-service.js';
import { globalSearch } from '../../src/server/modules/search/search.service.js';
import type { HttpScenario } from './measure.js';

export interface Scenario {
  name: string;
  http: HttpScenario;
  /** The same work through the service layer, without HTTP: the ceiling the server can reach. */
  direct: () => Promise<unknown>;
}

interface Sample {
  ids: string[];
  /** Cursors of the default sort (lastName, firstName, id: their sort keys) that start pages all over the list. */
  cursors: string[];
  /** Prefixes of real surnames, folded as a user would type them (`nowa`, `ivan`, `smit`). */
  prefixes: string[];
}

/** Real ids and name prefixes spread over the whole table (every n-th row by id, not the first few). */
export async function sampleRecords(db: Db, workspaceId: string, count: number): Promise<Sample> {
  const total = Number(
    (
      await sql<{ n: number }>`select count(*) as n from people where workspace_id = ${workspaceId}`.execute(
        db,
      )
    ).rows[0]?.n ?? 0,
  );
  const step = Math.max(1, Math.floor(total / count));
  const rows = await sql<{ id: string; last_name: string; last_name_key: string; first_name_key: string }>`
    select id, last_name, last_name_key, first_name_key from (
      select id, last_name, last_name_key, first_name_key, row_number() over (order by id) as n
      from people where workspace_id = ${workspaceId}) numbered
    where n % ${step} = 0 limit ${count}`.execute(db);
  return {
    ids: rows.rows.map((row) => row.id),
    cursors: rows.rows.map((row) => encodeCursor([row.last_name_key, row.first_name_key, row.id])),
    prefixes: rows.rows
      .map((row) => foldText(row.last_name).slice(0, 4))
      .filter((prefix) => prefix.length >= 3),
  };
}

function rotate<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

const NEW_PEOPLE = [
  ['Łukasz', 'Wiśniewski', 'PL', 'Łódź'],
  ['Zuzana', 'Kováčová', 'SK', 'Žilina'],
  ['Пламен', 'Петров', 'BG', 'Пловдив'],
  ['Анна', 'Смирнова', 'RU', 'Казань'],
  ['João', 'Gonçalves', 'PT', 'Coimbra'],
  ['Emily', 'Clarke', 'GB', 'York'],
] as const;

function newPerson(n: number) {
  const [firstName, lastName, country, city] = NEW_PEOPLE[n % NEW_PEOPLE.length]!;
  return {
    firstName,
    lastName,
    country,
    city,
    emails: [{ email: `bench.${n}@example.com` }],
    phones: [{ number: '+48 600 100 200' }],
  };
}

const listQuery = (query: Partial<ListQuery>): ListQuery => ({ limit: 50, deleted: false, ...query });

export function scenarios(db: Db, actor: Actor, sample: Sample): Scenario[] {
  const id = rotate(sample.ids);
  const prefix = rotate(sample.prefixes);
  const cursor = rotate(sample.cursors);
  let created = 0;
  return [
    {
      name: 'list first page',
      http: { method: 'GET', next: () => ({ path: '/api/v1/people?limit=50' }) },
      direct: () => listRecords(db, actor, personType, listQuery({})),
    },
    {
      name: 'list a page deep inside (cursor)',
      http: { method: 'GET', next: () => ({ path: `/api/v1/people?limit=50&cursor=${cursor()}` }) },
      direct: () => listRecords(db, actor, personType, listQuery({ cursor: cursor() })),
    },
    {
      name: 'list filter country=PL, sort lastName',
      http: {
        method: 'GET',
        next: () => ({ path: '/api/v1/people?limit=50&filter[country]=PL&sort=lastName' }),
      },
      direct: () =>
        listRecords(db, actor, personType, listQuery({ filter: { country: 'PL' }, sort: 'lastName' })),
    },
    {
      name: 'get person by id',
      http: { method: 'GET', next: () => ({ path: `/api/v1/people/${id()}` }) },
      direct: () => getRecord(db, actor, personType, id()),
    },
    {
      name: 'search (global, name prefix)',
      http: { method: 'GET', next: () => ({ path: `/api/v1/search?q=${encodeURIComponent(prefix())}` }) },
      direct: () => globalSearch(db, actor, prefix(), undefined, 10),
    },
    {
      name: 'people?q= (name prefix, best first)',
      http: {
        method: 'GET',
        next: () => ({ path: `/api/v1/people?limit=50&q=${encodeURIComponent(prefix())}` }),
      },
      direct: () => listRecords(db, actor, personType, listQuery({ q: prefix() })),
    },
    {
      name: 'people?q=&sort=firstName',
      http: {
        method: 'GET',
        next: () => ({ path: `/api/v1/people?limit=50&sort=firstName&q=${encodeURIComponent(prefix())}` }),
      },
      direct: () => listRecords(db, actor, personType, listQuery({ q: prefix(), sort: 'firstName' })),
    },
    {
      name: 'create person (POST)',
      http: {
        method: 'POST',
        next: () => ({ path: '/api/v1/people', body: JSON.stringify(newPerson(created++)) }),
      },
      direct: () => createRecord(db, actor, personType, newPerson(created++)),
    },
  ];
}
