import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import { readJson, writeJson } from '../../db/database.js';
import type { RoleTable } from '../../db/schema.js';
import { normalizePermissions, type Permissions } from '../../lib/permissions.js';
import type { Role } from './roles.schemas.js';

function toRole(row: Omit<Selectable<RoleTable>, 'workspace_id'>, memberCount: number): Role {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    permissions: normalizePermissions(readJson(row.permissions, {})),
    builtIn: row.key !== null,
    memberCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectRoles(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('roles')
    .select(['id', 'key', 'name', 'permissions', 'created_at', 'updated_at'])
    .select((eb) =>
      eb
        .selectFrom('memberships')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('memberships.workspace_id', '=', 'roles.workspace_id')
        .whereRef('memberships.role_id', '=', 'roles.id')
        .where('memberships.active', '=', 1)
        .as('member_count'),
    )
    .where('workspace_id', '=', workspaceId);
}

/** Every role of the workspace with its number of active members, built-in roles first. */
export async function listRoles(db: DbOrTrx, workspaceId: string): Promise<Role[]> {
  const rows = await selectRoles(db, workspaceId).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => toRole(row, Number(row.member_count ?? 0)));
}

export async function findRoleById(db: DbOrTrx, workspaceId: string, id: string): Promise<Role | undefined> {
  const row = await selectRoles(db, workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toRole(row, Number(row.member_count ?? 0));
}

export async function updateRoleRow(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  patch: { name: string; permissions: Permissions; updatedAt: string },
) {
  await db
    .updateTable('roles')
    .set({ name: patch.name, permissions: writeJson(patch.permissions), updated_at: patch.updatedAt })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteRoleRow(db: DbOrTrx, workspaceId: string, id: string) {
  await db.deleteFrom('roles').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** What still points at a role: memberships (active or not), live API keys and open invitations. */
export async function roleUsage(db: DbOrTrx, workspaceId: string, roleId: string, now: string) {
  const members = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role_id', '=', roleId)
    .executeTakeFirstOrThrow();
  const apiKeys = await db
    .selectFrom('api_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role_id', '=', roleId)
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  const invitations = await db
    .selectFrom('invitations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role_id', '=', roleId)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return { members: Number(members.n), apiKeys: Number(apiKeys.n), invitations: Number(invitations.n) };
}
