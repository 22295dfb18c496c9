import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

/** An export's rows as objects keyed by header; the byte order mark must come first. */
function csvRows(body: string): Record<string, string>[] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse<Record<string, string>>(body.slice(1), { columns: true });
}

describe.each(testDialects())('exports on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  async function seedPeople(owner: Client) {
    const company = (
      await owner.post('/companies', {
        name: 'Tatra, a.s.',
        annualRevenue: { amount: 123456, currency: 'EUR' },
      })
    ).json<{ id: string }>();
    const people = [
      {
        firstName: 'Ľubica',
        lastName: 'Nováková',
        emails: [{ email: 'lubica@tatra.sk' }],
        companyId: company.id,
        country: 'SK',
        tags: ['vip', 'dairy'],
      },
      {
        firstName: 'Иван',
        lastName: 'Петров',
        emails: [{ email: 'ivan@example.bg' }, { email: 'ivan2@example.bg' }],
        phones: [{ number: '+359 2 123 456', label: 'mobile' }],
        country: 'BG',
      },
      {
        firstName: 'Ann',
        lastName: '=HYPERLINK("http://evil")',
        jobTitle: 'Buyer, "senior"\nline two',
        country: 'SK',
      },
    ];
    for (const person of people) expect((await owner.post('/people', person)).statusCode).toBe(201);
    return company;
  }

  it('streams a list as CSV with its filter, sort and columns, for humans and unambiguous', async () => {
    const owner = await signUpOwner(t.app);
    await seedPeople(owner);
    const response = await owner.get(
      '/people/export?filter[country]=SK&sort=firstName&columns=firstName,lastName,email,emails,companyName,jobTitle,tags',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="people-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = csvRows(response.body);
    expect(rows).toEqual([
      {
        firstName: 'Ann',
        // A formula is written as text, never run by the spreadsheet.
        lastName: `'=HYPERLINK("http://evil")`,
        email: '',
        emails: '',
        companyName: '',
        jobTitle: 'Buyer, "senior"\nline two',
        tags: '',
      },
      {
        firstName: 'Ľubica',
        lastName: 'Nováková',
        email: 'lubica@tatra.sk',
        emails: 'lubica@tatra.sk',
        companyName: 'Tatra, a.s.',
        jobTitle: '',
        tags: 'vip; dairy',
      },
    ]);
  });

  it('writes every visible column by default, money as a decimal with its currency, and pages through a long list', async () => {
    const owner = await signUpOwner(t.app);
    await owner.post('/custom-fields', { object: 'company', key: 'budget', label: 'Budget', type: 'money' });
    for (let n = 0; n < 1203; n++)
      await owner.post('/companies', {
        name: `Company ${String(n).padStart(4, '0')}`,
        ...(n === 7 && {
          annualRevenue: { amount: -5, currency: 'EUR' },
          custom: { budget: { amount: 1000, currency: 'JPY' } },
        }),
      });
    const rows = csvRows((await owner.get('/companies/export')).body);
    expect(rows).toHaveLength(1203);
    expect(new Set(rows.map((row) => row.id)).size).toBe(1203);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'name',
      'domain',
      'country',
      'industry',
      'annualRevenue',
      'annualRevenue.currency',
      'language',
      'street',
      'city',
      'postalCode',
      'region',
      'vatId',
      'rfmSegment',
      'rfmScore',
      'expectedPurchases',
      'probabilityAlive',
      'churnRisk',
      'lifetimeValue',
      'lifetimeValue.currency',
      'valueUpdatedAt',
      'ownerId',
      'tags',
      'custom.budget',
      'custom.budget.currency',
      'createdAt',
      'updatedAt',
    ]);
    expect(rows[7]).toMatchObject({
      name: 'Company 0007',
      annualRevenue: '-0.05',
      'annualRevenue.currency': 'EUR',
      'custom.budget': '1000',
      'custom.budget.currency': 'JPY',
      ownerId: owner.info.userId,
    });
    expect(rows[7]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  }, 60_000);

  it('uses a saved view, and keeps to the role: scope, sensitive fields, no read at all', async () => {
    const owner = await signUpOwner(t.app);
    await seedPeople(owner);
    const view = (
      await owner.post('/views', {
        object: 'person',
        name: 'Bulgarians',
        shared: true,
        config: { columns: ['lastName', 'phones'], filter: { country: 'BG' } },
      })
    ).json<{ id: string }>();
    expect(csvRows((await owner.get(`/people/export?view=${view.id}`)).body)).toEqual([
      { lastName: 'Петров', phones: '+359 2 123 456' },
    ]);

    await owner.post('/products', {
      sku: 'A-1',
      name: 'Cheese',
      price: { amount: 250, currency: 'EUR' },
      cost: { amount: 100, currency: 'EUR' },
    });
    const member = await addMember(owner, 'member');
    const memberRows = csvRows((await member.get('/products/export')).body);
    expect(memberRows[0]).toMatchObject({ sku: 'A-1', price: '2.50', 'price.currency': 'EUR' });
    expect(Object.keys(memberRows[0]!)).not.toContain('cost');
    const askedCost = await member.get('/products/export?columns=sku,cost');
    expect(askedCost.statusCode).toBe(403);
    expect(askedCost.json()).toMatchObject({ errors: [{ field: 'columns.1' }] });
    expect(csvRows((await owner.get('/products/export?columns=sku,cost')).body)).toEqual([
      { sku: 'A-1', cost: '1.00', 'cost.currency': 'EUR' },
    ]);

    const roles = (await owner.get('/roles')).json<{
      data: { id: string; key: string | null; permissions: Record<string, unknown> }[];
    }>().data;
    const viewer = roles.find((role) => role.key === 'viewer')!;
    const blind = await owner.post('/roles', {
      name: 'No people',
      permissions: {
        ...viewer.permissions,
        people: { create: 'none', read: 'none', update: 'none', delete: 'none' },
      },
    });
    expect(blind.statusCode).toBe(201);
    const { addWithRole } = await import('../../testing/factories.js');
    const outsider = await addWithRole(owner, blind.json<{ id: string }>().id);
    expect((await outsider.get('/people/export')).statusCode).toBe(403);
  });

  it('answers bad input with a 400 naming the field, and other workspaces do not exist', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const unknown = await owner.get('/people/export?columns=lastName,shoeSize');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      errors: [{ field: 'columns.1', message: 'unknown field "shoeSize"' }],
    });
    const badFilter = await owner.get('/people/export?filter[shoeSize]=42');
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json()).toMatchObject({ errors: [{ field: 'filter[shoeSize]' }] });
    const badFormat = await owner.get('/companies/export?format=vcf');
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json()).toMatchObject({ errors: [{ field: 'format' }] });
    expect((await owner.get('/people/export?format=xlsx')).statusCode).toBe(400);

    const theirs = (
      await other.post('/views', {
        object: 'person',
        name: 'Theirs',
        shared: true,
        config: { columns: ['lastName'] },
      })
    ).json<{ id: string }>();
    expect((await owner.get(`/people/export?view=${theirs.id}`)).statusCode).toBe(404);
    const theirPerson = (await other.post('/people', { lastName: 'Hidden' })).json<{ id: string }>();
    expect((await owner.get(`/people/${theirPerson.id}/vcard`)).statusCode).toBe(404);
    expect(csvRows((await owner.get('/people/export')).body)).toEqual([]);
  });

  it('writes people as vCard 4.0, one or the whole list', async () => {
    const owner = await signUpOwner(t.app);
    await seedPeople(owner);
    const list = await owner.get('/people/export?format=vcf&sort=lastName');
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(list.body.match(/BEGIN:VCARD\r\nVERSION:4\.0\r\n/g)).toHaveLength(3);
    const ivan = (await owner.get('/people?q=ivan')).json<{ data: { id: string }[] }>().data[0]!;
    const card = (await owner.get(`/people/${ivan.id}/vcard`)).body;
    expect(card).toContain('FN:Иван Петров\r\n');
    expect(card).toContain('N:Петров;Иван;;;\r\n');
    expect(card).toContain('EMAIL;PREF=1:ivan@example.bg\r\n');
    expect(card).toContain('EMAIL:ivan2@example.bg\r\n');
    expect(card).toContain('TEL;VALUE=text;TYPE=cell:+359 2 123 456\r\n');
    expect(card).toContain('ADR:;;;;;;BG\r\n');
    expect(card).toContain(`UID:urn:uuid:${ivan.id}\r\n`);
  });
});
