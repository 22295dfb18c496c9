import type { Db } from '../../db/database.js';
import { invalid, notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { forgetCachedActors } from '../auth/actors.js';
import { createApiKeyRecord, findApiKey, listApiKeys, revokeApiKey } from '../auth/api-keys.repository.js';
import { findMembership, findRole } from '../workspaces/workspaces.repository.js';
import type { ApiKey } from './api-keys.schemas.js';
import { ensure, mayGrantRole, mayRevokeKey } from './grant.policy.js';

const ENTITY = 'api_key';

function toApiKey(row: Awaited<ReturnType<typeof listApiKeys>>[number]): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    roleId: row.role_id,
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}

export async function getApiKeys(db: Db, actor: Actor) {
  authorize(actor, 'admin', 'read');
  return (await listApiKeys(db, actor.workspaceId)).map(toApiKey);
}

/** The key acts with the chosen role, which must be within the creator's own rights (see grant.policy). */
export async function createApiKey(db: Db, actor: Actor, input: { name: string; roleId: string }) {
  authorize(actor, 'admin', 'create');
  const role = await findRole(db, actor.workspaceId, input.roleId);
  if (!role) throw invalid('roleId', 'no such role in this workspace');
  ensure(mayGrantRole(actor, role));
  const now = nowIso();
  return db.transaction().execute(async (trx) => {
    const { id, key } = await createApiKeyRecord(trx, {
      workspaceId: actor.workspaceId,
      name: input.name,
      roleId: role.id,
      createdBy: actor.userId,
      now,
    });
    const created = (await findApiKey(trx, actor.workspaceId, id))!;
    // The audit trail records which key was made, never the secret.
    await recordAudit(
      trx,
      actor,
      ENTITY,
      id,
      'create',
      diffRecords(null, { name: created.name, prefix: created.prefix, roleId: role.id }),
    );
    return { ...toApiKey(created), key };
  });
}

/** Whether the person who made a key is an owner now (keys made by keys have no maker to ask). */
async function madeByOwner(db: Db, workspaceId: string, createdBy: string | null) {
  const membership = createdBy ? await findMembership(db, workspaceId, createdBy) : undefined;
  const role = membership ? await findRole(db, workspaceId, membership.role_id) : undefined;
  return role?.key === 'owner';
}

/** Revoking twice is harmless; the cache is dropped so the key stops working on this node at once. */
export async function revokeKey(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'delete');
  const before = await findApiKey(db, actor.workspaceId, id);
  if (!before) throw notFound('API key');
  const keyRole = await findRole(db, actor.workspaceId, before.role_id);
  ensure(
    mayRevokeKey(actor, {
      roleKey: keyRole?.key ?? null,
      createdByOwner: await madeByOwner(db, actor.workspaceId, before.created_by),
    }),
  );
  if (before.revoked_at) return;
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    if (!(await revokeApiKey(trx, actor.workspaceId, id, now))) return;
    await recordAudit(trx, actor, ENTITY, id, 'delete', diffRecords({ revokedAt: null }, { revokedAt: now }));
  });
  forgetCachedActors();
}
