import type { Actor } from '../lib/permissions.js';
import type { Db } from '../db/database.js';
import { listRecords } from './record-service.js';
import type { RecordType, RecordValues } from './record-type.js';

/** A record that shares a key (an email address, a phone number, a domain) with the values given. */
export interface Duplicate {
  id: string;
  name: string;
  /** The keys both have: `email:jan@example.com`, `phone:420601123456`, `domain:example.com`. */
  matches: string[];
}

/** How many records one key's search looks at; a key shared by more is not a duplicate but a pattern. */
const CANDIDATES_PER_KEY = 20;

/**
 * The records the actor can read whose keys (the type's `duplicates`) meet those of `values`, the
 * one being edited (`excludeId`) left out. Each key is looked up, and the hits' own keys compared, so
 * a hit on a partial word is not reported.
 */
export async function findDuplicates(
  db: Db,
  actor: Actor,
  type: RecordType,
  values: RecordValues,
  excludeId?: string,
): Promise<Duplicate[]> {
  if (!type.duplicates) return [];
  const { keys: keysOf, byField = [] } = type.duplicates;
  const keys = new Set(keysOf(values));
  const found = new Map<string, Duplicate>();
  for (const key of keys) {
    const kind = key.slice(0, key.indexOf(':'));
    const term = key.slice(kind.length + 1);
    const lookup = byField.includes(kind) ? { filter: { [kind]: term } } : { q: term };
    const page = await listRecords(db, actor, type, { ...lookup, limit: CANDIDATES_PER_KEY, deleted: false });
    for (const record of page.data) {
      const id = record.id as string;
      if (id === excludeId || found.has(id)) continue;
      const matches = keysOf(record).filter((candidate) => keys.has(candidate));
      if (matches.length > 0) found.set(id, { id, name: type.displayName(record), matches });
    }
  }
  return [...found.values()];
}
