import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, signUpOwner, uniqueEmail, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { WEAK_PASSWORD_MESSAGE } from './password-policy.js';

type Problem = { errors?: { field: string; message: string }[] };
const WEAK = ['          ', 'aaaaaaaaaa', '1234567890', 'password12'];

describe.each(testDialects())('password policy through the API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const post = (url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload });
  const expectWeak = (response: { statusCode: number; body: string }) => {
    expect(response.statusCode).toBe(400);
    expect((JSON.parse(response.body) as Problem).errors).toEqual([
      { field: 'password', message: WEAK_PASSWORD_MESSAGE },
    ]);
  };

  it('refuses common and trivial passwords at sign-up', async () => {
    for (const password of WEAK) {
      const body = { workspaceName: 'Acme', name: 'Ada', email: uniqueEmail('weak'), password };
      expectWeak(await post('/auth/sign-up', body));
    }
  });

  it('refuses them when a new person accepts an invitation, which then still works', async () => {
    const owner = await signUpOwner(t.app);
    const roles = (await owner.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
    const email = uniqueEmail('joiner');
    const { token } = (
      await owner.post('/invitations', { email, roleId: roles.find((r) => r.key === 'member')!.id })
    ).json<{ token: string }>();
    for (const password of [...WEAK, email.split('@')[0]!])
      expectWeak(await post('/auth/accept-invitation', { token, name: 'Jo Joiner', password }));
    expect(
      (await post('/auth/accept-invitation', { token, name: 'Jo Joiner', password: PASSWORD })).statusCode,
    ).toBe(201);
  });

  it("refuses a password made of the person's own name", async () => {
    const owner = await signUpOwner(t.app);
    const roles = (await owner.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
    const { token } = (
      await owner.post('/invitations', {
        email: uniqueEmail('h'),
        roleId: roles.find((r) => r.key === 'viewer')!.id,
      })
    ).json<{ token: string }>();
    expectWeak(
      await post('/auth/accept-invitation', { token, name: 'Halina Kowalczyk', password: 'halinakowalczyk' }),
    );
  });
});
