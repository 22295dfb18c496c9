import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWithRole, createTestApp, signUpOwner, type Client, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';

interface Duplicate {
  id: string;
  name: string;
  matches: string[];
}

describe.each(testDialects())('duplicates of people and companies on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const created = async (client: Client, path: string, body: object) => {
    const response = await client.post(path, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>();
  };
  const duplicates = async (client: Client, path: string, body: object) => {
    const response = await client.post(`${path}/duplicates`, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ data: Duplicate[] }>().data;
  };

  it('finds a person by any of their emails or phone numbers, written another way', async () => {
    const owner = await signUpOwner(t.app);
    const jan = await created(owner, '/people', {
      firstName: 'Jan',
      lastName: 'Novák',
      emails: [{ email: 'jan.novak@example.com' }, { email: 'jan@home.example' }],
      phones: [{ number: '+420 601 123 456' }],
    });
    await created(owner, '/people', { firstName: 'Jana', emails: [{ email: 'jana.novak@example.com' }] });

    expect(
      await duplicates(owner, '/people', { values: { emails: [{ email: 'JAN@home.example' }] } }),
    ).toEqual([{ id: jan.id, name: 'Jan Novák', matches: ['email:jan@home.example'] }]);
    expect(
      await duplicates(owner, '/people', {
        values: { firstName: 'X', phones: [{ number: '+420601123456' }] },
      }),
    ).toEqual([{ id: jan.id, name: 'Jan Novák', matches: ['phone:420601123456'] }]);
    // A longer address that starts the same is someone else.
    expect(
      await duplicates(owner, '/people', { values: { emails: [{ email: 'jan.nov@example.com' }] } }),
    ).toEqual([]);
    // The person being edited is not their own duplicate.
    expect(
      await duplicates(owner, '/people', {
        values: { emails: [{ email: 'jan.novak@example.com' }] },
        excludeId: jan.id,
      }),
    ).toEqual([]);
  });

  it('finds a company by its domain, with or without www and in any case', async () => {
    const owner = await signUpOwner(t.app);
    const acme = await created(owner, '/companies', { name: 'Acme', domain: 'acme-parts.eu' });
    await created(owner, '/companies', { name: 'Other', domain: 'acme-parts.com' });
    expect(await duplicates(owner, '/companies', { values: { domain: 'WWW.Acme-Parts.eu' } })).toEqual([
      { id: acme.id, name: 'Acme', matches: ['domain:acme-parts.eu'] },
    ]);
    expect(await duplicates(owner, '/companies', { values: { name: 'No domain' } })).toEqual([]);
  });

  it('leaves out the trash, other workspaces and what the caller may not read', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const values = { values: { emails: [{ email: 'shared@example.com' }] } };
    const trashed = await created(owner, '/people', { firstName: 'Gone', ...values.values });
    expect((await owner.delete(`/people/${trashed.id}`)).statusCode).toBe(204);
    await created(stranger, '/people', { firstName: 'Elsewhere', ...values.values });
    expect(await duplicates(owner, '/people', values)).toEqual([]);

    const kept = await created(owner, '/people', { firstName: 'Kept', ...values.values });
    expect((await duplicates(owner, '/people', values)).map((d) => d.id)).toEqual([kept.id]);
    expect(await duplicates(stranger, '/people', values)).toHaveLength(1);

    const role = await owner.post('/roles', {
      name: 'Companies only',
      permissions: { companies: { read: 'all' } },
    });
    const companiesOnly = await addWithRole(owner, role.json<{ id: string }>().id);
    expect((await companiesOnly.post('/people/duplicates', values)).statusCode).toBe(403);
  });

  it('refuses bad input naming the field', async () => {
    const owner = await signUpOwner(t.app);
    const problem = async (body: unknown, field: string) => {
      const response = await owner.post('/people/duplicates', body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.json())).toContain(field);
    };
    await problem({ values: { emails: 'not a list' } }, 'values.emails');
    await problem({ values: {}, excludeId: 'nope' }, 'excludeId');
    await problem({}, 'values');
  });
});
