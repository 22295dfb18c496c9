import type { DbOrTrx } from '../../db/database.js';
import { conflict } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { BUILT_IN_ROLES, builtInPermissions } from '../../lib/permissions.js';
import { createApiKeyRecord } from '../auth/api-keys.repository.js';
import { createUserRecord, findUserByEmail } from '../auth/auth.repository.js';
import { insertMembership, insertRole, insertWorkspace } from './workspaces.repository.js';

export const ROLE_NAMES: Record<(typeof BUILT_IN_ROLES)[number], string> = {
  owner: 'Owner',
  admin: 'Admin',
  manager: 'Manager',
  member: 'Member',
  viewer: 'Viewer',
};

export interface NewWorkspace {
  name: string;
  ownerEmail: string;
  ownerPassword: string;
  ownerName?: string;
  locale?: string;
  currency?: string;
  withApiKey?: boolean;
}

/**
 * The writes of `createWorkspace` in the caller's transaction, with the owner's password already
 * hashed: a confirmed sign-up creates its workspace from the hash it kept since the form was sent.
 */
export async function createWorkspaceIn(
  trx: DbOrTrx,
  input: Omit<NewWorkspace, 'ownerPassword'>,
  passwordHash: string,
) {
  const email = input.ownerEmail.trim().toLowerCase();
  if (await findUserByEmail(trx, email)) throw conflict('email', 'an account with this email already exists');
  const now = nowIso();
  const workspaceId = uuidv7();
  await insertWorkspace(trx, {
    id: workspaceId,
    name: input.name.trim(),
    defaultCurrency: input.currency ?? 'EUR',
    defaultLocale: input.locale ?? 'en',
    now,
  });
  const roleIds = {} as Record<(typeof BUILT_IN_ROLES)[number], string>;
  for (const key of BUILT_IN_ROLES) {
    roleIds[key] = uuidv7();
    await insertRole(
      trx,
      workspaceId,
      { id: roleIds[key], key, name: ROLE_NAMES[key], permissions: builtInPermissions[key] },
      now,
    );
  }
  const userId = uuidv7();
  await createUserRecord(trx, {
    id: userId,
    email,
    name: input.ownerName?.trim() || email.split('@')[0]!,
    passwordHash,
    locale: input.locale ?? 'en',
    now,
  });
  await insertMembership(trx, workspaceId, userId, roleIds.owner, now);
  const apiKey = input.withApiKey
    ? (
        await createApiKeyRecord(trx, {
          workspaceId,
          name: 'Owner key',
          roleId: roleIds.owner,
          createdBy: userId,
          now,
        })
      ).key
    : null;
  return { workspaceId, userId, apiKey };
}
