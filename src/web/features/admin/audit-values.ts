import type { TFunction } from 'i18next';
import { describeValue } from '../history/HistoryPanel.js';
import type { Formatters } from '../../lib/format.js';
import { isLocale, languageName } from '../../lib/i18n.js';
import type { AuditEntry } from '../../lib/types.js';
import { permissionChanges } from './permissions.js';

export interface ChangeRow {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** Names for ids the audit log holds (members, roles); both come from lists the page already has. */
export interface AuditNames {
  member: (userId: string) => string | null;
  role: (roleId: string) => string | null;
  company: (companyId: string) => string | null;
}

/** A field's label: the record fields the app already names, then the admin ones, else the key. */
export function auditFieldLabel(t: TFunction, exists: (key: string) => boolean, field: string): string {
  if (field.startsWith('custom.')) return field.slice('custom.'.length);
  if (exists(`fields.${field}`)) return t(`fields.${field}`);
  if (exists(`admin.audit.fields.${field}`)) return t(`admin.audit.fields.${field}`);
  return field;
}

function describe(field: string, value: unknown, fmt: Formatters, t: TFunction, names: AuditNames): string {
  if (typeof value === 'string') {
    if (field === 'roleId') return names.role(value) ?? value;
    if (field === 'ownerId' || field === 'invitedBy' || field === 'createdBy')
      return names.member(value) ?? value;
    if (field === 'companyId') return names.company(value) ?? value;
    if (field === 'defaultLocale' || field === 'locale') return isLocale(value) ? languageName(value) : value;
  }
  if (field === 'memberIds' && Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((id) => (typeof id === 'string' ? (names.member(id) ?? id) : String(id))).join(', ');
  }
  return describeValue(value, fmt, t);
}

/**
 * The rows shown for one entry: one per changed field with its value before and after; a role's
 * permission matrix is split into the cells that changed ("People · Delete: none → all").
 */
export function changeRows(
  entry: Pick<AuditEntry, 'changes'>,
  fmt: Formatters,
  t: TFunction,
  exists: (key: string) => boolean,
  names: AuditNames,
): ChangeRow[] {
  return Object.entries(entry.changes).flatMap(([field, change]) => {
    if (field === 'permissions') {
      return permissionChanges(change.before, change.after).map((cell) => ({
        key: `permissions.${cell.module}.${cell.action}`,
        label: `${t(`admin.roles.modules.${cell.module}`)} · ${t(`admin.roles.actions.${cell.action}`)}`,
        before: change.before === null ? '—' : t(`admin.roles.scopes.${cell.before}`),
        after: change.after === null ? '—' : t(`admin.roles.scopes.${cell.after}`),
      }));
    }
    const before = describe(field, change.before, fmt, t, names);
    const after = describe(field, change.after, fmt, t, names);
    // A new record's empty lists and objects say nothing: "— → —".
    if (before === after || (isEmpty(change.before) && isEmpty(change.after))) return [];
    return [{ key: field, label: auditFieldLabel(t, exists, field), before, after }];
  });
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/** Company ids the entries mention (as the record or a person's company), to look their names up. */
export function companyIdsIn(entries: Pick<AuditEntry, 'changes' | 'entityType' | 'entityId'>[]): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (entry.entityType === 'company') ids.add(entry.entityId);
    const change = entry.changes.companyId;
    for (const value of [change?.before, change?.after]) if (typeof value === 'string') ids.add(value);
  }
  return [...ids];
}
