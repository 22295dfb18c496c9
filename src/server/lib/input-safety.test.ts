import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, createTestApp, signUpOwner, type Client, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';
import { isIsoDate } from './dates.js';
import { findUnsafeInput, MAX_NESTING } from './input-safety.js';

type Problem = { status: number; errors?: { field: string; message: string }[] };

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  field: string,
) {
  expect(response.statusCode, response.body).toBe(400);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  const problem = JSON.parse(response.body) as Problem;
  expect(problem.errors?.map((e) => e.field)).toContain(field);
}

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

describe('unsafe input detection', () => {
  it('names the field holding a NUL, a lone surrogate or too deep a nesting, without recursion', () => {
    expect(findUnsafeInput({ a: [{ b: NUL }] }, '', 'dots')).toEqual({
      field: 'a.0.b',
      message: 'must not contain NUL characters',
    });
    expect(findUnsafeInput({ filter: { lastName: { eq: LONE_SURROGATE } } }, '', 'brackets')?.field).toBe(
      'filter[lastName][eq]',
    );
    expect(findUnsafeInput({ [NUL]: 1 }, '', 'dots')?.message).toContain('key');
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(findUnsafeInput(deep, '', 'dots')?.message).toContain(`${MAX_NESTING}`);
    expect(findUnsafeInput({ name: 'Łukasz 👋 Иван' }, '', 'dots')).toBeNull();
  });

  it('accepts only days that exist, from year 1 on', () => {
    for (const ok of [
      '2024-02-29',
      '2023-12-31T23:59:59Z',
      '2024-01-01T10:00',
      '0001-01-01',
      '2024-06-01T08:00+02:00',
    ])
      expect(isIsoDate(ok), ok).toBe(true);
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '0000-01-01',
      '2024-13-01',
      '2024-00-10',
      '2024-01-01T24:00',
      '2024-1-1',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
  });
});

describe.each(testDialects())('odd input at the edge on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
  });
  afterAll(async () => t.close());

  it('refuses NUL bytes and lone surrogates before sign-in, in bodies, filters, names and cursors', async () => {
    for (const email of [NUL, LONE_SURROGATE]) {
      const signIn = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email, password: 'whatever it is' },
      });
      expectProblem(signIn, 'email');
    }
    for (const bad of [NUL, LONE_SURROGATE]) {
      expectProblem(await owner.post('/people', { firstName: bad }), 'firstName');
      expectProblem(await owner.post('/companies', { name: 'Ok', industry: bad }), 'industry');
      expectProblem(await owner.post('/roles', { name: bad, permissions: {} }), 'name');
      expectProblem(await owner.post('/teams', { name: bad, memberIds: [] }), 'name');
      expectProblem(await owner.patch('/workspace', { name: bad }), 'name');
      const cursor = Buffer.from(JSON.stringify([bad, '0190d6a4-0000-7000-8000-000000000000'])).toString(
        'base64url',
      );
      expectProblem(await owner.get(`/companies?sort=name&cursor=${cursor}`), 'cursor');
    }
    // A query string cannot carry a lone surrogate (it is not UTF-8), but it can carry a NUL.
    expectProblem(await owner.get('/people?filter[lastName][eq]=a%00b'), 'filter[lastName][eq]');
    expectProblem(await owner.get('/people?q=a%00b'), 'q');
    expectProblem(await owner.get('/companies?sort=name&filter[name][in]=a,b%00'), 'filter[name][in]');
    const person = (await owner.post('/people', { firstName: 'Noted' })).json<{ id: string }>();
    expectProblem(
      await owner.post('/notes', { entityType: 'person', entityId: person.id, body: NUL }),
      'body',
    );
    // Nothing was written by any of the refused requests.
    expect(
      (await allPages<{ firstName: string }>(owner, '/people?limit=200')).map((p) => p.firstName),
    ).toEqual(['Noted']);
  });

  it('treats JavaScript built-in names as unknown fields in sort, filter and saved views', async () => {
    const names = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
    const company = (await owner.post('/companies', { name: 'Listed' })).json<{ id: string }>();
    for (const list of ['/people', '/companies', `/companies/${company.id}/people`]) {
      for (const name of names) {
        expectProblem(await owner.get(`${list}?sort=${name}`), 'sort');
        expectProblem(await owner.get(`${list}?sort=createdAt,-${name}`), 'sort');
      }
    }
    for (const name of names.filter((n) => n !== '__proto__')) {
      const filtered = await owner.get(`/people?filter[${name}][eq]=x`);
      expect(filtered.statusCode, `${name}: ${filtered.body}`).toBeLessThan(500);
      const view = await owner.post('/views', {
        name: 'Odd',
        object: 'person',
        config: { columns: [], sort: name, filter: { [name]: { eq: 'x' } } },
      });
      expect(view.statusCode, `${name}: ${view.body}`).toBe(400);
      const columns = await owner.post('/views', {
        name: 'Odd',
        object: 'person',
        config: { columns: [name] },
      });
      expect(columns.statusCode, `${name}: ${columns.body}`).toBe(400);
    }
  });

  it('refuses bodies nested deeper than any resource takes, with or without an Idempotency-Key', async () => {
    for (const depth of [MAX_NESTING + 1, 5_000, 200_000]) {
      const nested = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      for (const headers of [{}, { 'idempotency-key': `deep-${depth}` }] as Record<string, string>[]) {
        const answer = await owner.request(
          'POST',
          '/people',
          `{"firstName":"Deep","custom":{"nested":${nested}}}`,
          {
            ...headers,
            'content-type': 'application/json',
          },
        );
        expect(answer.statusCode, answer.body).toBe(400);
        expect(answer.headers['content-type']).toContain('application/problem+json');
      }
    }
    expect((await owner.get('/people?q=deep')).json<{ data: unknown[] }>().data).toEqual([]);
  });

  it('refuses impossible dates in filters on every date field', async () => {
    for (const field of ['createdAt', 'updatedAt']) {
      for (const value of ['2024-02-30', '0000-01-01', '2023-02-29T10:00:00Z', '2024-04-31']) {
        expectProblem(await owner.get(`/people?filter[${field}][gt]=${value}`), `filter[${field}][gt]`);
        expectProblem(await owner.get(`/companies?filter[${field}][lte]=${value}`), `filter[${field}][lte]`);
      }
    }
    expect((await owner.get('/people?filter[createdAt][gt]=2024-02-29')).statusCode).toBe(200);
  });
});
