import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestApp, signUpOwner, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';

describe.each(testDialects())('Idempotency-Key on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('replays the first response for a repeat and creates the record once', async () => {
    const owner = await signUpOwner(t.app);
    const client = await apiKeyClient(owner);
    const headers = { 'idempotency-key': 'order-2026-0001' };
    const first = await client.post('/companies', { name: 'Once Only' }, headers);
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const repeat = await client.post('/companies', { name: 'Once Only' }, headers);
    expect(repeat.statusCode).toBe(201);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.json()).toEqual(first.json());
    expect((await client.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(1);

    const different = await client.post('/companies', { name: 'Something else' }, headers);
    expect(different.statusCode).toBe(409);
    expect(different.headers['content-type']).toContain('application/problem+json');
    expect(different.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('Idempotency-Key');
    expect((await client.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(1);
  });

  it('replays a refusal as the same problem document', async () => {
    const owner = await signUpOwner(t.app);
    const client = await apiKeyClient(owner);
    const headers = { 'idempotency-key': 'person-at-unknown-company' };
    const body = { firstName: 'Eva', companyId: '0190f0f0-0000-7000-8000-000000000000' };
    const first = await client.post('/people', body, headers);
    expect(first.statusCode).toBe(400);
    const repeat = await client.post('/people', body, headers);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.statusCode).toBe(400);
    expect(repeat.headers['content-type']).toContain('application/problem+json');
    expect(repeat.json()).toEqual(first.json());
  });

  it('lets only one of two simultaneous duplicates run', async () => {
    const owner = await signUpOwner(t.app);
    const client = await apiKeyClient(owner);
    const headers = { 'idempotency-key': 'double-click' };
    const responses = await Promise.all(
      [1, 2, 3].map(() => client.post('/companies', { name: 'Double' }, headers)),
    );
    // The one that ran answers 201; each duplicate is either told to wait (409) or given the replay.
    const originals = responses.filter((r) => r.statusCode === 201 && !r.headers['idempotent-replayed']);
    expect(originals).toHaveLength(1);
    for (const r of responses) expect([201, 409]).toContain(r.statusCode);
    expect((await client.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(1);
  });

  it('scopes keys to the caller, so another workspace may reuse the same key', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const headers = { 'idempotency-key': 'shared-key' };
    expect((await a.post('/companies', { name: 'A Co' }, headers)).statusCode).toBe(201);
    const fromB = await b.post('/companies', { name: 'A Co' }, headers);
    expect(fromB.statusCode).toBe(201);
    expect(fromB.headers['idempotent-replayed']).toBeUndefined();
    expect((await b.get('/companies')).json<{ data: unknown[] }>().data).toHaveLength(1);
    expect((await a.post('/companies', { name: 'A Co' }, { 'idempotency-key': '' })).statusCode).toBe(400);
  });
});
