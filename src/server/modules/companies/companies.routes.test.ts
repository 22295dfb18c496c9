import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

describe.each(testDialects())('companies API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('creates, reads, updates, soft-deletes and restores a company with an audit trail', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.post('/companies', {
      name: 'Žilinská mliekareň',
      domain: 'Mliekaren.SK',
      country: 'SK',
      annualRevenue: { amount: 1_250_000_00, currency: 'EUR' },
      tags: ['dairy', 'dairy', 'key account'],
    });
    expect(created.statusCode).toBe(201);
    const company = created.json<{ id: string; domain: string; tags: string[]; ownerId: string }>();
    expect(company.domain).toBe('mliekaren.sk');
    expect(company.tags).toEqual(['dairy', 'key account']);
    expect(company.ownerId).toBe(owner.info.userId);

    const updated = await owner.patch(`/companies/${company.id}`, { industry: 'Food', tags: ['dairy'] });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ industry: 'Food', tags: ['dairy'] });

    const history = (await owner.get(`/companies/${company.id}/history`)).json<{
      data: { action: string; changes: Record<string, unknown> }[];
    }>().data;
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual({
      industry: { before: null, after: 'Food' },
      tags: { before: ['dairy', 'key account'], after: ['dairy'] },
    });

    expect((await owner.delete(`/companies/${company.id}`)).statusCode).toBe(204);
    expect((await owner.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(0);
    expect((await owner.get('/companies?deleted=true')).json<{ data: unknown[] }>().data).toHaveLength(1);
    expect((await owner.get('/search?q=zilinska')).json<{ data: unknown[] }>().data).toHaveLength(0);

    const restored = await owner.post(`/companies/${company.id}/restore`);
    expect(restored.json()).toMatchObject({ deletedAt: null });
    expect(
      (await owner.get('/search?q=zilinska')).json<{ data: { entityId: string }[] }>().data[0]?.entityId,
    ).toBe(company.id);
  });

  it('pages with a cursor, sorts and filters on the server', async () => {
    const owner = await signUpOwner(t.app);
    for (const [name, country] of [
      ['Delta', 'PL'],
      ['Alpha', 'SK'],
      ['Charlie', 'PL'],
      ['Bravo', 'BG'],
      ['Echo', null],
    ] as const) {
      expect((await owner.post('/companies', { name, country })).statusCode).toBe(201);
    }
    const first = (await owner.get('/companies?limit=2&sort=name')).json<{
      data: { name: string }[];
      nextCursor: string;
    }>();
    expect(first.data.map((c) => c.name)).toEqual(['Alpha', 'Bravo']);
    const second = (await owner.get(`/companies?limit=2&sort=name&cursor=${first.nextCursor}`)).json<{
      data: { name: string }[];
      nextCursor: string;
    }>();
    expect(second.data.map((c) => c.name)).toEqual(['Charlie', 'Delta']);
    const third = (await owner.get(`/companies?limit=2&sort=name&cursor=${second.nextCursor}`)).json<{
      data: { name: string }[];
      nextCursor: string | null;
    }>();
    expect(third.data.map((c) => c.name)).toEqual(['Echo']);
    expect(third.nextCursor).toBeNull();

    const byCountry = (await owner.get('/companies?sort=-country,name&limit=10')).json<{
      data: { name: string }[];
    }>();
    expect(byCountry.data.map((c) => c.name)).toEqual(['Alpha', 'Charlie', 'Delta', 'Bravo', 'Echo']);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const response: { data: { name: string }[]; nextCursor: string | null } = (
        await owner.get(`/companies?sort=-country,name&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      paged.push(...response.data.map((c) => c.name));
      cursor = response.nextCursor;
    } while (cursor);
    expect(paged).toEqual(['Alpha', 'Charlie', 'Delta', 'Bravo', 'Echo']);

    const polish = (await owner.get('/companies?filter[country]=PL&sort=name')).json<{
      data: { name: string }[];
    }>();
    expect(polish.data.map((c) => c.name)).toEqual(['Charlie', 'Delta']);
    const notPolish = (await owner.get('/companies?filter[country][ne]=PL&sort=name')).json<{
      data: { name: string }[];
    }>();
    expect(notPolish.data.map((c) => c.name)).toEqual(['Alpha', 'Bravo', 'Echo']);
    const contains = (await owner.get('/companies?filter[name][contains]=LT')).json<{
      data: { name: string }[];
    }>();
    expect(contains.data.map((c) => c.name)).toEqual(['Delta']);
  });

  it('rejects bad input with problem+json naming the field, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const cases: [unknown, string][] = [
      [{}, 'name'],
      [{ name: '' }, 'name'],
      [{ name: 'X', country: 'Slovakia' }, 'country'],
      [{ name: 'X', domain: 'not a domain' }, 'domain'],
      [{ name: 'X', annualRevenue: { amount: 1.5, currency: 'EUR' } }, 'annualRevenue.amount'],
      [{ name: 'X', annualRevenue: { amount: 100, currency: 'XYZ' } }, 'annualRevenue.currency'],
      [{ name: 'X', ownerId: '0190f0f0-0000-7000-8000-000000000000' }, 'ownerId'],
      [{ name: 'X', custom: { nope: 1 } }, 'custom.nope'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/companies', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    }
    for (const [url, field] of [
      ['/companies?limit=500', 'limit'],
      ['/companies?sort=secret', 'sort'],
      ['/companies?filter[country][like]=x', 'filter[country][like]'],
      ['/companies?cursor=garbage', 'cursor'],
    ] as const) {
      const response = await owner.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(field);
    }
    expect((await owner.get('/companies/not-a-uuid')).statusCode).toBe(400);
    expect((await owner.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(0);
  });

  it('keeps a billing address and a VAT ID, and names a malformed VAT ID', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.post('/companies', {
      name: 'Zakład Stolarski Łukasz Wójcik',
      country: 'PL',
      street: 'ul. Długa 5 ',
      postalCode: '31-147',
      city: 'Kraków',
      region: 'małopolskie',
      vatId: 'pl 677 000 00 00',
    });
    expect(created.statusCode, created.body).toBe(201);
    const company = created.json<{ id: string }>();
    expect(created.json()).toMatchObject({
      street: 'ul. Długa 5',
      postalCode: '31-147',
      city: 'Kraków',
      region: 'małopolskie',
      vatId: 'PL6770000000',
    });
    const bad = await owner.patch(`/companies/${company.id}`, { vatId: 'PL 677 ! 000', street: 'Rynek 1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['vatId']);
    const cleared = await owner.patch(`/companies/${company.id}`, { vatId: '', street: '' });
    expect(cleared.json()).toMatchObject({ vatId: null, street: null, city: 'Kraków' });
  });

  it('keeps workspaces apart: by id, by list, by search, by update and by delete', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const secret = (await a.post('/companies', { name: 'Secret Tajná Firma' })).json<{ id: string }>();
    expect((await b.get(`/companies/${secret.id}`)).statusCode).toBe(404);
    expect((await b.patch(`/companies/${secret.id}`, { name: 'Stolen' })).statusCode).toBe(404);
    expect((await b.delete(`/companies/${secret.id}`)).statusCode).toBe(404);
    expect((await b.post(`/companies/${secret.id}/restore`)).statusCode).toBe(404);
    expect((await b.get(`/companies/${secret.id}/history`)).statusCode).toBe(404);
    expect((await b.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(0);
    expect((await b.get('/companies?q=tajna')).json<{ data: unknown[] }>().data).toHaveLength(0);
    expect((await b.get('/search?q=tajna')).json<{ data: unknown[] }>().data).toHaveLength(0);
    expect((await a.get(`/companies/${secret.id}`)).json()).toMatchObject({ name: 'Secret Tajná Firma' });
  });

  it('refuses anonymous calls and cookie calls without the CSRF token', async () => {
    const owner = await signUpOwner(t.app);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/companies' })).statusCode).toBe(401);
    const cookie = (owner as unknown as { auth: { cookie: string } }).auth.cookie;
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: { cookie },
      payload: { name: 'X' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/companies',
          headers: { authorization: 'Bearer rpk_nope' },
        })
      ).statusCode,
    ).toBe(401);
  });
});
