import type { DbOrTrx } from '../../db/database.js';
import type { Member } from './members.schemas.js';

function selectMembers(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .innerJoin('roles', (join) =>
      join
        .onRef('roles.workspace_id', '=', 'memberships.workspace_id')
        .onRef('roles.id', '=', 'memberships.role_id'),
    )
    .select([
      'memberships.user_id',
      'users.email',
      'users.name',
      'memberships.role_id',
      'roles.key as role_key',
      'roles.name as role_name',
      'memberships.active',
      'memberships.created_at',
      'memberships.updated_at',
    ])
    .where('memberships.workspace_id', '=', workspaceId);
}

async function teamsByUser(db: DbOrTrx, workspaceId: string, userIds: string[]) {
  const byUser = new Map<string, { id: string; name: string }[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('team_members')
    .innerJoin('teams', (join) =>
      join
        .onRef('teams.workspace_id', '=', 'team_members.workspace_id')
        .onRef('teams.id', '=', 'team_members.team_id'),
    )
    .select(['team_members.user_id', 'teams.id', 'teams.name'])
    .where('team_members.workspace_id', '=', workspaceId)
    .where('team_members.user_id', 'in', userIds)
    .orderBy('teams.name')
    .execute();
  for (const row of rows)
    byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), { id: row.id, name: row.name }]);
  return byUser;
}

async function toMembers(
  db: DbOrTrx,
  workspaceId: string,
  rows: Awaited<ReturnType<ReturnType<typeof selectMembers>['execute']>>,
) {
  const teams = await teamsByUser(
    db,
    workspaceId,
    rows.map((row) => row.user_id),
  );
  return rows.map((row): Member => ({
    id: row.user_id,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    roleId: row.role_id,
    roleKey: row.role_key,
    roleName: row.role_name,
    active: Boolean(row.active),
    teams: teams.get(row.user_id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** Members of a workspace are few (people, not records), so the list is not paginated. */
export async function listMembers(db: DbOrTrx, workspaceId: string): Promise<Member[]> {
  const rows = await selectMembers(db, workspaceId)
    .orderBy('users.name')
    .orderBy('memberships.user_id')
    .execute();
  return toMembers(db, workspaceId, rows);
}

export async function findMember(
  db: DbOrTrx,
  workspaceId: string,
  userId: string,
): Promise<Member | undefined> {
  const rows = await selectMembers(db, workspaceId).where('memberships.user_id', '=', userId).execute();
  return (await toMembers(db, workspaceId, rows))[0];
}

export async function updateMembership(
  db: DbOrTrx,
  workspaceId: string,
  userId: string,
  patch: { roleId: string; active: boolean; updatedAt: string },
) {
  await db
    .updateTable('memberships')
    .set({ role_id: patch.roleId, active: patch.active ? 1 : 0, updated_at: patch.updatedAt })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .execute();
}

export async function countActiveOwners(db: DbOrTrx, workspaceId: string) {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('roles', (join) =>
      join
        .onRef('roles.workspace_id', '=', 'memberships.workspace_id')
        .onRef('roles.id', '=', 'memberships.role_id'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('memberships.workspace_id', '=', workspaceId)
    .where('roles.key', '=', 'owner')
    .where('memberships.active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The subset of `userIds` that are members of the workspace. */
export async function memberIdsAmong(db: DbOrTrx, workspaceId: string, userIds: string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', 'in', userIds)
    .execute();
  return new Set(rows.map((row) => row.user_id));
}
