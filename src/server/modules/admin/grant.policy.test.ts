import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  BUILT_IN_ROLES,
  builtInPermissions,
  MODULES,
  normalizePermissions,
  SCOPES,
  type Actor,
  type Permissions,
  type Scope,
} from '../../lib/permissions.js';
import {
  cellsBeyond,
  mayChangeMember,
  mayDefineRole,
  mayEditRole,
  mayGrantRole,
  mayRevokeKey,
  roleWithin,
  scopeWithin,
  type RoleRights,
} from './grant.policy.js';

const scope = fc.constantFrom(...SCOPES);
const matrix: fc.Arbitrary<Permissions> = fc.record(
  Object.fromEntries(
    MODULES.map((module) => [
      module,
      fc.record(Object.fromEntries(ACTIONS.map((action) => [action, scope])) as Record<string, typeof scope>),
    ]),
  ),
);
const roleKey = fc.constantFrom<string | null>(null, ...BUILT_IN_ROLES);
const role = fc.record({ key: roleKey, permissions: matrix });

const lower = (a: Scope, b: Scope) => (SCOPES.indexOf(a) <= SCOPES.indexOf(b) ? a : b);
/** Each cell of `permissions` reaching no further than the same cell of `cap`. */
function capped(permissions: Permissions, cap: Permissions): Permissions {
  const result = normalizePermissions({});
  for (const module of MODULES)
    for (const action of ACTIONS)
      result[module][action] = lower(permissions[module][action], cap[module][action]);
  return result;
}

function actorWith(key: string | null, permissions: Permissions, ids: Partial<Actor> = {}): Actor {
  return {
    workspaceId: 'w',
    userId: 'actor',
    apiKeyId: null,
    roleId: 'actor-role',
    roleKey: key,
    permissions,
    teamUserIds: [],
    ...ids,
  };
}
const builtIn = (key: (typeof BUILT_IN_ROLES)[number]): RoleRights => ({
  id: `${key}-role`,
  key,
  permissions: builtInPermissions[key],
});
const custom = (id: string, grants: Parameters<typeof normalizePermissions>[0]): RoleRights => ({
  id,
  key: null,
  permissions: normalizePermissions(grants),
});

