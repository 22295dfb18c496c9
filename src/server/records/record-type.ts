import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import type { FieldMap, FieldType } from '../lib/list-query.js';
import type { Actor, Module } from '../lib/permissions.js';

/**
 * A record type, declared once: its table, its fields and their storage, its input schemas and its
 * real rules. Lists, sort, filter, search, custom fields, history, trash and restore, the standard
 * routes with their OpenAPI text, notes and saved views all come from this declaration (see
 * docs/ARCHITECTURE.md, "Adding a record type").
 *
 * Every record type's table has the standard columns `workspace_id`, `id`, `owner_id`, `tags`,
 * `custom`, `version`, `created_at`, `updated_at` and `deleted_at`; the declaration names the rest.
 */
export interface FieldDecl {
  column: string;
  type: FieldType | 'json';
  nullable?: boolean;
  /** Lists may sort by it; it then needs an index `(workspace_id, column, id)` (a test checks). */
  sortable?: boolean;
  /** A text column with `<column>_key` beside it holding its `sortKey` (alphabetical order). */
  keyed?: boolean;
  /** `money`: the column holding the currency beside the amount in minor units. */
  currencyColumn?: string;
  /** The id of a record of another type (its `entity`), or of a workspace member. */
  ref?: string;
  /** With `ref`: the referenced record's display name is shown beside the id under this name. */
  refName?: string;
  /** Only roles with `read: all` on the module see it (others get null). */
  sensitive?: boolean;
  /** `json`: the shape as the API shows it. */
  schema?: z.ZodType;
  /**
   * `json` lists of contacts (emails, phones): the property holding each entry's value, which a CSV
   * cell lists (`email`). Other json fields are a cell of JSON text.
   */
  entryKey?: string;
  /**
   * Part of the record as the API shows it, but written only by the server's analyses (a customer's
   * lifetime value): never input, never chosen in a merge, and a change does not touch it.
   */
  readOnly?: boolean;
  /** Stored for lists (sort and filter), computed from the record, and not part of it. */
  derive?: (record: RecordValues) => unknown;
  /** What the API says about the field. */
  description?: string;
}

export type RecordValues = Record<string, unknown>;

