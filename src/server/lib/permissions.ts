import { forbidden } from './errors.js';

/**
 * Permissions read as a table: for each module, each action has a record scope.
 * `none` denies; `own` allows records the actor owns; `team` records owned by anyone in the actor's
 * teams; `all` every record in the workspace. Modules without records (admin, audit) use none/all.
 */
/** Record types' modules are their tables (see records/registry.ts; a test keeps the two in step). */
export const MODULES = [
  'people',
  'companies',
  'products',
  'deals',
  'pipelines',
  'activities',
  'price_lists',
  'quotes',
  'orders',
  'invoices',
  'views',
  'admin',
  'audit',
] as const;
export type Module = (typeof MODULES)[number];
export const ACTIONS = ['create', 'read', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];
export const SCOPES = ['none', 'own', 'team', 'all'] as const;
export type Scope = (typeof SCOPES)[number];
export type Permissions = Record<Module, Record<Action, Scope>>;

export const BUILT_IN_ROLES = ['owner', 'admin', 'manager', 'member', 'viewer'] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

const every = (scope: Scope): Record<Action, Scope> => ({
  create: scope,
  read: scope,
  update: scope,
  delete: scope,
});
const crm = (grant: Record<Action, Scope>) => ({
  people: grant,
  companies: grant,
  products: grant,
  deals: grant,
  activities: grant,
  price_lists: grant,
  quotes: grant,
  orders: grant,
  invoices: grant,
});
/** Pipelines are the workspace's sales process: admins shape them, every other role reads them. */
const readPipelines = { pipelines: { ...every('none'), read: 'all' } } as const;

export const builtInPermissions: Record<BuiltInRole, Permissions> = {
  owner: {
    ...crm(every('all')),
    pipelines: every('all'),
    views: every('all'),
    admin: every('all'),
    audit: every('all'),
  },
  admin: {
    ...crm(every('all')),
    pipelines: every('all'),
    views: every('all'),
    admin: every('all'),
    audit: every('all'),
  },
  // Views are personal settings: managers change only their own, like members (admins may change any).
  manager: {
    ...readPipelines,
    ...crm(every('all')),
    views: { create: 'all', read: 'all', update: 'own', delete: 'own' },
    admin: every('none'),
    audit: { ...every('none'), read: 'all' },
  },
  member: {
    ...readPipelines,
    ...crm({ create: 'all', read: 'all', update: 'own', delete: 'own' }),
    views: { create: 'all', read: 'all', update: 'own', delete: 'own' },
    admin: every('none'),
    audit: every('none'),
  },
  viewer: {
    ...readPipelines,
    ...crm({ ...every('none'), read: 'all' }),
    views: { create: 'all', read: 'all', update: 'own', delete: 'own' },
    admin: every('none'),
    audit: every('none'),
  },
};

/** Fills gaps in a stored permission set so a role saved before a module existed still works. */
export function normalizePermissions(
  value: Partial<Record<string, Partial<Record<string, string>>>>,
): Permissions {
  const result = {} as Permissions;
  for (const module of MODULES) {
    const stored = value[module] ?? {};
    result[module] = every('none');
    for (const action of ACTIONS) {
      const scope = stored[action];
      if (scope && (SCOPES as readonly string[]).includes(scope)) result[module][action] = scope as Scope;
    }
  }
  return result;
}

/** Who is acting: a signed-in user, or an API key acting with its role. */
export interface Actor {
  workspaceId: string;
  userId: string | null;
  apiKeyId: string | null;
  /** The role the actor acts under: the member's role, or the role an API key acts with. */
  roleId: string;
  roleKey: string | null;
  permissions: Permissions;
  /** Users sharing a team with the actor (including the actor); used for `team` scope. */
  teamUserIds: string[];
}

export const actorId = (actor: Actor) => actor.userId ?? actor.apiKeyId ?? 'system';

export function scopeFor(actor: Actor, module: Module, action: Action): Scope {
  return actor.permissions[module][action];
}

/** Throws unless the actor may do `action` on `module` at all; returns the scope to apply. */
export function authorize(actor: Actor, module: Module, action: Action): Scope {
  const scope = scopeFor(actor, module, action);
  if (scope === 'none') throw forbidden(`Your role may not ${action} ${module}`);
  return scope;
}

/** Whether a record with this owner falls inside the scope. */
export function inScope(actor: Actor, scope: Scope, ownerId: string | null): boolean {
  if (scope === 'all') return true;
  if (scope === 'none' || ownerId === null) return false;
  if (scope === 'own') return ownerId === actor.userId;
  return actor.teamUserIds.includes(ownerId);
}

/** Throws unless the actor may do `action` on this particular record. */
export function authorizeRecord(actor: Actor, module: Module, action: Action, ownerId: string | null): void {
  const scope = authorize(actor, module, action);
  if (!inScope(actor, scope, ownerId))
    throw forbidden(`Your role may ${action} only ${scope === 'own' ? 'your own' : "your team's"} ${module}`);
}

/** Owner ids a list query must be limited to, or null for no limit. */
export function ownerFilter(actor: Actor, scope: Scope): string[] | null {
  if (scope === 'all') return null;
  if (scope === 'own') return actor.userId ? [actor.userId] : [];
  return actor.teamUserIds;
}
