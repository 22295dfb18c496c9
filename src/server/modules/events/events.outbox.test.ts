import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordBase } from '../../records/record-type.js';
import { diffRecords } from '../audit/audit.writer.js';
import { changedFields } from './events.outbox.js';

/** A stored record's shape: stamps, text and nullable fields, lists, custom values. */
const value = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.record({ email: fc.string() })),
  fc.dictionary(fc.string({ minLength: 1 }), fc.oneof(fc.string(), fc.constant(null))),
);
const record = fc
  .dictionary(
    fc.constantFrom('firstName', 'lastName', 'emails', 'ownerId', 'tags', 'custom', 'deletedAt'),
    value,
  )
  .chain((fields) =>
    fc.record({ id: fc.uuid(), version: fc.nat(), createdAt: fc.string(), updatedAt: fc.string() }).map(
      // Tags, custom values and deletedAt may be missing, as in rows of types without them.
      (stamps) =>
        ({
          ...fields,
          ...stamps,
          ownerId: (fields.ownerId as string | null | undefined) ?? null,
        }) as RecordBase & Record<string, unknown>,
    ),
  );

describe('changed fields of a record event', () => {
  it('are, for a new record, the fields a diff from nothing finds, without the hidden ones', () => {
    fc.assert(
      fc.property(record, fc.subarray(['firstName', 'emails', 'custom']), (after, hidden) => {
        const expected = Object.keys(diffRecords(null, after)).filter((key) => !hidden.includes(key));
        expect(changedFields(new Set(hidden), null, after)).toEqual(expected);
      }),
    );
  });

  it('are, for a change, the fields the diff finds', () => {
    fc.assert(
      fc.property(record, record, (before, after) => {
        expect(changedFields(new Set(), before, after)).toEqual(Object.keys(diffRecords(before, after)));
      }),
    );
  });
});
