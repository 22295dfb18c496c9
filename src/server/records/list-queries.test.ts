import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import type { ListQuery } from '../lib/http-schemas.js';
import { encodeCursor } from '../lib/list-query.js';
import { listRecordPage } from '../lib/record-list.js';
import { listSearch } from '../modules/search/search.repository.js';
import { openTestDatabase, testDialects } from '../testing/test-database.js';
import { recordByIdQuery, recordSelection } from './record-reads.js';
import type { RecordType } from './record-type.js';
import { RECORD_TYPES } from './registry.js';

/**
 * The SQL of every record type's lists and of the read of one record, committed as snapshots: a
 * change to a declaration, the list builder, the reads or the search shows up in review as the
 * queries it changes (and CI refuses an unreviewed one). Each sortable field is listed both ways, a
 * next page, a filter and a search.
 */
const WORKSPACE = '00000000-0000-7000-8000-000000000001';
const OWNER = '00000000-0000-7000-8000-000000000002';

function listCases(type: RecordType): [string, Partial<ListQuery>, boolean][] {
  const sortable = Object.entries(type.listFields)
    .filter(([, f]) => f.sortable)
    .map(([name]) => name);
  const [first] = sortable;
  // A cursor and a filter value of the first sortable field's type (a name, a due date).
  const isDate = type.listFields[first!]!.type === 'date';
  const cursorValue = isDate ? '2026-01-01T00:00:00.000Z' : 'm';
  const filterValue = isDate ? '2026-01-01' : 'x';
  return [
    ['default order', {}, false],
    ...sortable.flatMap((name): [string, Partial<ListQuery>, boolean][] => [
      [`sort=${name}`, { sort: name }, false],
      [`sort=-${name}`, { sort: `-${name}` }, false],
    ]),
    [`sort=${first}, next page`, { sort: first, cursor: encodeCursor([cursorValue, WORKSPACE]) }, false],
    [
      'own records, filtered, in the trash',
      { filter: { [first!]: filterValue, tags: 'vip' }, deleted: true },
      true,
    ],
    ['search in search order', { q: 'nov' }, false],
    [`search sorted by ${first}`, { q: 'nov', sort: first }, false],
  ];
}

/** The statements a list runs, as the database receives them. */
async function capture(db: Db, type: RecordType, query: ListQuery, own: boolean) {
  const statements: string[] = [];
  const spy = db.withPlugin({
    transformQuery: (args) => {
      statements.push(db.getExecutor().compileQuery(args.node, args.queryId).sql);
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  await listRecordPage(
    spy,
    type.table,
    {
      workspaceId: WORKSPACE,
      query,
      fields: type.listFields,
      customFields: [],
      defaultSort: type.defaultSort,
      ownerIds: own ? [OWNER] : null,
      search: query.q ? listSearch(spy, WORKSPACE, type.entity, query.q, query.deleted) : null,
      columns: recordSelection(spy, type),
    },
    (row) => row,
  );
  return statements.join(';\n');
}

describe.each(testDialects())('list queries on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await openTestDatabase(dialect)));
  afterAll(async () => close());

  for (const type of RECORD_TYPES) {
    it(`${type.table} matches the committed snapshot`, async () => {
      const sections = [`-- one record by id (prepared once)\n${recordByIdQuery(type).sql(db)};`];
      for (const [label, query, own] of listCases(type)) {
        const sqlText = await capture(db, type, { limit: 50, deleted: false, ...query }, own);
        sections.push(`-- ${label}\n${sqlText};`);
      }
      await expect(sections.join('\n\n') + '\n').toMatchFileSnapshot(
        `./__snapshots__/${type.table}.${dialect}.sql`,
      );
    });
  }
});
