import type { Db } from '../../db/database.js';
import { invalid } from '../../lib/errors.js';
import { authorize, ownerFilter, scopeFor, type Actor } from '../../lib/permissions.js';
import { changeRecord } from '../../records/record-service.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { countTags, findTagged } from './tags.repository.js';
import type { TagList } from './tags.schemas.js';

/**
 * The tags in use in the workspace, most used first, with how many records of each type the caller
 * can read carry them; record types the caller cannot read are left out.
 */
export async function listTags(db: Db, actor: Actor, object?: string): Promise<TagList> {
  const types = RECORD_TYPES.filter((type) => !object || type.entity === object);
  if (types.length === 0) throw invalid('object', `unknown record type "${object}"`);
  const tags = new Map<string, Record<string, number>>();
  for (const type of types) {
    const scope = scopeFor(actor, type.table, 'read');
    if (scope === 'none') continue;
    const counts = await countTags(db, type.table, actor.workspaceId, ownerFilter(actor, scope));
    for (const [tag, count] of counts) tags.set(tag, { ...tags.get(tag), [type.entity]: count });
  }
  const data = [...tags].map(([tag, counts]) => ({
    tag,
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
  }));
  data.sort((a, b) => b.total - a.total || a.tag.localeCompare(b.tag));
  return { data };
}

/**
 * Renames a tag on every live record of every type, in one transaction; renaming to a tag in use
 * merges the two. Each record changes as an edit does (version, history, search, webhooks).
 * Workspace-wide, so it takes the right to change the workspace's settings.
 */
export async function renameTag(db: Db, actor: Actor, from: string, to: string) {
  authorize(actor, 'admin', 'update');
  if (from === to) throw invalid('to', 'is the tag’s current name');
  return db.transaction().execute(async (trx) => {
    let changed = 0;
    for (const type of RECORD_TYPES) {
      for (const id of await findTagged(trx, type.table, actor.workspaceId, from)) {
        const { after } = await changeRecord(trx, actor, type, id, (before) => ({
          tags: [...new Set(before.tags.map((tag) => (tag === from ? to : tag)))],
        }));
        if (after) changed++;
      }
    }
    return { changed };
  });
}
