import type { Db, DbOrTrx } from '../../db/database.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import {
  authorize,
  MODULES,
  ACTIONS,
  type Actor,
  type Module,
  type Permissions,
} from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { forgetCachedActors } from '../auth/actors.js';
import { insertRole, lockWorkspace } from '../workspaces/workspaces.repository.js';
import { ensure, mayDefineRole, mayEditRole } from './grant.policy.js';
import { deleteRoleRow, findRoleById, listRoles, roleUsage, updateRoleRow } from './roles.repository.js';
import type { PermissionsInput, Role, RoleCreate, RoleUpdate } from './roles.schemas.js';

const ENTITY = 'role';

/**
 * Admin and audit have no records with owners, so `own` and `team` would mean nothing there, and
 * `authorize` would treat them as a plain yes. Only none/all are accepted to keep the matrix honest.
 */
const RECORDLESS_MODULES: readonly Module[] = ['admin', 'audit'];

function toPermissions(input: PermissionsInput): Permissions {
  const result = {} as Permissions;
  for (const module of MODULES) {
    const given = input[module] ?? {};
    result[module] = { create: 'none', read: 'none', update: 'none', delete: 'none' };
    for (const action of ACTIONS) {
      const scope = given[action] ?? 'none';
      if (RECORDLESS_MODULES.includes(module) && (scope === 'own' || scope === 'team')) {
        throw invalid(
          `permissions.${module}.${action}`,
          'must be none or all: this module has no record owners',
        );
      }
      result[module][action] = scope;
    }
  }
  return result;
}

async function checkNameFree(db: DbOrTrx, workspaceId: string, name: string, exceptId?: string) {
  const folded = name.toLocaleLowerCase();
  const roles = await listRoles(db, workspaceId);
  if (roles.some((role) => role.id !== exceptId && role.name.toLocaleLowerCase() === folded)) {
    throw conflict('name', 'a role with this name already exists');
  }
}

/**
 * Loads a role the actor is about to change or delete: it must be one they may edit (checked before
 * anything else is said about it) and a custom one.
 */
async function loadEditableRole(
  db: DbOrTrx,
  actor: Actor,
  id: string,
  newPermissions: Permissions | null,
): Promise<Role> {
  const role = await findRoleById(db, actor.workspaceId, id);
  if (!role) throw notFound('Role');
  ensure(mayEditRole(actor, role, newPermissions));
  if (role.builtIn)
    throw conflict('id', 'built-in roles cannot be changed or deleted; create a custom role instead');
  return role;
}

/** Every signed-in person may see the roles, so the app can explain what each one allows. */
export const getRoles = (db: Db, actor: Actor) => listRoles(db, actor.workspaceId);

export async function createRole(db: Db, actor: Actor, input: RoleCreate): Promise<Role> {
  authorize(actor, 'admin', 'create');
  const permissions = toPermissions(input.permissions);
  ensure(mayDefineRole(actor, permissions));
  await checkNameFree(db, actor.workspaceId, input.name);
  const now = nowIso();
  const role: Role = {
    id: uuidv7(),
    key: null,
    name: input.name,
    permissions,
    builtIn: false,
    memberCount: 0,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertRole(trx, actor.workspaceId, role, now);
    await recordAudit(
      trx,
      actor,
      ENTITY,
      role.id,
      'create',
      diffRecords(null, { name: role.name, permissions }),
    );
  });
  return role;
}

export async function updateRole(db: Db, actor: Actor, id: string, patch: RoleUpdate): Promise<Role> {
  authorize(actor, 'admin', 'update');
  const requested = patch.permissions ? toPermissions(patch.permissions) : null;
  const after = await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const before = await loadEditableRole(trx, actor, id, requested);
    const permissions = requested ?? before.permissions;
    const name = patch.name ?? before.name;
    if (name !== before.name) await checkNameFree(trx, actor.workspaceId, name, id);
    const changes = diffRecords(
      { name: before.name, permissions: before.permissions },
      { name, permissions },
    );
    if (Object.keys(changes).length === 0) return before;
    const updatedAt = nowIso();
    await updateRoleRow(trx, actor.workspaceId, id, { name, permissions, updatedAt });
    await recordAudit(trx, actor, ENTITY, id, 'update', changes);
    return { ...before, name, permissions, updatedAt };
  });
  // Members and keys with this role get the new permissions on their next request, not in a few seconds.
  forgetCachedActors();
  return after;
}

export async function deleteRole(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'admin', 'delete');
  await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const before = await loadEditableRole(trx, actor, id, null);
    const usage = await roleUsage(trx, actor.workspaceId, id, nowIso());
    const users = [
      usage.members && `${usage.members} member(s)`,
      usage.apiKeys && `${usage.apiKeys} API key(s)`,
      usage.invitations && `${usage.invitations} open invitation(s)`,
    ].filter(Boolean);
    if (users.length > 0)
      throw conflict('id', `the role is still used by ${users.join(', ')}; move them to another role first`);
    await deleteRoleRow(trx, actor.workspaceId, id);
    await recordAudit(
      trx,
      actor,
      ENTITY,
      id,
      'delete',
      diffRecords({ name: before.name, permissions: before.permissions }, null),
    );
  });
}
