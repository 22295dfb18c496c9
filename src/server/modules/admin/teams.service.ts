import type { Db, DbOrTrx } from '../../db/database.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { forgetCachedActors } from '../auth/actors.js';
import { lockWorkspace } from '../workspaces/workspaces.repository.js';
import { memberIdsAmong } from './members.repository.js';
import {
  deleteTeamRow,
  findTeam,
  insertTeam,
  listTeams,
  replaceTeamMembers,
  updateTeamRow,
} from './teams.repository.js';
import type { Team, TeamCreate } from './teams.schemas.js';

const ENTITY = 'team';

/** Everyone signed in may see the teams: they decide what `team` scope shows each person. */
export const getTeams = (db: Db, actor: Actor) => listTeams(db, actor.workspaceId);

async function checkNameFree(db: DbOrTrx, workspaceId: string, name: string, exceptId?: string) {
  const folded = name.toLocaleLowerCase();
  const teams = await listTeams(db, workspaceId);
  if (teams.some((team) => team.id !== exceptId && team.name.toLocaleLowerCase() === folded)) {
    throw conflict('name', 'a team with this name already exists');
  }
}

/** De-duplicates and checks every id belongs to a member of this workspace, naming the first stranger. */
async function checkMembers(db: DbOrTrx, workspaceId: string, field: string, userIds: string[]) {
  const unique = [...new Set(userIds)].sort();
  const members = await memberIdsAmong(db, workspaceId, unique);
  const stranger = userIds.findIndex((id) => !members.has(id));
  if (stranger >= 0) throw invalid(`${field}.${stranger}`, 'is not a member of this workspace');
  return unique;
}

async function loadTeam(db: DbOrTrx, actor: Actor, id: string) {
  const team = await findTeam(db, actor.workspaceId, id);
  if (!team) throw notFound('Team');
  return team;
}

export async function createTeam(db: Db, actor: Actor, input: TeamCreate): Promise<Team> {
  authorize(actor, 'admin', 'create');
  await checkNameFree(db, actor.workspaceId, input.name);
  const memberIds = await checkMembers(db, actor.workspaceId, 'memberIds', input.memberIds ?? []);
  const now = nowIso();
  const team: Team = { id: uuidv7(), name: input.name, memberIds, createdAt: now, updatedAt: now };
  await db.transaction().execute(async (trx) => {
    await insertTeam(trx, actor.workspaceId, team);
    await replaceTeamMembers(trx, actor.workspaceId, team.id, memberIds);
    await recordAudit(trx, actor, ENTITY, team.id, 'create', diffRecords(null, team));
  });
  forgetCachedActors();
  return team;
}

export async function renameTeam(db: Db, actor: Actor, id: string, name: string): Promise<Team> {
  authorize(actor, 'admin', 'update');
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const before = await loadTeam(trx, actor, id);
    if (name === before.name) return before;
    await checkNameFree(trx, actor.workspaceId, name, id);
    const after = { ...before, name, updatedAt: nowIso() };
    await updateTeamRow(trx, actor.workspaceId, after);
    await recordAudit(trx, actor, ENTITY, id, 'update', diffRecords(before, after));
    return after;
  });
}

/** Replaces the team's members; `team` record scope follows at once on this node. */
export async function setTeamMembers(db: Db, actor: Actor, id: string, userIds: string[]): Promise<Team> {
  authorize(actor, 'admin', 'update');
  const after = await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const before = await loadTeam(trx, actor, id);
    const memberIds = await checkMembers(trx, actor.workspaceId, 'userIds', userIds);
    const after = { ...before, memberIds, updatedAt: nowIso() };
    const changes = diffRecords(before, after);
    if (Object.keys(changes).length === 0) return before;
    await replaceTeamMembers(trx, actor.workspaceId, id, memberIds);
    await updateTeamRow(trx, actor.workspaceId, after);
    await recordAudit(trx, actor, ENTITY, id, 'update', changes);
    return after;
  });
  forgetCachedActors();
  return after;
}

export async function deleteTeam(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'admin', 'delete');
  await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const before = await loadTeam(trx, actor, id);
    await deleteTeamRow(trx, actor.workspaceId, id);
    await recordAudit(trx, actor, ENTITY, id, 'delete', diffRecords(before, null));
  });
  forgetCachedActors();
}
