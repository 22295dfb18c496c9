import type { TFunction } from 'i18next';
import { describeValue } from '../history/describe-value.js';
import type { Formatters } from '../../lib/format.js';
import { isLocale, languageName } from '../../lib/i18n.js';
import type { AuditEntry, CustomField, RecordEntity, ViewConfig } from '../../lib/types.js';
import { permissionChanges } from './permissions.js';

export interface ChangeRow {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** Names for ids the audit log holds: members and roles from lists the page has, records it looks up. */
export interface AuditNames {
  member: (userId: string) => string | null;
  role: (roleId: string) => string | null;
  record: (entity: RecordEntity, id: string) => string | null;
  /** A record type's custom field by key, for its label and choices. */
  customField?: (entityType: string, key: string) => CustomField | undefined;
  /** A record type's name in the user's language ("Osoba" for `person`), for entries that name one. */
  recordType?: (entity: string) => string | null;
}

/** The fields of a type of entry that refer to records of another type (a person's `companyId`). */
export type RefsOf = (entityType: string) => Partial<Record<string, RecordEntity>>;

/** The locale keys of a field's label as its record type names it (`products.fields.name`), if any. */
export type LabelKeysOf = (entityType: string, field: string) => string[];

/**
 * A field's label: as the entry's record type names it, else as the app names record fields, else
 * the admin ones, else the key.
 */
export function auditFieldLabel(
  t: TFunction,
  exists: (key: string) => boolean,
  field: string,
  typeKeys: string[] = [],
): string {
  if (field.startsWith('custom.')) return field.slice('custom.'.length);
  const key = [...typeKeys, `fields.${field}`, `admin.audit.fields.${field}`].find(exists);
  return key ? t(key) : field;
}

/** A custom field's value as its form shows it: choices by label, dates as dates. */
function describeCustom(field: CustomField, value: unknown, fmt: Formatters, t: TFunction): string {
  const choice = (key: unknown) => field.choices.find((c) => c.value === key)?.label ?? String(key);
  if (field.type === 'select' && typeof value === 'string') return choice(value);
  if (field.type === 'multiselect' && Array.isArray(value))
    return value.length ? value.map(choice).join(', ') : '—';
  return describeValue(value, fmt, t);
}

/** A saved view's settings in words: "Columns: Name, Email · Sort: Name ↓ · Filters: Owner". */
function describeViewConfig(config: ViewConfig, label: (field: string) => string, t: TFunction): string {
  const parts = [`${t('admin.audit.view.columns')}: ${config.columns.map(label).join(', ') || '—'}`];
  if (config.sort) {
    const sort = config.sort
      .split(',')
      .map((key) => (key.startsWith('-') ? `${label(key.slice(1))} ↓` : `${label(key)} ↑`));
    parts.push(`${t('admin.audit.view.sort')}: ${sort.join(', ')}`);
  }
  const filters = Object.keys(config.filter ?? {});
  if (filters.length) parts.push(`${t('admin.audit.view.filters')}: ${filters.map(label).join(', ')}`);
  if (config.q) parts.push(`${t('admin.audit.view.search')}: “${config.q}”`);
  return parts.join(' · ');
}

const isViewConfig = (value: unknown): value is ViewConfig =>
  typeof value === 'object' && value !== null && Array.isArray((value as ViewConfig).columns);

interface Context {
  fmt: Formatters;
  t: TFunction;
  names: AuditNames;
  entityType: string;
  label: (field: string) => string;
}

function describe(field: string, value: unknown, ref: RecordEntity | undefined, context: Context): string {
  const { fmt, t, names } = context;
  if (field.startsWith('custom.')) {
    const custom = names.customField?.(context.entityType, field.slice('custom.'.length));
    if (custom) return describeCustom(custom, value, fmt, t);
  }
  if (typeof value === 'string') {
    if (field === 'roleId') return names.role(value) ?? value;
    if (field === 'ownerId' || field === 'invitedBy' || field === 'createdBy')
      return names.member(value) ?? value;
    if (ref) return names.record(ref, value) ?? value;
    if (field === 'defaultLocale' || field === 'locale') return isLocale(value) ? languageName(value) : value;
    if (field === 'object' || field === 'entity' || field === 'recordType')
      return names.recordType?.(value) ?? value;
  }
  if (field === 'memberIds' && Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((id) => (typeof id === 'string' ? (names.member(id) ?? id) : String(id))).join(', ');
  }
  if (field === 'config' && isViewConfig(value)) return describeViewConfig(value, context.label, t);
  return describeValue(value, fmt, t);
}

/**
 * The rows shown for one entry: one per changed field with its value before and after; a role's
 * permission matrix is split into the cells that changed ("People · Delete: none → all").
 */
export function changeRows(
  entry: Pick<AuditEntry, 'changes' | 'entityType'>,
  fmt: Formatters,
  t: TFunction,
  exists: (key: string) => boolean,
  names: AuditNames,
  refsOf: RefsOf,
  labelKeysOf: LabelKeysOf = () => [],
): ChangeRow[] {
  const refs = refsOf(entry.entityType);
  // A saved view's columns and filters are fields of the record type it lists.
  const viewOf = entry.changes.object?.after ?? entry.changes.object?.before;
  const fieldsOf = entry.entityType === 'view' && typeof viewOf === 'string' ? viewOf : entry.entityType;
  const labelIn = (entityType: string) => (field: string) =>
    (field.startsWith('custom.') && names.customField?.(entityType, field.slice('custom.'.length))?.label) ||
    auditFieldLabel(t, exists, field, labelKeysOf(entityType, field));
  // Records' own fields are named as their type names them; other entries' (a view's name) as admin.
  const fieldLabel = (field: string) =>
    isEmpty(labelKeysOf(entry.entityType, field)) && exists(`admin.audit.fields.${field}`)
      ? t(`admin.audit.fields.${field}`)
      : labelIn(entry.entityType)(field);
  return expandCustom(entry.changes).flatMap(([field, change]) => {
    if (field === 'permissions') {
      return permissionChanges(change.before, change.after).map((cell) => ({
        key: `permissions.${cell.module}.${cell.action}`,
        label: `${t(`admin.roles.modules.${cell.module}`)} · ${t(`admin.roles.actions.${cell.action}`)}`,
        before: change.before === null ? '—' : t(`admin.roles.scopes.${cell.before}`),
        after: change.after === null ? '—' : t(`admin.roles.scopes.${cell.after}`),
      }));
    }
    const context = { fmt, t, names, entityType: entry.entityType, label: labelIn(fieldsOf) };
    const before = describe(field, change.before, refs[field], context);
    const after = describe(field, change.after, refs[field], context);
    // A new record's empty lists and objects say nothing: "— → —".
    if (before === after || (isEmpty(change.before) && isEmpty(change.after))) return [];
    return [{ key: field, label: fieldLabel(field), before, after }];
  });
}

type Changes = AuditEntry['changes'];

/** A new record's custom values come as one object; each is a field of its own ("custom.stage"). */
function expandCustom(changes: Changes): [string, Changes[string]][] {
  return Object.entries(changes).flatMap(([field, change]): [string, Changes[string]][] => {
    const objects = [change.before, change.after].map((v) => (isPlainObject(v) ? v : {}));
    if (field !== 'custom' || ![change.before, change.after].every((v) => v === null || isPlainObject(v)))
      return [[field, change]];
    const keys = [...new Set(objects.flatMap((v) => Object.keys(v)))];
    return keys.map((key) => [
      `custom.${key}`,
      { before: objects[0]![key] ?? null, after: objects[1]![key] ?? null },
    ]);
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * The records the entries mention, as the entry's own record (`isRecord`) or through a reference (a
 * person's company), to look their names up; each once.
 */
export function recordsIn(
  entries: Pick<AuditEntry, 'changes' | 'entityType' | 'entityId'>[],
  isRecord: (entityType: string) => entityType is RecordEntity,
  refsOf: RefsOf,
): { entity: RecordEntity; id: string }[] {
  const found = new Map<string, { entity: RecordEntity; id: string }>();
  const add = (entity: RecordEntity, id: string) => found.set(`${entity}:${id}`, { entity, id });
  for (const entry of entries) {
    if (isRecord(entry.entityType)) add(entry.entityType, entry.entityId);
    for (const [field, entity] of Object.entries(refsOf(entry.entityType))) {
      const change = entry.changes[field];
      for (const value of [change?.before, change?.after])
        if (entity && typeof value === 'string') add(entity, value);
    }
  }
  return [...found.values()];
}
