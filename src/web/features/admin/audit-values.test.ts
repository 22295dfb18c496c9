import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { makeFormatters } from '../../lib/format.js';
import type { CustomField, RecordEntity } from '../../lib/types.js';
import { changeRows, recordsIn, type AuditNames, type RefsOf } from './audit-values.js';

const refsOf: RefsOf = (entityType) => (entityType === 'person' ? { companyId: 'company' } : {});
const isRecord = (entityType: string): entityType is RecordEntity =>
  ['person', 'company', 'product'].includes(entityType);
const t = ((key: string) => key) as TFunction;
const names: AuditNames = {
  member: () => null,
  role: () => null,
  record: (entity, id) => (entity === 'company' && id === 'c1' ? 'Škoda Parts' : null),
};
const entry = (entityType: string, entityId: string, changes: Record<string, [unknown, unknown]>) => ({
  entityType,
  entityId,
  changes: Object.fromEntries(Object.entries(changes).map(([f, [before, after]]) => [f, { before, after }])),
});

describe('records named in the audit log', () => {
  it('looks up each record once: the entries’ own and those their reference fields point at', () => {
    const entries = [
      entry('person', 'p1', { companyId: [null, 'c1'] }),
      entry('company', 'c1', { name: ['Old', 'New'] }),
      entry('product', 'x1', { price: [null, { amount: 100, currency: 'EUR' }] }),
      entry('role', 'r1', { name: ['a', 'b'] }),
    ];
    expect(recordsIn(entries, isRecord, refsOf)).toEqual([
      { entity: 'person', id: 'p1' },
      { entity: 'company', id: 'c1' },
      { entity: 'product', id: 'x1' },
    ]);
  });

  it('shows a reference by the name of the record it points at', () => {
    const rows = changeRows(
      entry('person', 'p1', { companyId: [null, 'c1'] }),
      makeFormatters('en'),
      t,
      () => false,
      names,
      refsOf,
    );
    expect(rows).toEqual([{ key: 'companyId', label: 'companyId', before: '—', after: 'Škoda Parts' }]);
  });

  it('names a field as the entry’s record type does, else as the app or the admin pages do', () => {
    const keys = new Set(['products.fields.name', 'fields.sku', 'admin.audit.fields.name']);
    const labelKeysOf = (entityType: string, field: string) =>
      entityType === 'product' ? [`products.fields.${field}`, `fields.${field}`] : [];
    const labels = (entityType: string, changes: Record<string, [unknown, unknown]>) =>
      changeRows(
        entry(entityType, 'x1', changes),
        makeFormatters('en'),
        t,
        (key) => keys.has(key),
        names,
        refsOf,
        labelKeysOf,
      ).map((row) => row.label);
    expect(labels('product', { name: ['Old', 'New'], sku: ['A', 'B'] })).toEqual([
      'products.fields.name',
      'fields.sku',
    ]);
    expect(labels('role', { name: ['Old', 'New'], key: ['a', 'b'] })).toEqual([
      'admin.audit.fields.name',
      'key',
    ]);
  });
});

describe('values shown in words rather than as stored', () => {
  const stage = {
    key: 'stage',
    label: 'Stage',
    type: 'select',
    choices: [{ value: 'won', label: 'Won' }],
  } as unknown as CustomField;
  const closing = {
    key: 'closing',
    label: 'Closing date',
    type: 'date',
    choices: [],
  } as unknown as CustomField;
  const withFields: AuditNames = {
    ...names,
    customField: (entityType, key) =>
      (entityType === 'person' ? [stage, closing] : []).find((f) => f.key === key),
    recordType: (entity) => (entity === 'person' ? 'Osoba' : null),
  };
  const rows = (entityType: string, changes: Record<string, [unknown, unknown]>) =>
    changeRows(entry(entityType, 'x1', changes), makeFormatters('en'), t, () => false, withFields, refsOf);

  it('labels custom fields and shows choices by label and dates as dates', () => {
    expect(rows('person', { 'custom.stage': [null, 'won'], 'custom.closing': ['2026-12-15', null] })).toEqual(
      [
        { key: 'custom.stage', label: 'Stage', before: '—', after: 'Won' },
        { key: 'custom.closing', label: 'Closing date', before: 'Dec 15, 2026', after: '—' },
      ],
    );
  });

  it('names record types and describes a saved view’s settings by field labels', () => {
    const config = {
      columns: ['custom.stage', 'email'],
      sort: '-custom.stage',
      filter: { ownerId: 'me' },
      q: 'ab',
    };
    expect(rows('view', { object: [null, 'person'], config: [null, config] })).toEqual([
      { key: 'object', label: 'object', before: '—', after: 'Osoba' },
      {
        key: 'config',
        label: 'config',
        before: '—',
        after:
          'admin.audit.view.columns: Stage, email · admin.audit.view.sort: Stage ↓ · ' +
          'admin.audit.view.filters: ownerId · admin.audit.view.search: “ab”',
      },
    ]);
  });
});