/** The standard part of every record (a type alias, so records fit `RecordValues`). */
export type RecordBase = {
  id: string;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export interface SearchText {
  title: string;
  subtitle: string | null;
  text: string;
}

export interface RecordTypeDecl {
  /** Singular key used by the audit log, search, notes, custom fields and views: `person`. */
  entity: string;
  /** The table, the API path (`/people`) and the permission module. */
  table: Module;
  /** English names for the API's text; the web app has its own in six languages. */
  names: { singular: string; plural: string };
  fields: Record<string, FieldDecl>;
  /** The list order without `sort`. */
  defaultSort: string;
  /** The fields whose values, joined by spaces, make the display name (`firstName`, `lastName`). */
  display: string[];
  input: { create: z.ZodObject; update: z.ZodObject };
  /** Words a search should find the record by; `names` holds the display names of its references. */
  search: (record: RecordValues, names: Record<string, string | null>) => SearchText;
  /** Tidies a record before it is stored (one primary email…). */
  normalize?: (record: RecordValues) => RecordValues;
  /** Refuses a record that breaks a rule of the type (throws `invalid`). */
  validate?: (record: RecordValues) => void;
  /**
   * Adds `POST /<table>/{id}/merge`: duplicates merge into one record, with everything linked to them
   * (records/record-merge.ts).
   */
  mergeable?: boolean;
  /**
   * Adds `POST /<table>/duplicates`: `keys` are what two records of the type should not share, each
   * as `kind:value` in a normal form (`email:jan@example.com`). Kinds named in `byField` are list
   * fields looked up by value (a company's `domain`); the others are found by search.
   */
  duplicates?: {
    keys: (record: RecordValues) => string[];
    /** The input fields the keys come from: what `POST /<table>/duplicates` takes. */
    fields: string[];
    byField?: string[];
  };
  /** Adds `GET /<referenced>/{id}/<table>`, the records referring to one record through this field. */
  relatedList?: { field: string; summary: string };
  /**
   * Rules that read the database (a deal's stage belongs to its pipeline), run in the command's
   * transaction after `validate`, for a new record (`before` null) and for a change. Returns the record
   * to store, which may fill values that follow from the change (when a stage was entered).
   */
  prepare?: (
    context: RecordContext,
    record: RecordValues,
    before: RecordValues | null,
  ) => Promise<RecordValues>;
  /**
   * What a saved record sets off beyond the lifecycle (a deal's stage history), in the same
   * transaction, before its record event. Returns further event actions to publish (`stage_changed`).
   */
  afterSave?: (
    context: RecordContext,
    record: RecordValues,
    before: RecordValues | null,
  ) => Promise<string[]>;
  /** Event actions of the type's own beyond created, updated, deleted and restored (`stage_changed`). */
  events?: readonly string[];
}

/** Where a type's own rules run: the command's transaction and who acts. */
export interface RecordContext {
  trx: DbOrTrx;
  actor: Actor;
}

export interface RecordType extends RecordTypeDecl {
  /** The display name of a record, as references show it. */
  displayName: (record: RecordValues) => string;
  /** List fields for sort and filter: the declared ones and the standard ones. */
  listFields: FieldMap;
  /** The record as the API shows it. */
  schema: z.ZodObject;
  /** Fields that are part of the record (not derived). */
  recordFields: [string, FieldDecl][];
}

const STANDARD_LIST_FIELDS: FieldMap = {
  ownerId: { column: 'owner_id', type: 'uuid', nullable: true },
  tags: { column: 'tags', type: 'tags' },
  createdAt: { column: 'created_at', type: 'date', sortable: true },
  updatedAt: { column: 'updated_at', type: 'date', sortable: true },
};

export const moneySchema = z
  .object({
    amount: z
      .number()
      .int({ message: 'must be an integer number of minor units' })
      .refine(Number.isSafeInteger, 'is too large'),
    currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' }),
  })
  .meta({ id: 'Money' });

/** What `custom` holds in records: values keyed by field key. Money is `{ amount, currency }`. */
export const customValuesSchema = z
  .record(z.string(), z.unknown())
  .describe('Custom field values keyed by field key; money is {"amount": minor units, "currency": "EUR"}');

export const tagsInput = z.array(z.string().trim().min(1).max(50)).max(50);

/** The schema of a field's value as the API shows it. */
function outputSchema(name: string, field: FieldDecl): z.ZodType {
  const base: z.ZodType =
    field.type === 'json'
      ? field.schema!
      : field.type === 'money'
        ? moneySchema
        : field.type === 'number'
          ? z.number()
          : field.type === 'boolean'
            ? z.boolean()
            : field.type === 'uuid'
              ? z.uuid()
              : field.type === 'tags' || field.type === 'multiselect'
                ? z.array(z.string())
                : z.string();
  if (!base) throw new Error(`field ${name}: a json field needs its schema`);
  const schema = field.nullable ? base.nullable() : base;
  const described = field.description ? schema.describe(field.description) : schema;
  return field.readOnly ? described.meta({ readOnly: true }) : described;
}

type Money = z.infer<typeof moneySchema>;
type ValueOf<F extends FieldDecl> = F extends { type: 'json'; schema: infer S extends z.ZodType }
  ? z.infer<S>
  : F['type'] extends 'money'
    ? Money
    : F['type'] extends 'number'
      ? number
      : F['type'] extends 'boolean'
        ? boolean
        : F['type'] extends 'tags' | 'multiselect'
          ? string[]
          : string;

/** The stored record of a declared type, as TypeScript sees it (`RecordOf<typeof personType>`). */
export type RecordOf<T extends { fields: Record<string, FieldDecl> }> = RecordBase & {
  -readonly [
    K in keyof T['fields'] as T['fields'][K] extends { derive: unknown } ? never : K
  ]: T['fields'][K] extends {
    nullable: true;
  }
    ? ValueOf<T['fields'][K]> | null
    : ValueOf<T['fields'][K]>;
};

export function defineRecordType<const D extends RecordTypeDecl>(
  decl: D,
): Omit<RecordType, 'fields'> & { fields: D['fields'] } {
  const listFields: FieldMap = {};
  const shape: Record<string, z.ZodType> = {
    id: z.uuid(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z
      .number()
      .int()
      .describe(
        'Raised by every change; send it back as `If-Match: "<version>"` to refuse overwriting a newer change',
      ),
  };
  for (const [name, field] of Object.entries(decl.fields)) {
    if (field.type !== 'json')
      listFields[name] = {
        column: field.column,
        type: field.type,
        ...(field.sortable && { sortable: true }),
        ...(field.nullable && { nullable: true }),
        ...(field.keyed && { keyed: true }),
      };
    if (field.derive) continue;
    shape[name] = outputSchema(name, field);
    if (field.refName)
      shape[field.refName] = z
        .string()
        .nullable()
        .describe(`Display name of the ${name.replace(/Id$/, '')}, for display`);
  }
  Object.assign(shape, {
    ownerId: z.uuid().nullable(),
    tags: z.array(z.string()),
    custom: z.record(z.string(), z.unknown()),
    deletedAt: z.string().nullable(),
  });
  Object.assign(listFields, STANDARD_LIST_FIELDS);
  // The schema's name in OpenAPI and the generated web types: `price_list` → `PriceList`.
  const title = decl.entity.replace(/(?:^|_)(\p{L})/gu, (_, letter: string) => letter.toUpperCase());
  return {
    ...decl,
    displayName: (record) =>
      decl.display
        .map((name) => record[name])
        .filter(Boolean)
        .join(' '),
    listFields,
    schema: z.object(shape).meta({ id: title }),
    recordFields: Object.entries(decl.fields).filter(([, field]) => !field.derive),
  };
}
