import type { DbOrTrx } from '../../db/database.js';
import type { Team } from './teams.schemas.js';

async function memberIdsByTeam(db: DbOrTrx, workspaceId: string, teamId?: string) {
  let query = db
    .selectFrom('team_members')
    .select(['team_id', 'user_id'])
    .where('workspace_id', '=', workspaceId);
  if (teamId) query = query.where('team_id', '=', teamId);
  const byTeam = new Map<string, string[]>();
  for (const row of await query.orderBy('user_id').execute()) {
    byTeam.set(row.team_id, [...(byTeam.get(row.team_id) ?? []), row.user_id]);
  }
  return byTeam;
}

/** Teams are few per workspace, so the list is not paginated. */
export async function listTeams(db: DbOrTrx, workspaceId: string): Promise<Team[]> {
  const rows = await db
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const members = await memberIdsByTeam(db, workspaceId);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    memberIds: members.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export async function findTeam(db: DbOrTrx, workspaceId: string, id: string): Promise<Team | undefined> {
  const row = await db
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const members = await memberIdsByTeam(db, workspaceId, id);
  return {
    id: row.id,
    name: row.name,
    memberIds: members.get(id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertTeam(db: DbOrTrx, workspaceId: string, team: Team) {
  await db
    .insertInto('teams')
    .values({
      workspace_id: workspaceId,
      id: team.id,
      name: team.name,
      created_at: team.createdAt,
      updated_at: team.updatedAt,
    })
    .execute();
}

export async function updateTeamRow(db: DbOrTrx, workspaceId: string, team: Team) {
  await db
    .updateTable('teams')
    .set({ name: team.name, updated_at: team.updatedAt })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', team.id)
    .execute();
}

/** Team memberships go with the team (ON DELETE CASCADE). */
export async function deleteTeamRow(db: DbOrTrx, workspaceId: string, id: string) {
  await db.deleteFrom('teams').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function replaceTeamMembers(
  db: DbOrTrx,
  workspaceId: string,
  teamId: string,
  userIds: string[],
) {
  await db
    .deleteFrom('team_members')
    .where('workspace_id', '=', workspaceId)
    .where('team_id', '=', teamId)
    .execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('team_members')
    .values(userIds.map((userId) => ({ workspace_id: workspaceId, team_id: teamId, user_id: userId })))
    .execute();
}
