import { describe, expect, it } from 'vitest';
import { MODULES } from '../lib/permissions.js';
import { describeRecordContract } from '../testing/record-contract.js';
import { RECORD_TYPES } from './registry.js';

describe('the record registry', () => {
  it('gives each record type its own entity, table and permission module', () => {
    const entities = RECORD_TYPES.map((type) => type.entity);
    expect(new Set(entities).size).toBe(entities.length);
    for (const type of RECORD_TYPES) expect(MODULES).toContain(type.table);
  });

  it('refers only to record types that exist, or to members', () => {
    const entities = new Set(RECORD_TYPES.map((type) => type.entity));
    for (const type of RECORD_TYPES)
      for (const [name, field] of Object.entries(type.fields))
        if (field.ref)
          expect(field.ref === 'member' || entities.has(field.ref), `${type.entity}.${name}`).toBe(true);
  });
});

for (const type of RECORD_TYPES) describeRecordContract(type);
