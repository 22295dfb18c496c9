import type { Db } from '../../db/database.js';
import { hashPassword } from '../auth/passwords.js';
import { createWorkspaceIn, type NewWorkspace } from './workspaces.setup.js';

/** Creates a workspace with the built-in roles, its owner and, on request, an owner API key. One transaction. */
export async function createWorkspace(db: Db, input: NewWorkspace) {
  const passwordHash = await hashPassword(input.ownerPassword, {
    email: input.ownerEmail,
    name: input.ownerName,
  });
  return db.transaction().execute((trx) => createWorkspaceIn(trx, input, passwordHash));
}
