import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface PersonBody {
  id: string;
  firstName: string;
  lastName: string;
  emails: { email: string; label: string | null; primary: boolean }[];
  phones: { number: string; label: string | null }[];
  companyId: string | null;
  companyName: string | null;
  ownerId: string | null;
  tags: string[];
  deletedAt: string | null;
}
type Page = { data: PersonBody[]; nextCursor: string | null };
type Problem = { errors: { field: string }[] };

const names = async (client: Client, url: string) => {
  const response = await client.get(url);
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json<Page>().data.map((p) => `${p.firstName} ${p.lastName}`);
};

/** Five people in two companies, with and without emails, countries and tags. */
async function seedPeople(owner: Client) {
  const acme = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
  const beta = (await owner.post('/companies', { name: 'Beta' })).json<{ id: string }>();
  const rows = [
    ['Anna', 'Kowalska', 'anna@acme.pl', 'PL', 'Kraków', acme.id, ['lead']],
    ['Boris', 'Petrov', 'boris@beta.bg', 'BG', 'Sofia', beta.id, []],
    ['Cyril', 'Adamec', null, 'SK', 'Žilina', acme.id, ['lead', 'vip']],
    ['Dora', 'Novak', 'dora@beta.bg', null, null, null, ['vip']],
    ['Emil', 'Kowalski', 'emil@acme.pl', 'PL', 'Gdańsk', acme.id, []],
  ] as const;
  for (const [firstName, lastName, email, country, city, companyId, tags] of rows) {
    const body = { firstName, lastName, emails: email ? [{ email }] : [], country, city, companyId, tags };
    expect((await owner.post('/people', body)).statusCode).toBe(201);
  }
  return { acme, beta };
}

