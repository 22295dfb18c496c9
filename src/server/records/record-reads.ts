import { sql, type AliasedRawBuilder } from 'kysely';
import { isPostgres, readJson, type DbOrTrx } from '../db/database.js';
import { preparedQuery } from '../db/prepared-query.js';
import { toRecord, type StoredRecord } from './record-store.js';
import type { RecordType } from './record-type.js';
import { recordTypeOf } from './registry.js';

/**
 * Records as reads show them, in one query each: the record's own columns (not its sort keys) and,
 * for each reference that shows a name (a person's `companyName`), the display name of the record it
 * points at, read by a subquery on that record's primary key. A read used to take a second query for
 * the names.
 */

type Row = Record<string, unknown>;
export type ReferenceNames = Record<string, string | null>;

/** The names read with a record, by the record object, for `present` (see referenceNames). */
const namesRead = new WeakMap<StoredRecord, ReferenceNames>();

export const namesReadWith = (record: StoredRecord) => namesRead.get(record);

interface NamedReference {
  refName: string;
  /** The column holding the referenced record's id. */
  column: string;
  alias: string;
  target: RecordType;
  /** The display name is one column that is never null: read as it is, not as a JSON array. */
  single: boolean;
}

const referencesByType = new WeakMap<RecordType, NamedReference[]>();

function namedReferences(type: RecordType): NamedReference[] {
  let references = referencesByType.get(type);
  if (!references) {
    references = type.recordFields.flatMap(([, field]) => {
      if (!field.ref || !field.refName || field.ref === 'member') return [];
      const target = recordTypeOf(field.ref);
      const display = target.display.map((name) => target.fields[name]!);
      const single = display.length === 1 && !display[0]!.nullable;
      return [
        { refName: field.refName, column: field.column, alias: `name:${field.column}`, target, single },
      ];
    });
    referencesByType.set(type, references);
  }
  return references;
}

/** The columns a record is built from (`toRecord`). */
function recordColumns(type: RecordType): string[] {
  const columns = ['id', 'created_at', 'updated_at', 'version'];
  for (const [, field] of type.recordFields) {
    columns.push(field.column);
    if (field.currencyColumn) columns.push(field.currencyColumn);
  }
  columns.push('owner_id', 'tags', 'custom', 'deleted_at');
  return [...new Set(columns)];
}

/**
 * What a read of `type` selects from its table (unaliased, as `from <table>`): the record's columns
 * and its references' display names. Every value comes from the declarations, none from a request.
 */
export function recordSelection(db: DbOrTrx, type: RecordType): Selection {
  const dialect = isPostgres(db) ? 'postgres' : 'sqlite';
  let selections = selectionsByType.get(type);
  if (!selections) selectionsByType.set(type, (selections = {}));
  return (selections[dialect] ??= buildSelection(db, type));
}

type Selection = AliasedRawBuilder<unknown, string>[];
const selectionsByType = new WeakMap<RecordType, { sqlite?: Selection; postgres?: Selection }>();

function buildSelection(db: DbOrTrx, type: RecordType): Selection {
  const own = recordColumns(type).map((column) => sql.ref(`${type.table}.${column}`).as(column));
  const names = namedReferences(type).map(({ column, alias, target, single }) => {
    const columns = target.display.map((name) => sql.ref(`r.${target.fields[name]!.column}`));
    const value = single
      ? columns[0]!
      : sql`${sql.raw(isPostgres(db) ? 'json_build_array' : 'json_array')}(${sql.join(columns)})`;
    const outer = (name: string) => sql.ref(`${type.table}.${name}`);
    const inner = (name: string) => sql.ref(`r.${name}`);
    return sql`(select ${value} from ${sql.table(target.table)} as r where ${inner('workspace_id')} = ${outer(
      'workspace_id',
    )} and ${inner('id')} = ${outer(column)})`.as(alias);
  });
  return [...own, ...names];
}

function namesOf(type: RecordType, row: Row): ReferenceNames {
  const names: ReferenceNames = {};
  for (const { refName, alias, target, single } of namedReferences(type)) {
    const value = row[alias];
    if (value === null || value === undefined) names[refName] = null;
    else if (single) names[refName] = target.displayName({ [target.display[0]!]: value });
    else {
      const values = readJson<unknown[]>(value, []);
      names[refName] = target.displayName(
        Object.fromEntries(target.display.map((name, i) => [name, values[i]])),
      );
    }
  }
  return names;
}

/** The record in a row read with `recordSelection`, its reference names kept for `present`. */
export function toReadRecord(type: RecordType, row: Row): StoredRecord {
  const record = toRecord(type, row);
  namesRead.set(record, namesOf(type, row));
  return record;
}

const byIdQueries = new WeakMap<RecordType, ReturnType<typeof byIdQuery>>();

function byIdQuery(type: RecordType) {
  return preparedQuery<'workspaceId' | 'id', Row>((db, value) =>
    db
      // Every record table has the columns used here; Kysely types one of them, which is enough.
      .selectFrom(type.table as 'companies')
      .select(recordSelection(db, type))
      .where('workspace_id', '=', value('workspaceId'))
      .where('id', '=', value('id')),
  );
}

/** The prepared read of one record by id, compiled once per type and dialect. */
export function recordByIdQuery(type: RecordType) {
  let query = byIdQueries.get(type);
  if (!query) byIdQueries.set(type, (query = byIdQuery(type)));
  return query;
}

/** One record with its reference names, for a read (no lock: a change reads with `findRecord`). */
export async function readRecord(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  id: string,
): Promise<StoredRecord | undefined> {
  const [row] = await recordByIdQuery(type).run(db, { workspaceId, id });
  return row ? toReadRecord(type, row) : undefined;
}
