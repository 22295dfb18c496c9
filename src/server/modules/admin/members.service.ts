import type { Db } from '../../db/database.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { forgetCachedActors } from '../auth/actors.js';
import { findRole, lockWorkspace } from '../workspaces/workspaces.repository.js';
import { ensure, mayChangeMember } from './grant.policy.js';
import { countActiveOwners, findMember, listMembers, updateMembership } from './members.repository.js';
import type { Member, MemberUpdate } from './members.schemas.js';

const ENTITY = 'member';

/** Everyone signed in may see who works in the workspace (to assign owners, mention colleagues). */
export const getMembers = (db: Db, actor: Actor) => listMembers(db, actor.workspaceId);

/**
 * Changes a member's role or deactivates/reactivates them. Who may change whom is `mayChangeMember`
 * (never yourself, never someone above you, never to a role beyond your rights); the workspace
 * always keeps at least one active owner.
 */
export async function updateMember(
  db: Db,
  actor: Actor,
  userId: string,
  patch: MemberUpdate,
): Promise<Member> {
  authorize(actor, 'admin', 'update');
  const after = await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const before = await findMember(trx, actor.workspaceId, userId);
    if (!before) throw notFound('Member');
    const role = patch.roleId ? await findRole(trx, actor.workspaceId, patch.roleId) : null;
    if (patch.roleId && !role) throw invalid('roleId', 'no such role in this workspace');
    const currentRole = (await findRole(trx, actor.workspaceId, before.roleId))!;
    ensure(mayChangeMember(actor, { userId, role: currentRole }, role ?? null));
    const roleId = role?.id ?? before.roleId;
    const active = patch.active ?? before.active;
    if (roleId === before.roleId && active === before.active) return before;

    const updatedAt = nowIso();
    await updateMembership(trx, actor.workspaceId, userId, { roleId, active, updatedAt });
    if ((await countActiveOwners(trx, actor.workspaceId)) === 0) {
      throw conflict(
        roleId !== before.roleId ? 'roleId' : 'active',
        'the workspace must keep at least one active owner',
      );
    }
    await recordAudit(
      trx,
      actor,
      ENTITY,
      userId,
      'update',
      diffRecords({ roleId: before.roleId, active: before.active }, { roleId, active }),
    );
    return (await findMember(trx, actor.workspaceId, userId))!;
  });
  // A new role or a deactivation applies to the member's very next request on this node.
  forgetCachedActors();
  return after;
}
