import type { Db } from '../../db/database.js';
import { scopeFor, type Actor, type Module } from '../../lib/permissions.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { searchDocuments } from './search.repository.js';

/** Record types that search covers (all of them), and the module whose read permission guards each. */
export const SEARCHABLE: Record<string, Module> = Object.fromEntries(
  RECORD_TYPES.map((type) => [type.entity, type.table]),
);

/**
 * Search across every record type the actor may read. Types the actor reads only in part (own/team)
 * are left out here rather than filtered after ranking, which would leak counts.
 */
export async function globalSearch(
  db: Db,
  actor: Actor,
  query: string,
  types: string[] | undefined,
  limit: number,
) {
  const allowed = Object.entries(SEARCHABLE)
    .filter(([type, module]) => (!types || types.includes(type)) && scopeFor(actor, module, 'read') === 'all')
    .map(([type]) => type);
  // Search documents exist only for the types above, so all of them is the whole workspace.
  const everyType = allowed.length === Object.keys(SEARCHABLE).length;
  return searchDocuments(db, actor.workspaceId, query, everyType ? 'all' : allowed, limit);
}
