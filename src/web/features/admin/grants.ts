import type { Session } from '../../lib/types.js';
import {
  ACTIONS,
  MODULES,
  SCOPES,
  type Action,
  type Module,
  type Permissions,
  type Scope,
} from './admin-types.js';
import { completePermissions } from './permissions.js';

/**
 * What the signed-in person may hand out, so the screens offer only that. Mirrors
 * src/server/modules/admin/grant.policy.ts, which decides: nobody grants rights they do not hold
 * (none < own < team < all, cell by cell), and the owner role is for owners to give.
 */

export interface Holder {
  key: string | null;
  permissions: Permissions;
}

export const holderOf = (session: Session): Holder => ({
  key: session.role.key,
  permissions: completePermissions(session.permissions),
});

export const scopeWithin = (scope: Scope, limit: Scope) => SCOPES.indexOf(scope) <= SCOPES.indexOf(limit);

/** Whether a role may be given by the holder: no cell reaches further, owner only from an owner. */
export function roleWithin(role: { key: string | null; permissions: Permissions }, holder: Holder) {
  if (role.key === 'owner' && holder.key !== 'owner') return false;
  const granted = completePermissions(role.permissions);
  return MODULES.every((module) =>
    ACTIONS.every((action) => scopeWithin(granted[module][action], holder.permissions[module][action])),
  );
}

/** Whether one cell of a role being edited may take this scope. */
export const cellWithin = (holder: Holder, module: Module, action: Action, scope: Scope) =>
  scopeWithin(scope, holder.permissions[module][action]);

/** A copy with every cell lowered to what the holder has (to duplicate a role that reaches further). */
export function capToHolder(permissions: Permissions, holder: Holder): Permissions {
  const result = completePermissions(permissions);
  for (const module of MODULES) {
    for (const action of ACTIONS) {
      const limit = holder.permissions[module][action];
      if (!scopeWithin(result[module][action], limit)) result[module][action] = limit;
    }
  }
  return result;
}
