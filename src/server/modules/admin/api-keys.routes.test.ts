import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  apiKeyClient,
  Client,
  createTestApp,
  signUpOwner,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface ApiKeyBody {
  id: string;
  name: string;
  prefix: string;
  roleId: string;
  revokedAt: string | null;
  key?: string;
}
type Problem = { errors?: { field: string }[] };

const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];
const keysOf = async (client: Client) => (await client.get('/api-keys')).json<{ data: ApiKeyBody[] }>().data;
async function roleId(client: Client, key: string) {
  const roles = (await client.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
  return roles.find((r) => r.key === key)!.id;
}
const bearer = (owner: Client, key: string) =>
  new Client(owner.app, { apiKey: key }, { ...owner.info, userId: null });

describe.each(testDialects())('API keys on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('creates a key shown once and stored hashed, which then acts with its role until revoked', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.post('/api-keys', { name: 'Zapier', roleId: await roleId(owner, 'manager') });
    expect(created.statusCode).toBe(201);
    const body = created.json<ApiKeyBody>();
    expect(body.key).toMatch(/^rpk_/);
    expect(body.prefix).toBe(body.key!.slice(0, 10));

    const rows = await t.app.db
      .selectFrom('api_keys')
      .selectAll()
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(body.key!);
    expect(JSON.stringify(rows)).not.toContain(body.key!.slice(10));
    expect(JSON.stringify(await keysOf(owner))).not.toContain(body.key!);

    const client = bearer(owner, body.key!);
    const company = await client.post('/companies', { name: 'Made by key' });
    expect(company.statusCode).toBe(201);
    expect(company.json<{ ownerId: string | null }>().ownerId).toBeNull();
    expect((await client.get('/api-keys')).statusCode).toBe(403);

    expect((await owner.delete(`/api-keys/${body.id}`)).statusCode).toBe(204);
    const revoked = await client.get('/companies');
    expect(revoked.statusCode).toBe(401);
    expect(revoked.headers['content-type']).toContain('application/problem+json');
    expect((await keysOf(owner))[0]!.revokedAt).not.toBeNull();
    expect((await owner.delete(`/api-keys/${body.id}`)).statusCode).toBe(204);
    const audit = (await owner.get(`/audit-log?entityType=api_key&entityId=${body.id}`)).json<{
      data: { action: string; changes: object }[];
    }>().data;
    expect(audit.map((a) => a.action)).toEqual(['delete', 'create']);
    expect(JSON.stringify(audit)).not.toContain(body.key!);
  });

  it('gives a viewer-role key only read access', async () => {
    const owner = await signUpOwner(t.app);
    await owner.post('/companies', { name: 'Readable' });
    const viewerKey = await apiKeyClient(owner, 'viewer');
    expect((await viewerKey.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(1);
    expect((await viewerKey.post('/companies', { name: 'Nope' })).statusCode).toBe(403);
  });

  it('rejects bad input, owner keys made by admins and non-admins', async () => {
    const owner = await signUpOwner(t.app);
    for (const [body, field] of [
      [{ roleId: await roleId(owner, 'viewer') }, 'name'],
      [{ name: 'x' }, 'roleId'],
      [{ name: 'x', roleId: 'viewer' }, 'roleId'],
      [{ name: 'x', roleId: '0190f0f0-0000-7000-8000-000000000000' }, 'roleId'],
    ] as const) {
      const response = await owner.post('/api-keys', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body)).toContain(field);
    }
    const admin = await addMember(owner, 'admin');
    expect(
      (await admin.post('/api-keys', { name: 'Escalate', roleId: await roleId(owner, 'owner') })).statusCode,
    ).toBe(403);
    expect(
      (await admin.post('/api-keys', { name: 'Fine', roleId: await roleId(owner, 'admin') })).statusCode,
    ).toBe(201);
    const member = await addMember(owner, 'member');
    expect(
      (await member.post('/api-keys', { name: 'x', roleId: await roleId(owner, 'member') })).statusCode,
    ).toBe(403);
    expect((await member.delete(`/api-keys/${(await keysOf(owner))[0]!.id}`)).statusCode).toBe(403);
    expect((await keysOf(owner)).map((k) => k.name)).toEqual(['Fine']);
  });

  it('keeps workspaces apart', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const aKey = await apiKeyClient(a, 'owner');
    const [key] = await keysOf(a);
    expect(await keysOf(b)).toEqual([]);
    expect((await b.delete(`/api-keys/${key!.id}`)).statusCode).toBe(404);
    expect((await aKey.get('/companies')).statusCode).toBe(200);
    await b.post('/companies', { name: 'B only' });
    expect((await aKey.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(0);
  });
});

describe.each(testDialects())('rate limiting on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { rateLimitPerMinute: 5 });
  });
  afterAll(async () => t.close());

  it('limits each API key separately and answers 429 problem+json with rate-limit headers', async () => {
    const owner = await signUpOwner(t.app);
    const first = await apiKeyClient(owner, 'viewer');
    const second = await apiKeyClient(owner, 'viewer');
    for (let i = 1; i <= 5; i++) {
      const response = await first.get('/companies');
      expect(response.statusCode).toBe(200);
      expect(response.headers['ratelimit-limit']).toBe('5');
      expect(response.headers['ratelimit-remaining']).toBe(String(5 - i));
      expect(Number(response.headers['ratelimit-reset'])).toBeGreaterThan(0);
    }
    const limited = await first.get('/companies');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ status: 429, title: 'Too many requests' });
    expect(limited.headers['ratelimit-remaining']).toBe('0');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    const other = await second.get('/companies');
    expect(other.statusCode).toBe(200);
    expect(other.headers['ratelimit-remaining']).toBe('4');
  });
});
