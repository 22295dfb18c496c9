import {
  ACTIONS,
  MODULES,
  RECORDLESS_MODULES,
  SCOPES,
  type Action,
  type Module,
  type Permissions,
  type Scope,
} from './admin-types.js';

/** A matrix with nothing allowed: the starting point of a new role. */
export function emptyPermissions(): Permissions {
  const result = {} as Permissions;
  for (const module of MODULES) {
    result[module] = { create: 'none', read: 'none', update: 'none', delete: 'none' };
  }
  return result;
}

/** A copy of a stored matrix with every module and action present (missing ones are `none`). */
export function completePermissions(
  stored: Partial<Record<string, Partial<Record<string, string>>>>,
): Permissions {
  const result = emptyPermissions();
  for (const module of MODULES) {
    for (const action of ACTIONS) {
      const scope = stored[module]?.[action];
      if (scope && (SCOPES as readonly string[]).includes(scope)) result[module][action] = scope as Scope;
    }
  }
  return result;
}

/** The scopes a cell may take: modules without record owners have only none and all. */
export const scopesFor = (module: Module): readonly Scope[] =>
  RECORDLESS_MODULES.includes(module) ? ['none', 'all'] : SCOPES;

export function withScope(
  permissions: Permissions,
  module: Module,
  action: Action,
  scope: Scope,
): Permissions {
  return { ...permissions, [module]: { ...permissions[module], [action]: scope } };
}

export interface PermissionChange {
  module: Module;
  action: Action;
  before: Scope;
  after: Scope;
}

/** The cells that differ between two matrices, in table order (for the audit log). */
export function permissionChanges(before: unknown, after: unknown): PermissionChange[] {
  const asMatrix = (value: unknown) =>
    completePermissions(typeof value === 'object' && value !== null ? value : {});
  const a = asMatrix(before);
  const b = asMatrix(after);
  return MODULES.flatMap((module) =>
    ACTIONS.filter((action) => a[module][action] !== b[module][action]).map((action) => ({
      module,
      action,
      before: a[module][action],
      after: b[module][action],
    })),
  );
}
