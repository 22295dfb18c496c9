import type { DbOrTrx } from '../../db/database.js';
import { randomToken, sha256, uuidv7 } from '../../lib/ids.js';

export const API_KEY_PREFIX = 'rpk_';

/** Stores only the key's hash; the key itself is returned once, to be shown to its creator. */
export async function createApiKeyRecord(
  db: DbOrTrx,
  input: { workspaceId: string; name: string; roleId: string; createdBy: string | null; now: string },
) {
  const key = `${API_KEY_PREFIX}${randomToken(32)}`;
  const id = uuidv7();
  await db
    .insertInto('api_keys')
    .values({
      workspace_id: input.workspaceId,
      id,
      name: input.name,
      prefix: key.slice(0, 10),
      key_hash: sha256(key),
      role_id: input.roleId,
      created_by: input.createdBy,
      last_used_at: null,
      revoked_at: null,
      created_at: input.now,
    })
    .execute();
  return { id, key };
}

export async function findActiveApiKeyByHash(db: DbOrTrx, keyHash: string) {
  return db
    .selectFrom('api_keys')
    .select(['workspace_id', 'id', 'role_id'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function listApiKeys(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('api_keys')
    .select(['id', 'name', 'prefix', 'role_id', 'created_by', 'last_used_at', 'revoked_at', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .execute();
}

export async function revokeApiKey(db: DbOrTrx, workspaceId: string, id: string, now: string) {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function touchApiKey(db: DbOrTrx, workspaceId: string, id: string, now: string) {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function findApiKey(db: DbOrTrx, workspaceId: string, id: string) {
  return db
    .selectFrom('api_keys')
    .select(['id', 'name', 'prefix', 'role_id', 'created_by', 'last_used_at', 'revoked_at', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}
