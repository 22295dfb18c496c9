import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { AppError } from '../server/lib/errors.js';
import { isGuessablePassword, WEAK_PASSWORD_MESSAGE } from '../server/modules/auth/password-policy.js';
import { createWorkspace } from '../server/modules/workspaces/workspaces.service.js';
import { CliError, printResult } from './cli-error.js';

export async function workspaceCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'create')
    throw new CliError(
      'usage: rapport workspace create --name N --owner-email E --owner-password P [--json]',
    );
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      'owner-email': { type: 'string' },
      'owner-password': { type: 'string' },
      'owner-name': { type: 'string' },
      locale: { type: 'string' },
      currency: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const name = values.name?.trim();
  const email = values['owner-email']?.trim();
  const password = values['owner-password'];
  if (!name) throw new CliError('--name is required');
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new CliError('--owner-email must be an email address');
  if (!password || password.length < 10)
    throw new CliError('--owner-password must be at least 10 characters');
  if (await isGuessablePassword(password, { email, name: values['owner-name'] }))
    throw new CliError(`--owner-password ${WEAK_PASSWORD_MESSAGE}`);
  if (values.currency && !/^[A-Z]{3}$/.test(values.currency))
    throw new CliError('--currency must be an ISO 4217 code such as EUR');

  const db = openDatabase();
  try {
    await migrateToLatest(db);
    const result = await createWorkspace(db, {
      name,
      ownerEmail: email,
      ownerPassword: password,
      ownerName: values['owner-name'],
      locale: values.locale,
      currency: values.currency,
      withApiKey: true,
    });
    printResult(
      result,
      Boolean(values.json),
      () => `workspace ${result.workspaceId} created; owner ${result.userId}; API key ${result.apiKey}`,
    );
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.destroy();
  }
}
