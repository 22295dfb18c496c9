import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import type { DialectName } from '../db/database.js';
import { localFileStore } from '../files/local-file-store.js';
import type { JobDefinition } from '../jobs/jobs.js';
import { JobWorker } from '../jobs/worker.js';
import { forgetCachedActors } from '../modules/auth/actors.js';
import { createWorkspace } from '../modules/workspaces/workspaces.service.js';
import { openTestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  /** The app's own file store folder, removed on close. */
  filesDir: string;
  close: () => Promise<void>;
}

export async function createTestApp(
  dialect: DialectName,
  options: {
    rateLimitPerMinute?: number;
    maxFileBytes?: number;
    /** Job types a worker runs beside the app (as `rapport start` does), stopped on close. */
    jobs?: readonly JobDefinition[];
  } = {},
): Promise<TestApp> {
  const { db, close } = await openTestDatabase(dialect);
  const filesDir = mkdtempSync(join(tmpdir(), 'rapport-files-'));
  const app = await buildApp({
    db,
    webRoot: null,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
    files: {
      store: localFileStore(filesDir),
      ...(options.maxFileBytes && { maxBytes: options.maxFileBytes }),
    },
  });
  await app.ready();
  const worker = options.jobs
    ? new JobWorker(db, { definitions: options.jobs, pollMs: 50, files: app.files.store, log: app.log })
    : null;
  return {
    app,
    filesDir,
    close: async () => {
      await worker?.stop();
      await app.close();
      await close();
      rmSync(filesDir, { recursive: true, force: true });
      forgetCachedActors();
    },
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Calls the API as one signed-in person (cookie + CSRF header) or with an API key. */
export class Client {
  constructor(
    readonly app: FastifyInstance,
    readonly auth: { cookie?: string; csrfToken?: string; apiKey?: string },
    readonly info: { workspaceId: string; userId: string | null; email: string | null },
  ) {}

  request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const authHeaders: Record<string, string> = {};
    if (this.auth.apiKey) authHeaders.authorization = `Bearer ${this.auth.apiKey}`;
    if (this.auth.cookie) authHeaders.cookie = this.auth.cookie;
    if (this.auth.csrfToken) authHeaders['x-csrf-token'] = this.auth.csrfToken;
    return this.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...authHeaders, ...headers },
      ...(body !== undefined && { payload: body as object }),
    });
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export const uniqueEmail = (label = 'user') => `${label}.${randomBytes(5).toString('hex')}@example.com`;
export const PASSWORD = 'correct horse battery';

function sessionFrom(response: LightMyRequestResponse) {
  const cookie = response.cookies.find((c) => c.name === 'rapport_session');
  if (response.statusCode !== 201 || !cookie)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{
    csrfToken: string;
    workspace: { id: string };
    user: { id: string; email: string };
  }>();
  return { cookie: `rapport_session=${cookie.value}`, csrfToken: body.csrfToken, body };
}

/**
 * A fresh workspace with its owner signed in; every test gets its own. The workspace is made by the
 * workspace service (sign-up itself emails a link once an instance has users) and the owner signs in
 * through the real sign-in endpoint. `overrides` may set workspaceName, name, email, password, locale.
 */
export async function signUpOwner(
  app: FastifyInstance,
  overrides: Record<string, unknown> = {},
): Promise<Client> {
  const text = (key: string, fallback: string) => {
    const value = overrides[key];
    return typeof value === 'string' ? value : fallback;
  };
  const email = text('email', uniqueEmail('owner'));
  const password = text('password', PASSWORD);
  await createWorkspace(app.db, {
    name: text('workspaceName', 'Acme'),
    ownerEmail: email,
    ownerPassword: password,
    ownerName: text('name', 'Olga Owner'),
    locale: text('locale', 'en'),
  });
  return signIn(app, email, password);
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
  });
  const { cookie, csrfToken, body } = sessionFrom(response);
  return new Client(
    app,
    { cookie, csrfToken },
    { workspaceId: body.workspace.id, userId: body.user.id, email: body.user.email },
  );
}

/** Invites a new person with the given built-in role and returns them signed in. */
export async function addMember(owner: Client, roleKey: string): Promise<Client> {
  const roles = (await owner.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
  const role = roles.find((r) => r.key === roleKey);
  if (!role) throw new Error(`no role ${roleKey}`);
  return addWithRole(owner, role.id, roleKey);
}

/** Invites a new person with any role (custom ones included) and returns them signed in. */
export async function addWithRole(owner: Client, roleId: string, label = 'custom'): Promise<Client> {
  const email = uniqueEmail(label);
  const invitation = await owner.post('/invitations', { email, roleId });
  if (invitation.statusCode !== 201) throw new Error(`invite failed: ${invitation.body}`);
  const { token } = invitation.json<{ token: string }>();
  const response = await owner.app.inject({
    method: 'POST',
    url: '/api/v1/auth/accept-invitation',
    payload: { token, name: `${label} person`, password: PASSWORD },
  });
  const { cookie, csrfToken, body } = sessionFrom(response);
  return new Client(
    owner.app,
    { cookie, csrfToken },
    { workspaceId: body.workspace.id, userId: body.user.id, email },
  );
}

/** An API-key client for the owner's workspace with the given role. */
export async function apiKeyClient(owner: Client, roleKey = 'owner'): Promise<Client> {
  const roles = (await owner.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
  const role = roles.find((r) => r.key === roleKey)!;
  const created = await owner.post('/api-keys', { name: `${roleKey} key`, roleId: role.id });
  if (created.statusCode !== 201) throw new Error(`api key failed: ${created.body}`);
  return new Client(
    owner.app,
    { apiKey: created.json<{ key: string }>().key },
    { ...owner.info, userId: null },
  );
}

/**
 * Every record of a list, following `nextCursor` page by page; `path` carries the query string
 * (`/people?sort=lastName&limit=2`). Throws on any answer but 200.
 */
export async function allPages<Row>(client: Client, path: string): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(`${path}${cursor ? `&cursor=${cursor}` : ''}`);
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
    const page = response.json<{ data: Row[]; nextCursor: string | null }>();
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
