import type { DbOrTrx } from '../../db/database.js';
import type { CustomField } from './custom-fields.schemas.js';

/**
 * Custom field definitions, kept for a second per workspace and record type. Every read of a record
 * needs them (to show, filter and sort custom values) and they change rarely, so a burst of requests
 * reads them once instead of once each.
 *
 * A change on this node forgets the workspace's definitions at once. Other nodes sharing the database
 * keep theirs for at most TTL_MS, as they keep actors for a few seconds (auth); a read that began
 * before a change never stores what it read afterwards. Writes never use the cache: they read the
 * definitions inside their own transaction, so a value is always checked against the current ones.
 */
const TTL_MS = 1_000;
/** Beyond this many workspaces, expired entries are dropped before another is added. */
const PRUNE_AT = 1_000;

interface Entry {
  db: DbOrTrx;
  fields: readonly CustomField[];
  expires: number;
}

const byWorkspace = new Map<string, Map<string, Entry>>();
/** Raised by every change, so that a read that overlapped one does not store its result. */
let generation = 0;

function prune(now: number) {
  for (const [workspaceId, entries] of byWorkspace) {
    for (const [object, entry] of entries) if (entry.expires <= now) entries.delete(object);
    if (entries.size === 0) byWorkspace.delete(workspaceId);
  }
}

/** Frozen, since every request shares them. */
const frozen = (fields: CustomField[]) =>
  Object.freeze(
    fields.map((field) =>
      Object.freeze({ ...field, choices: Object.freeze([...field.choices]) as CustomField['choices'] }),
    ),
  );

/** The definitions from the cache, or from `load` (then kept); `object` undefined means all types. */
export async function cachedCustomFields(
  db: DbOrTrx,
  workspaceId: string,
  object: string | undefined,
  load: () => Promise<CustomField[]>,
): Promise<CustomField[]> {
  const key = object ?? '';
  const now = Date.now();
  const hit = byWorkspace.get(workspaceId)?.get(key);
  if (hit && hit.db === db && hit.expires > now) return hit.fields as CustomField[];
  const started = generation;
  const fields = frozen(await load());
  if (generation === started) {
    if (!byWorkspace.has(workspaceId) && byWorkspace.size >= PRUNE_AT) prune(now);
    const entries = byWorkspace.get(workspaceId) ?? new Map<string, Entry>();
    entries.set(key, { db, fields, expires: now + TTL_MS });
    byWorkspace.set(workspaceId, entries);
  }
  return fields as CustomField[];
}

/** After a definition of the workspace changed. */
export function forgetCustomFields(workspaceId: string) {
  generation++;
  byWorkspace.delete(workspaceId);
}
