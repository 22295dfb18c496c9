import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStore } from '../../files/local-file-store.js';
import { JobWorker } from '../../jobs/worker.js';
import {
  addMember,
  allPages,
  apiKeyClient,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { multipart } from '../../testing/multipart.js';
import { testDialects } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';
import type { Import } from './imports.schemas.js';
import { importJobDefinition } from './imports.runner.js';

type Problem = { status: number; errors: { field: string; message: string }[] };

function upload(client: Client, fields: Record<string, string>, file: string | Buffer, name = 'people.csv') {
  const { payload, headers } = multipart([
    ...Object.entries(fields).map(([fieldName, content]) => ({ name: fieldName, content })),
    { name: 'file', filename: name, contentType: 'text/csv', content: file },
  ]);
  return client.post('/imports', payload, headers);
}

async function draft(client: Client, object: string, file: string | Buffer, name?: string) {
  const response = await upload(client, { object }, file, name);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Import>();
}

const csvOf = (body: string) => parse<Record<string, string>>(body.replace(/^\uFEFF/, ''), { columns: true });

describe.each(testDialects())('imports on %s', (dialect) => {
  let t: TestApp;
  let worker: JobWorker;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    worker = new JobWorker(t.app.db, {
      definitions: [importJobDefinition(localFileStore(t.filesDir))],
      pollMs: 50,
    });
  });
  afterAll(async () => {
    await worker.stop();
    await t.close();
  });

  async function finished(client: Client, id: string) {
    let item: Import | null = null;
    await waitFor(
      async () => {
        item = (await client.get(`/imports/${id}`)).json<Import>();
        return ['done', 'failed', 'cancelled'].includes(item.status);
      },
      { timeoutMs: 60_000, what: 'the import to finish' },
    );
    return item!;
  }

  it('suggests a mapping, previews, imports with search documents and sort keys, and lists row errors', async () => {
    const owner = await signUpOwner(t.app);
    await owner.post('/companies', { name: 'Tatra, a.s.' });
    const file = [
      'Krstné meno;Priezvisko;E-mail;Telefon;Firma;Pracovná pozícia;Mesto;Poznámka',
      'Ľubica;Nováková;Lubica@Tatra.SK;+421 905 111 222;Tatra, a.s.;Nákupca;Žilina;x',
      'Ivan;Petrov;not-an-email;;;;;',
      ';;;;;;;',
      'Zoe;Ábel;zoe@example.com;;Nowhere Ltd;;;',
      '"Anna ""Ann""";Bell;anna@example.com, anna.bell@example.com;;;;Košice;',
    ].join('\r\n');
    const item = await draft(owner, 'people', `\uFEFF${file}\r\n`);
    expect(item).toMatchObject({
      status: 'draft',
      object: 'person',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      headers: [
        'Krstné meno',
        'Priezvisko',
        'E-mail',
        'Telefon',
        'Firma',
        'Pracovná pozícia',
        'Mesto',
        'Poznámka',
      ],
      mapping: {
        'Krstné meno': 'firstName',
        Priezvisko: 'lastName',
        'E-mail': 'emails',
        Telefon: 'phones',
        Firma: 'companyId',
        'Pracovná pozícia': 'jobTitle',
        Mesto: 'city',
        Poznámka: null,
      },
    });
    expect(item.keys).toContain('email');

    const preview = await owner.get(`/imports/${item.id}/preview`);
    expect(preview.statusCode, preview.body).toBe(200);
    const rows = preview.json<{
      rows: { row: number; action: string; record: Record<string, unknown> | null; errors: unknown[] }[];
    }>().rows;
    expect(rows.map((row) => [row.row, row.action])).toEqual([
      [2, 'created'],
      [3, 'failed'],
      [4, 'failed'],
      [5, 'failed'],
      [6, 'created'],
    ]);
    expect(rows[0]!.record).toMatchObject({
      firstName: 'Ľubica',
      companyName: 'Tatra, a.s.',
      emails: [{ email: 'lubica@tatra.sk', primary: true }],
    });
    expect(preview.json<{ rows: { cells: string[] }[] }>().rows[4]!.cells).toEqual([
      'Anna "Ann"',
      'Bell',
      'anna@example.com, anna.bell@example.com',
      '',
      '',
      '',
      'Košice',
      '',
    ]);
    expect(rows[1]!.errors).toEqual([{ column: 'E-mail', message: 'must be an email address' }]);
    expect(rows[3]!.errors).toEqual([{ column: 'Firma', message: 'no company named "Nowhere Ltd"' }]);
    // The preview wrote nothing.
    expect((await owner.get('/people')).json<{ data: unknown[] }>().data).toHaveLength(0);

    const started = await owner.post(`/imports/${item.id}/start`, {});
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json<Import>().status).toBe('queued');
    const done = await finished(owner, item.id);
    expect(done).toMatchObject({
      status: 'done',
      processed: 5,
      created: 2,
      updated: 0,
      skipped: 0,
      failed: 3,
      progress: 1,
    });

    const people = await allPages<{ lastName: string; emails: { email: string }[] }>(
      owner,
      '/people?sort=lastName&limit=10',
    );
    expect(people.map((p) => p.lastName)).toEqual(['Bell', 'Nováková']);
    expect(people[0]!.emails.map((e) => e.email)).toEqual(['anna@example.com', 'anna.bell@example.com']);
    const found = (await owner.get('/search?q=lubica')).json<{ data: { title: string }[] }>().data;
    expect(found.map((hit) => hit.title)).toEqual(['Ľubica Nováková']);
    const byCity = (await owner.get('/people?filter[city]=Zilina')).json<{ data: unknown[] }>().data;
    expect(byCity).toHaveLength(0);
    expect((await owner.get('/people?filter[city]=Žilina')).json<{ data: unknown[] }>().data).toHaveLength(1);

    const errors = await owner.get(`/imports/${item.id}/errors`);
    expect(errors.statusCode).toBe(200);
    expect(errors.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csvOf(errors.body)).toEqual([
      { row: '3', column: 'E-mail', message: 'must be an email address' },
      { row: '4', column: 'Krstné meno', message: 'a first or a last name is required' },
      { row: '5', column: 'Firma', message: 'no company named "Nowhere Ltd"' },
    ]);

    // A record's history says which import created it, from which row; the timeline too.
    const lubicaId = (people[1] as unknown as { id: string }).id;
    const history = (await owner.get(`/people/${lubicaId}/history`)).json<{
      data: { action: string; actorId: string; import?: unknown }[];
    }>();
    expect(history.data).toMatchObject([
      { action: 'create', actorId: owner.info.userId, import: { id: item.id, row: 2 } },
    ]);
    const timeline = (await owner.get(`/people/${lubicaId}/timeline`)).json<{ data: unknown[] }>();
    expect(timeline.data).toMatchObject([{ kind: 'created', data: { importId: item.id, row: 2 } }]);
    // The import's own audit entries stand for its records: the last one sums it up.
    const audit = (await owner.get(`/audit-log?entityType=import&entityId=${item.id}`)).json<{
      data: { changes: Record<string, unknown> }[];
    }>();
    expect(audit.data[0]!.changes).toEqual({
      status: { before: 'running', after: 'done' },
      rows: { before: null, after: 5 },
      created: { before: null, after: 2 },
      updated: { before: null, after: 0 },
      skipped: { before: null, after: 0 },
      failed: { before: null, after: 3 },
    });
    const personEntries = (await owner.get('/audit-log?entityType=person')).json<{ data: unknown[] }>();
    expect(personEntries.data).toHaveLength(0);
  }, 90_000);

  it('upserts people by email, companies by domain and products by an external id, with the contract form', async () => {
    const owner = await signUpOwner(t.app);
    const existing = (
      await owner.post('/people', {
        firstName: 'Old',
        lastName: 'Name',
        emails: [{ email: 'jan@example.sk' }, { email: 'jan.home@example.sk' }],
        tags: ['a'],
      })
    ).json<{ id: string }>();
    const byEmail = await upload(
      owner,
      {
        object: 'people',
        mapping: JSON.stringify({ email: 'emails', first: 'firstName', last: 'lastName', tags: 'tags' }),
        dedupeOn: 'email',
      },
      'email,first,last,tags\njan@example.sk,Ján,Novák,b\nnew@example.sk,Nová,Osoba,\nnew@example.sk,,Osobová,c\n',
    );
    expect(byEmail.statusCode, byEmail.body).toBe(202);
    expect(byEmail.json<Import>()).toMatchObject({ status: 'queued', mode: 'upsert', dedupeOn: ['email'] });
    const emailDone = await finished(owner, byEmail.json<Import>().id);
    expect(emailDone).toMatchObject({ created: 1, updated: 2, failed: 0 });
    const jan = (await owner.get(`/people/${existing.id}`)).json<{
      firstName: string;
      emails: { email: string }[];
      tags: string[];
      version: number;
    }>();
    expect(jan).toMatchObject({ firstName: 'Ján', tags: ['a', 'b'], version: 2 });
    expect(jan.emails.map((e) => e.email)).toEqual(['jan@example.sk', 'jan.home@example.sk']);
    const people = await allPages<{ lastName: string; tags: string[] }>(
      owner,
      '/people?sort=lastName&limit=10',
    );
    expect(people.map((p) => [p.lastName, p.tags])).toEqual([
      ['Novák', ['a', 'b']],
      ['Osobová', ['c']],
    ]);

    await owner.post('/companies', { name: 'Mliekareň', domain: 'mliekaren.sk' });
    const companies = await upload(
      owner,
      {
        object: 'companies',
        mapping: JSON.stringify({
          Name: 'name',
          Web: 'domain',
          Revenue: 'annualRevenue',
          Currency: 'annualRevenue.currency',
        }),
        dedupeOn: 'domain',
        mode: 'update',
      },
      'Name,Web,Revenue,Currency\nMliekareň Žilina,MLIEKAREN.sk,"1234,50",EUR\nUnknown,unknown.sk,1,EUR\n',
      'companies.csv',
    );
    expect(companies.statusCode, companies.body).toBe(202);
    expect(await finished(owner, companies.json<Import>().id)).toMatchObject({
      updated: 1,
      skipped: 1,
      created: 0,
    });
    const company = (await owner.get('/companies')).json<{
      data: { name: string; annualRevenue: unknown }[];
    }>().data;
    expect(company).toEqual([
      expect.objectContaining({
        name: 'Mliekareň Žilina',
        annualRevenue: { amount: 123450, currency: 'EUR' },
      }),
    ]);

    await owner.post('/custom-fields', {
      object: 'product',
      key: 'externalId',
      label: 'External ID',
      type: 'text',
    });
    await owner.post('/products', { sku: 'A-1', name: 'Old cheese', custom: { externalId: 'X-1' } });
    const api = await apiKeyClient(owner);
    const products = await upload(
      api,
      {
        object: 'products',
        mapping: JSON.stringify({
          'External ID': 'custom.externalId',
          SKU: 'sku',
          Name: 'name',
          Price: 'price',
        }),
        dedupeOn: 'custom.externalId',
      },
      'External ID,SKU,Name,Price\nX-1,A-1,Cheese,2.50\nX-2,B-2,Butter,1.99\n',
      'products.csv',
    );
    expect(products.statusCode, products.body).toBe(202);
    expect(await finished(api, products.json<Import>().id)).toMatchObject({ created: 1, updated: 1 });
    const list = (await owner.get('/products?sort=sku')).json<{
      data: { sku: string; name: string; price: unknown }[];
    }>().data;
    expect(list.map((p) => [p.sku, p.name, p.price])).toEqual([
      ['A-1', 'Cheese', { amount: 250, currency: 'EUR' }],
      ['B-2', 'Butter', { amount: 199, currency: 'EUR' }],
    ]);
  }, 90_000);

  it('reads Windows-1250 and Windows-1251 files, and vCards', async () => {
    const owner = await signUpOwner(t.app);
    const cp1250 = Buffer.from([
      ...Buffer.from('Meno,Priezvisko\r\n'),
      0x8a,
      ...Buffer.from('tefan,'),
      0x8e,
      0xe1,
      ...Buffer.from('k\r\n'),
    ]);
    const central = await draft(owner, 'people', cp1250);
    expect(central).toMatchObject({ encoding: 'windows-1250', mapping: { Priezvisko: 'lastName' } });
    const centralPreview = (await owner.get(`/imports/${central.id}/preview`)).json<{
      rows: { record: { lastName: string } }[];
    }>();
    expect(centralPreview.rows[0]!.record.lastName).toBe('Žák');
    const cp1251 = Buffer.from([
      0xc8,
      0xec,
      0xff,
      ...Buffer.from(','),
      0xd4,
      0xe0,
      0xec,
      0xe8,
      0xeb,
      0xe8,
      0xff,
      ...Buffer.from('\r\n'),
      0xc8,
      0xe2,
      0xe0,
      0xed,
      ...Buffer.from(','),
      0xcf,
      0xe5,
      0xf2,
      0xf0,
      0xee,
      0xe2,
      ...Buffer.from('\r\n'),
    ]);
    const russian = await draft(owner, 'people', cp1251);
    expect(russian).toMatchObject({
      encoding: 'windows-1251',
      headers: ['Имя', 'Фамилия'],
      mapping: { Имя: 'firstName', Фамилия: 'lastName' },
    });
    const preview = (await owner.get(`/imports/${russian.id}/preview`)).json<{
      rows: { record: { firstName: string; lastName: string } }[];
    }>();
    expect(preview.rows[0]!.record).toMatchObject({ firstName: 'Иван', lastName: 'Петров' });

    const vcards = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Nováková;Ľubica;;;',
      'FN:Ľubica Nováková',
      'EMAIL;TYPE=INTERNET,WORK:lubica@example.sk',
      'EMAIL;TYPE=INTERNET,HOME,pref:lubica.home@example.sk',
      'TEL;TYPE=CELL:+421 905 123 456',
      'TITLE:Head of purchasing\\, dairy',
      'ADR;TYPE=WORK:;;Hlavná 1;Žili',
      ' na;;010 01;SK',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Jan Kowalski',
      'END:VCARD',
      '',
    ].join('\r\n');
    const card = await draft(owner, 'people', vcards, 'contacts.vcf');
    expect(card).toMatchObject({
      format: 'vcard',
      mapping: { firstName: 'firstName', emails: 'emails', company: 'companyId' },
    });
    await owner.patch(`/imports/${card.id}`, { mapping: { ...card.mapping, company: null } });
    await owner.post(`/imports/${card.id}/start`, {});
    expect(await finished(owner, card.id)).toMatchObject({ created: 2, failed: 0 });
    const people = await allPages<Record<string, unknown>>(owner, '/people?sort=lastName&limit=10');
    expect(people.map((p) => [p.firstName, p.lastName])).toEqual([
      ['Jan', 'Kowalski'],
      ['Ľubica', 'Nováková'],
    ]);
    expect(people[1]).toMatchObject({
      jobTitle: 'Head of purchasing, dairy',
      city: 'Žilina',
      country: 'SK',
      emails: [
        { email: 'lubica.home@example.sk', primary: true },
        { email: 'lubica@example.sk', primary: false },
      ],
      phones: [{ number: '+421 905 123 456' }],
    });
  }, 90_000);

  it('round-trips people through a vCard export and import, and a CSV export re-imported by id updates in place', async () => {
    const from = await signUpOwner(t.app);
    const to = await signUpOwner(t.app);
    await from.post('/people', {
      firstName: 'Иван',
      lastName: 'Петров; "Ваня"',
      emails: [{ email: 'ivan@example.bg' }, { email: 'ivan2@example.bg', primary: true }],
      phones: [{ number: '+359 2 123 456' }],
      jobTitle: 'Търговец, износ',
      city: 'София',
      country: 'BG',
      tags: ['vip'],
    });
    const cards = (await from.get('/people/export?format=vcf')).body;
    const item = await draft(to, 'people', cards, 'people.vcf');
    await to.post(`/imports/${item.id}/start`, {});
    expect(await finished(to, item.id)).toMatchObject({ created: 1, failed: 0 });
    // The primary address comes first in the copy (vCard readers take the preferred one first).
    const strip = ({
      firstName,
      lastName,
      emails,
      phones,
      jobTitle,
      city,
      country,
      tags,
    }: Record<string, unknown>) => ({
      firstName,
      lastName,
      emails: [...(emails as { email: string }[])].sort((a, b) => a.email.localeCompare(b.email)),
      phones,
      jobTitle,
      city,
      country,
      tags,
    });
    const original = (await from.get('/people')).json<{ data: Record<string, unknown>[] }>().data[0]!;
    const copy = (await to.get('/people')).json<{ data: Record<string, unknown>[] }>().data[0]!;
    expect(strip(copy)).toEqual(strip(original));

    const csv = (await to.get('/people/export?columns=id,jobTitle')).body.replace(
      'Търговец, износ',
      'Директор',
    );
    const update = await upload(
      to,
      { object: 'people', mapping: '{"id":"id","jobTitle":"jobTitle"}', dedupeOn: 'id', mode: 'update' },
      csv,
    );
    expect(update.statusCode, update.body).toBe(202);
    expect(await finished(to, update.json<Import>().id)).toMatchObject({ updated: 1, created: 0 });
    expect((await to.get(`/people/${copy.id as string}`)).json()).toMatchObject({
      jobTitle: 'Директор',
      version: 2,
    });
  }, 90_000);

  it('gives each record it creates a created event and webhook message, as a record made through the API has', async () => {
    const saved = { ...process.env };
    process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';
    process.env.SECRET_KEY = 'a key of at least thirty-two characters for the tests';
    try {
      const owner = await signUpOwner(t.app);
      const hook = await owner.post('/webhooks', {
        url: 'http://127.0.0.1:9/hook',
        events: ['person.created'],
      });
      expect(hook.statusCode, hook.body).toBe(201);
      const made = await owner.post('/people', {
        firstName: 'Eva',
        lastName: 'Horváth',
        emails: [{ email: 'eva@example.com' }],
      });
      expect(made.statusCode, made.body).toBe(201);
      const item = await draft(
        owner,
        'people',
        'First name,Last name,Email\nMarta,Kováčová,marta@example.com\nJan,Novák,jan@example.com\n',
      );
      await owner.post(`/imports/${item.id}/start`, {});
      expect(await finished(owner, item.id)).toMatchObject({ status: 'done', created: 2 });

      const people = await allPages<{ id: string; firstName: string }>(owner, '/people?limit=10');
      const events = await t.app.db
        .selectFrom('record_events')
        .select(['id', 'type', 'record_id'])
        .where('workspace_id', '=', owner.info.workspaceId)
        .orderBy('seq')
        .execute();
      expect(events.map((event) => event.type)).toEqual([
        'person.created',
        'person.created',
        'person.created',
      ]);
      expect(events.map((event) => event.record_id).sort()).toEqual(people.map((p) => p.id).sort());
      const deliveries = await t.app.db
        .selectFrom('webhook_deliveries')
        .select(['event_id', 'body'])
        .where('workspace_id', '=', owner.info.workspaceId)
        .execute();
      expect(deliveries.map((d) => d.event_id).sort()).toEqual(events.map((event) => event.id).sort());
      type Message = {
        type: string;
        data: { recordType: string; record: Record<string, unknown>; changedFields: string[] };
      };
      const messages = deliveries.map((d) => JSON.parse(d.body) as Message);
      const byName = new Map(messages.map((m) => [m.data.record.firstName, m]));
      const viaApi = byName.get('Eva')!;
      for (const name of ['Marta', 'Jan']) {
        const imported = byName.get(name)!;
        expect(imported.type).toBe('person.created');
        expect(imported.data.recordType).toBe('person');
        // The same fields as the person made through the API, with the imported values.
        expect(Object.keys(imported.data.record).sort()).toEqual(Object.keys(viaApi.data.record).sort());
        expect(imported.data.changedFields.sort()).toEqual(viaApi.data.changedFields.sort());
        const stored = (await owner.get(`/people/${String(imported.data.record.id)}`)).json<
          Record<string, unknown>
        >();
        expect(imported.data.record).toMatchObject({ firstName: stored.firstName, emails: stored.emails });
      }
    } finally {
      process.env = saved;
    }
  });

  it('refuses a malformed file and a bad mapping with a 400 naming the field, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const expectProblem = (response: { statusCode: number; body: string }, status: number, field: string) => {
      expect(response.statusCode, response.body).toBe(status);
      expect(JSON.parse(response.body) as Problem).toMatchObject({ status, errors: [{ field }] });
    };
    expectProblem(await upload(owner, { object: 'people' }, 'a,b\n"unclosed,1\n2,3\n'), 400, 'file');
    expectProblem(await upload(owner, { object: 'people' }, ''), 400, 'file');
    expectProblem(await upload(owner, { object: 'people' }, 'a,a\n1,2\n'), 400, 'file');
    expectProblem(
      await upload(owner, { object: 'people' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])),
      400,
      'file',
    );
    expectProblem(await upload(owner, { object: 'unicorns' }, 'a\n1\n'), 400, 'object');
    expectProblem(
      await upload(owner, { object: 'people', mapping: '{"a":"shoeSize"}' }, 'a\n1\n'),
      400,
      'mapping.a',
    );
    expectProblem(
      await upload(owner, { object: 'people', mapping: '{"zzz":"lastName"}' }, 'a\n1\n'),
      400,
      'mapping.zzz',
    );
    expectProblem(await upload(owner, { object: 'people', mapping: 'not json' }, 'a\n1\n'), 400, 'mapping');
    expectProblem(
      await upload(owner, { object: 'people', mapping: '{"a":"lastName"}', mode: 'update' }, 'a\n1\n'),
      400,
      'dedupeOn',
    );
    expectProblem(
      await upload(owner, { object: 'people', mapping: '{"a":"lastName"}', dedupeOn: 'tags' }, 'a\n1\n'),
      400,
      'dedupeOn.0',
    );
    const noFile = await owner.post('/imports', { object: 'people' });
    expectProblem(noFile, 400, 'file');
    expect((await owner.get('/imports')).json<{ data: unknown[] }>().data).toHaveLength(0);
    expect(
      await t.app.db
        .selectFrom('files')
        .select('id')
        .where('workspace_id', '=', owner.info.workspaceId)
        .execute(),
    ).toHaveLength(0);

    const item = await draft(owner, 'people', 'Surname\nNovák\n');
    expectProblem(
      await owner.patch(`/imports/${item.id}`, { mapping: { Surname: 'lastName', Other: 'firstName' } }),
      400,
      'mapping.Other',
    );
    expectProblem(
      await owner.patch(`/imports/${item.id}`, { mapping: { Surname: 'createdAt' } }),
      400,
      'mapping.Surname',
    );
    expect((await owner.get(`/imports/${item.id}`)).json<Import>().mapping).toEqual({ Surname: 'lastName' });
    const cancelled = await owner.post(`/imports/${item.id}/cancel`);
    expect(cancelled.json<Import>().status).toBe('cancelled');
    expectProblem(await owner.post(`/imports/${item.id}/start`, {}), 400, 'status');
  });

  it('keeps to roles and workspaces', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const viewer = await addMember(owner, 'viewer');
    const member = await addMember(owner, 'member');
    expect((await upload(viewer, { object: 'people' }, 'Surname\nNovák\n')).statusCode).toBe(403);

    // A member may create people but change only their own.
    const ownersPerson = (
      await owner.post('/people', { lastName: 'Owned', emails: [{ email: 'owned@example.com' }] })
    ).json<{ id: string }>();
    const memberImport = await upload(
      member,
      { object: 'people', mapping: '{"email":"emails","name":"lastName"}', dedupeOn: 'email' },
      'email,name\nowned@example.com,Changed\nmine@example.com,Mine\n',
    );
    const done = await finished(member, memberImport.json<Import>().id);
    expect(done).toMatchObject({ created: 1, updated: 0, failed: 1 });
    expect((await owner.get(`/people/${ownersPerson.id}`)).json<{ lastName: string }>().lastName).toBe(
      'Owned',
    );
    expect(csvOf((await member.get(`/imports/${done.id}/errors`)).body)[0]!.message).toMatch(/your own/);

    // Product cost is sensitive: a member may not import it.
    const cost = await upload(
      member,
      { object: 'products', mapping: '{"sku":"sku","name":"name","cost":"cost"}' },
      'sku,name,cost\nA,B,1\n',
    );
    expect(cost.statusCode).toBe(403);
    expect(cost.json<Problem>().errors[0]!.field).toBe('mapping.cost');

    // Imports of others: the owner sees every import; a member only their own; other workspaces none.
    const ownersImport = await draft(owner, 'people', 'Surname\nNovák\n');
    expect((await member.get(`/imports/${ownersImport.id}`)).statusCode).toBe(404);
    expect((await owner.get(`/imports/${done.id}`)).statusCode).toBe(200);
    for (const path of ['', '/preview', '/errors'])
      expect((await other.get(`/imports/${ownersImport.id}${path}`)).statusCode).toBe(404);
    expect((await other.patch(`/imports/${ownersImport.id}`, { mode: 'create' })).statusCode).toBe(404);
    expect((await other.post(`/imports/${ownersImport.id}/start`, {})).statusCode).toBe(404);
    expect((await other.post(`/imports/${ownersImport.id}/cancel`)).statusCode).toBe(404);
    expect((await other.get('/imports')).json<{ data: unknown[] }>().data).toHaveLength(0);
    // The uploaded file is kept as a file of the import, never reachable as a record's file.
    const stored = await t.app.db
      .selectFrom('files')
      .select('id')
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('record_id', '=', ownersImport.id)
      .executeTakeFirstOrThrow();
    expect((await owner.get(`/files/${stored.id}`)).statusCode).toBe(404);
  }, 90_000);
});
