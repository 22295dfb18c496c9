import { isDeepStrictEqual } from 'node:util';
import type { StoredRecord } from './record-store.js';
import type { RecordType } from './record-type.js';

/** Which record's value a merge keeps for a field: the surviving one's (`this`) or the other's. */
export type MergeChoice = 'this' | 'other';

/** The fields a merge may choose between: the type's own, the owner, the tags and `custom.<key>`. */
export function mergeableFields(type: RecordType, customKeys: string[]): string[] {
  return [
    ...type.recordFields.filter(([, field]) => !field.readOnly).map(([name]) => name),
    'ownerId',
    'tags',
    ...customKeys.map((key) => `custom.${key}`),
  ];
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Lists keep every entry of both, the survivor's first; the type's `normalize` merges look-alikes. */
function union(kept: unknown[], added: unknown[]) {
  return [...kept, ...added.filter((item) => !kept.some((seen) => isDeepStrictEqual(seen, item)))];
}

/**
 * One field's value after a merge: the chosen record's when a choice is given; otherwise both lists
 * together, or the survivor's value, or the other's when the survivor has none.
 */
function pick(choice: MergeChoice | undefined, kept: unknown, other: unknown) {
  if (choice === 'this') return kept;
  if (choice === 'other') return other;
  if (Array.isArray(kept) && Array.isArray(other)) return union(kept, other);
  return isEmpty(kept) ? other : kept;
}

/**
 * The surviving record's values after merging `other` into it (no I/O; the caller normalises,
 * validates and stores the result). `choices` is keyed by the names of `mergeableFields`.
 */
export function mergeValues(
  type: RecordType,
  survivor: StoredRecord,
  other: StoredRecord,
  choices: Record<string, MergeChoice>,
  customKeys: string[],
): StoredRecord {
  const merged: StoredRecord = { ...survivor, custom: { ...survivor.custom } };
  for (const [name, field] of type.recordFields)
    if (!field.readOnly) merged[name] = pick(choices[name], survivor[name], other[name]);
  for (const name of ['ownerId', 'tags']) merged[name] = pick(choices[name], survivor[name], other[name]);
  for (const key of customKeys) {
    const value = pick(choices[`custom.${key}`], survivor.custom[key], other.custom[key]);
    if (isEmpty(value)) delete merged.custom[key];
    else merged.custom[key] = value;
  }
  // A reference to the merged record (a company's parent company) now means the survivor.
  for (const [name, field] of type.recordFields)
    if (field.ref === type.entity && merged[name] === other.id) merged[name] = survivor.id;
  return merged;
}
