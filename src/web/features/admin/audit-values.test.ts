import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { makeFormatters } from '../../lib/format.js';
import type { RecordEntity } from '../../lib/types.js';
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
