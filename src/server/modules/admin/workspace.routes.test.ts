import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Problem = { errors?: { field: string }[] };
const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];

describe.each(testDialects())('workspace settings on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('reads settings for everyone and lets admins change them, with an audit entry', async () => {
    const owner = await signUpOwner(t.app, { workspaceName: 'Acme', locale: 'sk' });
    const viewer = await addMember(owner, 'viewer');
    expect((await viewer.get('/workspace')).json()).toMatchObject({
      id: owner.info.workspaceId,
      name: 'Acme',
      defaultCurrency: 'EUR',
      defaultLocale: 'sk',
    });
    const admin = await addMember(owner, 'admin');
    const changed = await admin.patch('/workspace', {
      name: 'Акме ООД',
      defaultCurrency: 'BGN',
      defaultLocale: 'bg',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Акме ООД', defaultCurrency: 'BGN', defaultLocale: 'bg' });
    expect((await viewer.get('/workspace')).json()).toMatchObject({ name: 'Акме ООД' });
    expect((await owner.get('/auth/session')).json()).toMatchObject({
      workspace: { name: 'Акме ООД', defaultCurrency: 'BGN' },
    });
    const audit = (
      await owner.get(`/audit-log?entityType=workspace&entityId=${owner.info.workspaceId}`)
    ).json<{ data: { changes: object }[] }>().data;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toEqual({
      name: { before: 'Acme', after: 'Акме ООД' },
      defaultCurrency: { before: 'EUR', after: 'BGN' },
      defaultLocale: { before: 'sk', after: 'bg' },
    });
  });

  it('rejects bad input and non-admins, and keeps workspaces apart', async () => {
    const a = await signUpOwner(t.app, { workspaceName: 'A' });
    const b = await signUpOwner(t.app, { workspaceName: 'B' });
    for (const [body, field] of [
      [{ name: '' }, 'name'],
      [{ defaultCurrency: 'euro' }, 'defaultCurrency'],
      [{ defaultCurrency: 'XYZ' }, 'defaultCurrency'],
      [{ defaultLocale: 'de' }, 'defaultLocale'],
    ] as const) {
      const response = await a.patch('/workspace', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body)).toContain(field);
    }
    for (const roleKey of ['manager', 'member', 'viewer']) {
      expect((await (await addMember(a, roleKey)).patch('/workspace', { name: 'Taken' })).statusCode).toBe(
        403,
      );
    }
    await b.patch('/workspace', { name: 'B renamed' });
    expect((await a.get('/workspace')).json()).toMatchObject({ name: 'A', defaultCurrency: 'EUR' });
    expect((await b.get('/workspace')).json()).toMatchObject({ id: b.info.workspaceId, name: 'B renamed' });
  });
});
