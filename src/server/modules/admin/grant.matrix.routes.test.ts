import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Permissions } from '../../lib/permissions.js';
import {
  addWithRole,
  createTestApp,
  signUpOwner,
  uniqueEmail,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

/**
 * Every actor against every role it might hand out, through the HTTP API: who may mint keys, invite,
 * change members and edit roles with which role. The expectations are written out by hand below,
 * so the table checks the grant policy rather than repeating it.
 */

const ROLE_NAMES = [
  'owner',
  'admin',
  'manager',
  'member',
  'viewer',
  'createOnly',
  'updateOnly',
  'lesserAdmin',
] as const;
type RoleName = (typeof ROLE_NAMES)[number];
const BUILT_IN: RoleName[] = ['owner', 'admin', 'manager', 'member', 'viewer'];

const own = { create: 'all', read: 'all', update: 'own', delete: 'own' };
const all = { create: 'all', read: 'all', update: 'all', delete: 'all' };
const CUSTOM_GRANTS: Partial<Record<RoleName, object>> = {
  createOnly: { admin: { create: 'all' } },
  updateOnly: { admin: { update: 'all' } },
  // Every admin action, but a member's reach in the CRM and no audit log.
  lesserAdmin: {
    ...Object.fromEntries(
      [
        'people',
        'companies',
        'products',
        'deals',
        'activities',
        'price_lists',
        'quotes',
        'orders',
        'invoices',
      ].map((module) => [module, own]),
    ),
    pipelines: { read: 'all' },
    views: own,
    admin: all,
  },
};

/** Which roles fall within each role's rights (every cell ≤, the owner role only for owners). */
const WITHIN: Record<RoleName, RoleName[]> = {
  owner: [...ROLE_NAMES],
  admin: ROLE_NAMES.filter((name) => name !== 'owner'),
  manager: ['manager', 'member', 'viewer'],
  member: ['member', 'viewer'],
  viewer: ['viewer'],
  createOnly: ['createOnly'],
  updateOnly: ['updateOnly'],
  lesserAdmin: ['member', 'viewer', 'createOnly', 'updateOnly', 'lesserAdmin'],
};
/** The admin actions each role holds at all. */
const ADMIN_ACTIONS: Record<RoleName, ('create' | 'update' | 'delete')[]> = {
  owner: ['create', 'update', 'delete'],
  admin: ['create', 'update', 'delete'],
  manager: [],
  member: [],
  viewer: [],
  createOnly: ['create'],
  updateOnly: ['update'],
  lesserAdmin: ['create', 'update', 'delete'],
};

interface World {
  owner: Client;
  /** A second admin, who makes the one key here that was not made by an owner. */
  colleague: Client;
  roleIds: Record<RoleName, string>;
  permissions: Record<RoleName, Permissions>;
  noAccessRoleId: string;
}

async function buildWorld(app: TestApp['app']): Promise<World> {
  const owner = await signUpOwner(app);
  for (const [name, permissions] of Object.entries(CUSTOM_GRANTS)) {
    const created = await owner.post('/roles', { name, permissions });
    if (created.statusCode !== 201) throw new Error(`role ${name}: ${created.body}`);
  }
  const noAccess = (await owner.post('/roles', { name: 'No access', permissions: {} })).json<{
    id: string;
  }>();
  const roles = (await owner.get('/roles')).json<{
    data: { id: string; key: string | null; name: string; permissions: Permissions }[];
  }>().data;
  const byName = (name: RoleName) => roles.find((r) => (BUILT_IN.includes(name) ? r.key : r.name) === name)!;
  const roleIds = Object.fromEntries(ROLE_NAMES.map((n) => [n, byName(n).id])) as World['roleIds'];
  const permissions = Object.fromEntries(ROLE_NAMES.map((n) => [n, byName(n).permissions]));
  const colleague = await addWithRole(owner, roleIds.admin, 'colleague');
  return {
    owner,
    colleague,
    roleIds,
    permissions: permissions as World['permissions'],
    noAccessRoleId: noAccess.id,
  };
}

/** Everything the admin endpoints could have written, as the owner sees it. */
async function snapshot(owner: Client) {
  const lists = await Promise.all(
    ['/api-keys', '/invitations', '/members', '/roles', '/audit-log?limit=5'].map(async (url) =>
      (await owner.get(url)).json<unknown>(),
    ),
  );
  return JSON.stringify(lists);
}

interface Cell {
  action: string;
  target: RoleName | '—';
  expected: number;
  got: number;
  problem?: string;
}

/** Runs one cell; a refusal must be 403 problem+json and leave everything as it was. */
async function cell(
  world: World,
  cells: Cell[],
  action: string,
  target: RoleName | '—',
  expected: number,
  run: () => Promise<LightMyRequestResponse>,
) {
  const before = expected === 403 ? await snapshot(world.owner) : null;
  const response = await run();
  const entry: Cell = { action, target, expected, got: response.statusCode };
  if (response.statusCode === 403) {
    if (!String(response.headers['content-type']).includes('application/problem+json'))
      entry.problem = 'not problem+json';
    else if (before !== null && before !== (await snapshot(world.owner))) entry.problem = 'wrote on refusal';
  }
  cells.push(entry);
}

async function actorFor(world: World, name: RoleName): Promise<Client> {
  return name === 'owner' ? world.owner : addWithRole(world.owner, world.roleIds[name], name);
}

describe.each(testDialects())('grant matrix on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it.each(ROLE_NAMES)('%s grants, assigns and edits only within its own rights', async (actorName) => {
    const world = await buildWorld(t.app);
    const { owner, roleIds } = world;
    const actor = await actorFor(world, actorName);
    const victim = await addWithRole(owner, world.noAccessRoleId, 'victim');
    const victimUrl = `/members/${victim.info.userId}`;
    const scratch = (await owner.post('/roles', { name: 'Scratch', permissions: {} })).json<{ id: string }>();
    const holds = (action: 'create' | 'update' | 'delete') => ADMIN_ACTIONS[actorName].includes(action);
    const within = (target: RoleName) => WITHIN[actorName].includes(target);
    const ok = (success: number, allowed: boolean) => (allowed ? success : 403);
    const cells: Cell[] = [];
    const run = (
      action: string,
      target: RoleName | '—',
      expected: number,
      call: () => Promise<LightMyRequestResponse>,
    ) => cell(world, cells, action, target, expected, call);

    for (const target of ROLE_NAMES) {
      const roleId = roleIds[target];
      const grantable = within(target);
      await run('create API key with role', target, ok(201, holds('create') && grantable), () =>
        actor.post('/api-keys', { name: `key ${target}`, roleId }),
      );
      await run('invite with role', target, ok(201, holds('create') && grantable), () =>
        actor.post('/invitations', { email: uniqueEmail(target), roleId }),
      );

      await run('change another member to role', target, ok(200, holds('update') && grantable), () =>
        actor.patch(victimUrl, { roleId }),
      );
      await owner.patch(victimUrl, { roleId: world.noAccessRoleId });

      await owner.patch(victimUrl, { roleId });
      await run('deactivate a member holding role', target, ok(200, holds('update') && grantable), () =>
        actor.patch(victimUrl, { active: false }),
      );
      await owner.patch(victimUrl, { roleId: world.noAccessRoleId, active: true });

      await run('change own role to role', target, 403, () =>
        actor.patch(`/members/${actor.info.userId}`, { roleId }),
      );

      // A custom role copies the matrix only, so the owner's matrix counts as the admin's here.
      const sameMatrix = target === 'owner' ? 'admin' : target;
      await run(
        'create a role with the permissions of',
        target,
        ok(201, holds('create') && within(sameMatrix)),
        () =>
          actor.post('/roles', {
            name: `${actorName} copies ${target}`,
            permissions: world.permissions[target],
          }),
      );
      await run(
        'edit a role to the permissions of',
        target,
        ok(200, holds('update') && within(sameMatrix)),
        () => actor.patch(`/roles/${scratch.id}`, { permissions: world.permissions[target] }),
      );
      await owner.patch(`/roles/${scratch.id}`, { permissions: {} });
    }

    await run('deactivate self', '—', 403, () =>
      actor.patch(`/members/${actor.info.userId}`, { active: false }),
    );
    const ownRole = roleIds[actorName];
    await run('edit own role to grant everything', '—', 403, () =>
      actor.patch(`/roles/${ownRole}`, { permissions: world.permissions.owner }),
    );
    await run('delete own role', '—', 403, () => actor.delete(`/roles/${ownRole}`));

    const keyMadeBy = async (maker: Client, role: RoleName) =>
      (await maker.post('/api-keys', { name: `by ${role}`, roleId: roleIds[role] })).json<{ id: string }>()
        .id;
    const ownerRoleKey = await keyMadeBy(owner, 'owner');
    const ownersViewerKey = await keyMadeBy(owner, 'viewer');
    const colleaguesKey = await keyMadeBy(world.colleague, 'viewer');
    const isOwner = actorName === 'owner';
    await run('revoke a key acting as owner', 'owner', ok(204, isOwner), () =>
      actor.delete(`/api-keys/${ownerRoleKey}`),
    );
    await run('revoke a key made by an owner', 'viewer', ok(204, isOwner), () =>
      actor.delete(`/api-keys/${ownersViewerKey}`),
    );
    await run("revoke an admin's key", 'viewer', ok(204, holds('delete')), () =>
      actor.delete(`/api-keys/${colleaguesKey}`),
    );

    expect(cells.length).toBe(ROLE_NAMES.length * 7 + 6);
    const wrong = cells.filter((c) => c.got !== c.expected || c.problem);
    expect(wrong).toEqual([]);
  });
});
