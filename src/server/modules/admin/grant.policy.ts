import { forbidden } from '../../lib/errors.js';
import { ACTIONS, MODULES, SCOPES, type Actor, type Permissions, type Scope } from '../../lib/permissions.js';

/**
 * Who may hand out which rights. One rule underlies every admin endpoint: nobody grants, mints,
 * invites or assigns rights they do not hold themselves, and nobody changes their own role or the
 * role they act under. Without it a role holding a single admin permission could mint an admin API
 * key, promote itself, or rewrite its own role to hold everything.
 *
 * "Within" compares two roles cell by cell (none < own < team < all). The owner role is more than
 * its matrix (only owners make or change owners), so it is within no one's rights but an owner's.
 */

/** A role as the rules see it: its id, its built-in key (null for custom roles) and its matrix. */
export interface RoleRights {
  id: string;
  key: string | null;
  permissions: Permissions;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const refuse = (reason: string): Decision => ({ allowed: false, reason });

/** Throws 403 with the reason when a rule refuses. */
export function ensure(decision: Decision): void {
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** `none < own < team < all`: a scope is within a limit when it reaches no further. */
export const scopeWithin = (scope: Scope, limit: Scope): boolean =>
  SCOPES.indexOf(scope) <= SCOPES.indexOf(limit);

/** The `module.action` cells where `granted` reaches further than `held`, in table order. */
export function cellsBeyond(granted: Permissions, held: Permissions): string[] {
  return MODULES.flatMap((module) =>
    ACTIONS.filter((action) => !scopeWithin(granted[module][action], held[module][action])).map(
      (action) => `${module}.${action}`,
    ),
  );
}

export const permissionsWithin = (granted: Permissions, held: Permissions): boolean =>
  cellsBeyond(granted, held).length === 0;

/** A role is within a holder's rights when no cell reaches further, and owner only for an owner. */
export function roleWithin(
  role: Pick<RoleRights, 'key' | 'permissions'>,
  holder: Pick<RoleRights, 'key' | 'permissions'>,
) {
  if (role.key === 'owner' && holder.key !== 'owner') return false;
  return permissionsWithin(role.permissions, holder.permissions);
}

const rightsOf = (actor: Actor) => ({ key: actor.roleKey, permissions: actor.permissions });

const beyondYourRights = (cells: string[]) =>
  refuse(`You cannot grant rights you do not hold yourself (${cells.join(', ')})`);

/**
 * May give a role to an API key, an invitation or a member if the role is within the actor's rights;
 * the owner role only if the actor is an owner.
 */
export function mayGrantRole(actor: Actor, role: RoleRights): Decision {
  if (role.key === 'owner' && actor.roleKey !== 'owner')
    return refuse('Only an owner may grant the owner role');
  const beyond = cellsBeyond(role.permissions, actor.permissions);
  return beyond.length > 0 ? beyondYourRights(beyond) : allow;
}

/**
 * May change a member's role or deactivate/reactivate them if the member is someone else, their
 * current role is within the actor's rights (no one demotes or locks out someone above them), and
 * any new role is one the actor may grant.
 */
export function mayChangeMember(
  actor: Actor,
  member: { userId: string; role: RoleRights },
  newRole: RoleRights | null,
): Decision {
  if (member.userId === actor.userId)
    return refuse('You cannot change your own role or deactivate yourself; ask another admin');
  if (!roleWithin(member.role, rightsOf(actor))) {
    return refuse(
      member.role.key === 'owner'
        ? 'Only an owner may change an owner'
        : 'You cannot change a member whose role holds rights you do not hold',
    );
  }
  return newRole ? mayGrantRole(actor, newRole) : allow;
}

/** May define a custom role with these permissions if every one is within the actor's rights. */
export function mayDefineRole(actor: Actor, permissions: Permissions): Decision {
  const beyond = cellsBeyond(permissions, actor.permissions);
  return beyond.length > 0 ? beyondYourRights(beyond) : allow;
}

/**
 * May edit (or, with no new permissions, delete) a custom role if it is not the role the actor acts
 * under, it holds nothing beyond the actor's rights (the people holding it are not above the actor),
 * and the new permissions are within the actor's rights.
 */
export function mayEditRole(actor: Actor, role: RoleRights, newPermissions: Permissions | null): Decision {
  if (role.id === actor.roleId)
    return refuse('You cannot change the role you act under; ask someone with another role');
  if (!roleWithin(role, rightsOf(actor)))
    return refuse('You cannot change a role that holds rights you do not hold');
  return newPermissions ? mayDefineRole(actor, newPermissions) : allow;
}

/**
 * May revoke an API key unless it acts with the owner role or was made by an owner: those are
 * an owner's to revoke, so an admin cannot cut off the owners' integrations.
 */
export function mayRevokeKey(
  actor: Actor,
  key: { roleKey: string | null; createdByOwner: boolean },
): Decision {
  if ((key.roleKey === 'owner' || key.createdByOwner) && actor.roleKey !== 'owner')
    return refuse("Only an owner may revoke an owner's API key");
  return allow;
}