describe.each(testDialects())('people API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('creates, reads, updates, soft-deletes and restores a person with an audit trail', async () => {
    const owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Mliekareň Žilina' })).json<{ id: string }>();
    const created = await owner.post('/people', {
      firstName: ' Ján ',
      lastName: 'Novák',
      emails: [
        { email: ' Jan.Novak@Example.SK ', label: 'work' },
        { email: 'jan@home.sk' },
        { email: 'JAN@home.sk' },
      ],
      phones: [{ number: '+421 905 123 456', label: 'mobile' }],
      companyId: company.id,
      jobTitle: 'Sales lead',
      city: 'Žilina',
      country: 'SK',
      tags: ['vip', 'vip'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const person = created.json<PersonBody>();
    expect(person).toMatchObject({
      firstName: 'Ján',
      companyName: 'Mliekareň Žilina',
      ownerId: owner.info.userId,
      tags: ['vip'],
    });
    expect(person.emails).toEqual([
      { email: 'jan.novak@example.sk', label: 'work', primary: true },
      { email: 'jan@home.sk', label: null, primary: false },
    ]);
    expect((await owner.get(`/people/${person.id}`)).json()).toEqual(person);

    const updated = await owner.patch(`/people/${person.id}`, {
      emails: [{ email: 'jan.novak@example.sk' }, { email: 'jan@home.sk', primary: true }],
      jobTitle: null,
      companyId: null,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ jobTitle: null, companyId: null, companyName: null });
    expect(await names(owner, '/people?filter[email]=jan@home.sk')).toEqual(['Ján Novák']);

    const history = (await owner.get(`/people/${person.id}/history`)).json<{
      data: { action: string; changes: Record<string, unknown> }[];
    }>().data;
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual({
      emails: {
        before: [
          { email: 'jan.novak@example.sk', label: 'work', primary: true },
          { email: 'jan@home.sk', label: null, primary: false },
        ],
        after: [
          { email: 'jan.novak@example.sk', label: null, primary: false },
          { email: 'jan@home.sk', label: null, primary: true },
        ],
      },
      jobTitle: { before: 'Sales lead', after: null },
      companyId: { before: company.id, after: null },
    });
  });

  it('moves a person to the trash and back, out of and into lists and search', async () => {
    const owner = await signUpOwner(t.app);
    const person = (await owner.post('/people', { firstName: 'Ján', lastName: 'Novák' })).json<PersonBody>();
    expect((await owner.delete(`/people/${person.id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/people/${person.id}`)).statusCode).toBe(204);
    expect(await names(owner, '/people')).toEqual([]);
    expect(await names(owner, '/people?deleted=true')).toEqual(['Ján Novák']);
    expect((await owner.get('/search?q=novak')).json<{ data: unknown[] }>().data).toHaveLength(0);
    expect((await owner.patch(`/people/${person.id}`, { city: 'Praha' })).statusCode).toBe(400);

    const restored = await owner.post(`/people/${person.id}/restore`);
    expect(restored.json()).toMatchObject({ deletedAt: null });
    expect(
      (await owner.get('/search?q=novak')).json<{ data: { entityId: string }[] }>().data[0]?.entityId,
    ).toBe(person.id);
    const actions = (await owner.get(`/people/${person.id}/history`)).json<{ data: { action: string }[] }>()
      .data;
    expect(actions.map((h) => h.action)).toEqual(['restore', 'delete', 'create']);
  });

  it('links people only to live companies of the same workspace', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const foreign = (await other.post('/companies', { name: 'Foreign' })).json<{ id: string }>();
    const trashed = (await owner.post('/companies', { name: 'Trashed' })).json<{ id: string }>();
    await owner.delete(`/companies/${trashed.id}`);
    const live = (await owner.post('/companies', { name: 'Live' })).json<{ id: string }>();
    for (const companyId of [foreign.id, trashed.id, '0190f0f0-0000-7000-8000-000000000000']) {
      const response = await owner.post('/people', { firstName: 'Eva', companyId });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors.map((e) => e.field)).toEqual(['companyId']);
    }
    const person = (await owner.post('/people', { firstName: 'Eva', companyId: live.id })).json<PersonBody>();
    expect((await owner.patch(`/people/${person.id}`, { companyId: foreign.id })).statusCode).toBe(400);
    expect((await owner.get(`/people/${person.id}`)).json()).toMatchObject({
      companyId: live.id,
      companyName: 'Live',
    });
    expect(await names(owner, '/people')).toEqual(['Eva ']);
  });

  it('pages, sorts and filters on the server, with company names', async () => {
    const owner = await signUpOwner(t.app);
    const { beta } = await seedPeople(owner);
    const first = (await owner.get('/people?limit=2')).json<Page>();
    expect(first.data.map((p) => p.lastName)).toEqual(['Adamec', 'Kowalska']);
    expect(first.data.map((p) => p.companyName)).toEqual(['Acme', 'Acme']);
    const pagedFirstNames = async (sort: string) =>
      (await allPages<PersonBody>(owner, `/people?sort=${sort}&limit=2`)).map((p) => p.firstName);
    expect(await pagedFirstNames('-email')).toEqual(['Emil', 'Dora', 'Boris', 'Anna', 'Cyril']);
    expect(await pagedFirstNames('-lastName')).toEqual(['Boris', 'Dora', 'Emil', 'Anna', 'Cyril']);
    expect(await pagedFirstNames('-createdAt')).toEqual(['Emil', 'Dora', 'Cyril', 'Boris', 'Anna']);

    expect(await names(owner, '/people?filter[country]=PL&sort=firstName')).toEqual([
      'Anna Kowalska',
      'Emil Kowalski',
    ]);
    expect(await names(owner, '/people?filter[city][contains]=ń')).toEqual(['Emil Kowalski']);
    expect(await names(owner, `/people?filter[companyId]=${beta.id}`)).toEqual(['Boris Petrov']);
    expect(await names(owner, '/people?filter[companyId][empty]=true')).toEqual(['Dora Novak']);
    expect(await names(owner, '/people?filter[tags]=vip&sort=firstName')).toEqual([
      'Cyril Adamec',
      'Dora Novak',
    ]);
    expect(await names(owner, '/people?filter[email][empty]=true')).toEqual(['Cyril Adamec']);
    expect(await names(owner, '/people?filter[country][in]=BG,SK&sort=-country')).toEqual([
      'Cyril Adamec',
      'Boris Petrov',
    ]);
    expect(await names(owner, '/people?q=kowal&filter[country]=PL&sort=firstName')).toEqual([
      'Anna Kowalska',
      'Emil Kowalski',
    ]);
  });

  it('lists the people of one company, paged like any list', async () => {
    const owner = await signUpOwner(t.app);
    const { acme, beta } = await seedPeople(owner);
    const ofAcme = (await owner.get(`/companies/${acme.id}/people?limit=2&sort=firstName`)).json<Page>();
    expect(ofAcme.data.map((p) => p.firstName)).toEqual(['Anna', 'Cyril']);
    const rest = (
      await owner.get(`/companies/${acme.id}/people?limit=2&sort=firstName&cursor=${ofAcme.nextCursor}`)
    ).json<Page>();
    expect(rest.data.map((p) => p.firstName)).toEqual(['Emil']);
    expect(rest.nextCursor).toBeNull();
    expect(
      await names(owner, `/companies/${acme.id}/people?filter[companyId]=${beta.id}&sort=firstName`),
    ).toHaveLength(3);
    expect((await owner.get('/companies/0190f0f0-0000-7000-8000-000000000000/people')).statusCode).toBe(404);
  });

  it('finds people by the new name of their company after a rename', async () => {
    const owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Oldname' })).json<{ id: string }>();
    const person = (
      await owner.post('/people', { firstName: 'Iveta', companyId: company.id })
    ).json<PersonBody>();
    expect(await names(owner, '/people?q=oldname')).toEqual(['Iveta ']);
    expect((await owner.patch(`/companies/${company.id}`, { name: 'Brandnew Škoda' })).statusCode).toBe(200);
    expect(await names(owner, '/people?q=oldname')).toEqual([]);
    expect(await names(owner, '/people?q=skoda')).toEqual(['Iveta ']);
    const hits = (await owner.get('/search?q=brandnew&types=person')).json<{
      data: { entityId: string; subtitle: string }[];
    }>().data;
    expect(hits).toEqual([expect.objectContaining({ entityId: person.id, subtitle: 'Brandnew Škoda' })]);
  });

  it('rejects bad input with problem+json naming the field, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const cases: [unknown, string][] = [
      [{}, 'firstName'],
      [{ firstName: '  ', lastName: '' }, 'firstName'],
      [{ firstName: 'X'.repeat(101) }, 'firstName'],
      [{ firstName: 'X', emails: [{ email: 'not-an-email' }] }, 'emails.0.email'],
      [{ firstName: 'X', emails: [{ email: 'a@b.sk' }, { label: 'work' }] }, 'emails.1.email'],
      [{ firstName: 'X', emails: 'a@b.sk' }, 'emails'],
      [{ firstName: 'X', phones: [{ number: '+421 905 ABC' }] }, 'phones.0.number'],
      [{ firstName: 'X', phones: [{ number: '+-' }] }, 'phones.0.number'],
      [{ firstName: 'X', country: 'sk' }, 'country'],
      [{ firstName: 'X', companyId: 'acme' }, 'companyId'],
      [{ firstName: 'X', ownerId: '0190f0f0-0000-7000-8000-000000000000' }, 'ownerId'],
      [{ firstName: 'X', tags: [''] }, 'tags.0'],
      [{ firstName: 'X', custom: { nope: 1 } }, 'custom.nope'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/people', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(
        response.json<Problem>().errors.map((e) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const person = (await owner.post('/people', { firstName: 'Valid' })).json<PersonBody>();
    for (const [body, field] of [
      [{ firstName: '' }, 'firstName'],
      [{ phones: [{ number: 'call me' }] }, 'phones.0.number'],
      [{ emails: [{ email: 'x@y.sk', primary: 'yes' }] }, 'emails.0.primary'],
    ] as const) {
      const response = await owner.patch(`/people/${person.id}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<Problem>().errors.map((e) => e.field)).toContain(field);
    }
    for (const [url, field] of [
      ['/people?limit=0', 'limit'],
      ['/people?sort=tags', 'sort'],
      ['/people?sort=phones', 'sort'],
      ['/people?filter[companyId]=acme', 'filter[companyId][eq]'],
      ['/people?filter[createdAt][gte]=yesterday', 'filter[createdAt][gte]'],
      ['/people?filter[ownerId][contains]=01', 'filter[ownerId][contains]'],
      ['/people?cursor=garbage', 'cursor'],
      [`/people?sort=createdAt&cursor=${Buffer.from('["x","y"]').toString('base64url')}`, 'cursor'],
      ['/companies/not-a-uuid/people', 'id'],
    ] as const) {
      const response = await owner.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<Problem>().errors[0]!.field, url).toBe(field);
    }
    expect((await owner.get('/people/not-a-uuid')).statusCode).toBe(400);
    expect(await names(owner, '/people')).toEqual(['Valid ']);
    expect((await owner.get(`/people/${person.id}/history`)).json<{ data: unknown[] }>().data).toHaveLength(
      1,
    );
  });

  it('keeps workspaces apart: by id, by list, by search, by update and by delete', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const company = (await a.post('/companies', { name: 'Tajná Firma' })).json<{ id: string }>();
    const secret = (
      await a.post('/people', { firstName: 'Tajný', lastName: 'Agent', companyId: company.id })
    ).json<PersonBody>();
    expect((await b.get(`/people/${secret.id}`)).statusCode).toBe(404);
    expect((await b.patch(`/people/${secret.id}`, { firstName: 'Stolen' })).statusCode).toBe(404);
    expect((await b.delete(`/people/${secret.id}`)).statusCode).toBe(404);
    expect((await b.post(`/people/${secret.id}/restore`)).statusCode).toBe(404);
    expect((await b.get(`/people/${secret.id}/history`)).statusCode).toBe(404);
    expect((await b.get(`/companies/${company.id}/people`)).statusCode).toBe(404);
    expect(await names(b, '/people')).toEqual([]);
    expect(await names(b, '/people?q=tajny')).toEqual([]);
    expect(await names(b, `/people?filter[companyId]=${company.id}`)).toEqual([]);
    expect((await b.get('/search?q=agent')).json<{ data: unknown[] }>().data).toHaveLength(0);
    expect((await b.post('/people', { firstName: 'X', companyId: company.id })).statusCode).toBe(400);
    expect((await a.get(`/people/${secret.id}`)).json()).toMatchObject({
      firstName: 'Tajný',
      deletedAt: null,
    });
  });
});