describe('what is within whose rights', () => {
  it('orders scopes none < own < team < all', () => {
    expect(SCOPES.filter((s) => scopeWithin(s, 'team'))).toEqual(['none', 'own', 'team']);
    expect(scopeWithin('all', 'own')).toBe(false);
  });

  it('holds every role within itself', () => {
    fc.assert(fc.property(role, (r) => roleWithin(r, r)));
  });

  it('is transitive', () => {
    // Random triples rarely line up, so chains are built by capping: c ⊇ b ⊇ a.
    fc.assert(
      fc.property(matrix, matrix, matrix, roleKey, (c, bRaw, aRaw, key) => {
        const outer = { key, permissions: c };
        const middle = { key: key === 'owner' ? key : null, permissions: capped(bRaw, c) };
        const inner = { key: null, permissions: capped(aRaw, middle.permissions) };
        expect(roleWithin(inner, middle) && roleWithin(middle, outer)).toBe(true);
        expect(roleWithin(inner, outer)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(role, role, role, (a, b, c) => {
        if (roleWithin(a, b) && roleWithin(b, c)) expect(roleWithin(a, c)).toBe(true);
      }),
    );
  });

  it('holds a role with fewer scopes within one with more, and never the other way round', () => {
    fc.assert(
      fc.property(matrix, matrix, (more, anything) => {
        const fewer = capped(anything, more);
        expect(roleWithin({ key: null, permissions: fewer }, { key: null, permissions: more })).toBe(true);
        const lowered = MODULES.some((m) => ACTIONS.some((a) => fewer[m][a] !== more[m][a]));
        expect(roleWithin({ key: null, permissions: more }, { key: null, permissions: fewer })).toBe(
          !lowered,
        );
      }),
    );
  });

  it('names the cells that reach too far', () => {
    const onlyCreate = normalizePermissions({ admin: { create: 'all' } });
    expect(cellsBeyond(builtInPermissions.viewer, onlyCreate)).toEqual([
      'people.read',
      'companies.read',
      'products.read',
      'deals.read',
      'pipelines.read',
      'activities.read',
      'price_lists.read',
      'quotes.read',
      'orders.read',
      'invoices.read',
      'views.create',
      'views.read',
      'views.update',
      'views.delete',
    ]);
  });

  it('puts the owner role within no one but an owner, though admin has the same matrix', () => {
    const owner = { key: 'owner', permissions: builtInPermissions.owner };
    expect(roleWithin(owner, { key: 'admin', permissions: builtInPermissions.admin })).toBe(false);
    expect(roleWithin(owner, owner)).toBe(true);
    expect(roleWithin({ key: 'admin', permissions: builtInPermissions.admin }, owner)).toBe(true);
  });
});

describe('the grant rules', () => {
  const createOnly = custom('create-only', { admin: { create: 'all' } });
  const admin = actorWith('admin', builtInPermissions.admin);
  const creator = actorWith(null, createOnly.permissions, { roleId: createOnly.id });

  it('lets nobody grant a role beyond their rights, and the owner role only owners', () => {
    expect(mayGrantRole(creator, builtIn('admin'))).toMatchObject({ allowed: false });
    expect(mayGrantRole(creator, builtIn('viewer'))).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('people.read') as string,
    });
    expect(mayGrantRole(creator, createOnly)).toEqual({ allowed: true });
    expect(mayGrantRole(admin, builtIn('admin'))).toEqual({ allowed: true });
    expect(mayGrantRole(admin, builtIn('owner'))).toMatchObject({ allowed: false });
    expect(mayGrantRole(actorWith('owner', builtInPermissions.owner), builtIn('owner'))).toEqual({
      allowed: true,
    });
  });

  it('lets nobody change their own membership or someone above them', () => {
    const self = { userId: 'actor', role: builtIn('member') };
    expect(mayChangeMember(admin, self, null)).toMatchObject({ allowed: false });
    expect(mayChangeMember(admin, self, builtIn('viewer'))).toMatchObject({ allowed: false });
    expect(mayChangeMember(admin, { userId: 'o', role: builtIn('owner') }, null)).toMatchObject({
      allowed: false,
    });
    const lesser = actorWith(null, capped(builtInPermissions.admin, builtInPermissions.member));
    expect(mayChangeMember(lesser, { userId: 'm', role: builtIn('manager') }, null)).toMatchObject({
      allowed: false,
    });
    expect(mayChangeMember(admin, { userId: 'm', role: builtIn('member') }, builtIn('admin'))).toEqual({
      allowed: true,
    });
    // An API key has no membership of its own to protect.
    const ownerKey = actorWith('owner', builtInPermissions.owner, { userId: null, apiKeyId: 'k' });
    expect(mayChangeMember(ownerKey, { userId: 'o', role: builtIn('owner') }, builtIn('member'))).toEqual({
      allowed: true,
    });
  });

  it('lets nobody edit the role they act under, a role above them, or grant more than they hold', () => {
    const updater = custom('updater', { admin: { update: 'all' } });
    const updaterActor = actorWith(null, updater.permissions, { roleId: updater.id });
    expect(mayEditRole(updaterActor, updater, normalizePermissions({}))).toMatchObject({ allowed: false });
    expect(mayEditRole(updaterActor, custom('other', {}), builtInPermissions.owner)).toMatchObject({
      allowed: false,
    });
    expect(mayEditRole(updaterActor, custom('sales', { people: { read: 'all' } }), null)).toMatchObject({
      allowed: false,
    });
    expect(mayEditRole(updaterActor, custom('other', {}), updater.permissions)).toEqual({ allowed: true });
    expect(mayDefineRole(creator, builtInPermissions.admin)).toMatchObject({ allowed: false });
    expect(mayDefineRole(admin, builtInPermissions.manager)).toEqual({ allowed: true });
  });

  it("keeps owners' keys for owners to revoke", () => {
    expect(mayRevokeKey(admin, { roleKey: 'owner', createdByOwner: false })).toMatchObject({
      allowed: false,
    });
    expect(mayRevokeKey(admin, { roleKey: 'viewer', createdByOwner: true })).toMatchObject({
      allowed: false,
    });
    expect(mayRevokeKey(admin, { roleKey: 'admin', createdByOwner: false })).toEqual({ allowed: true });
    expect(
      mayRevokeKey(actorWith('owner', builtInPermissions.owner), { roleKey: 'owner', createdByOwner: true }),
    ).toEqual({ allowed: true });
  });

  it('agrees with roleWithin for every granted role and actor', () => {
    fc.assert(
      fc.property(role, role, (held, granted) => {
        const decision = mayGrantRole(actorWith(held.key, held.permissions), { id: 'g', ...granted });
        expect(decision.allowed).toBe(roleWithin(granted, held));
      }),
    );
  });
});
