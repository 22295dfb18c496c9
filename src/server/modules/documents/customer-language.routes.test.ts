import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Problem = { errors?: { field: string }[] };

describe.each(testDialects())('a customer’s preferred language on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('is kept on people and companies, changed and cleared', async () => {
    const owner = await signUpOwner(t.app);
    const company = await owner.post('/companies', { name: 'Łódzka Żegluga', language: 'pl' });
    expect(company.statusCode, company.body).toBe(201);
    const companyId = company.json<{ id: string }>().id;
    expect(company.json()).toMatchObject({ language: 'pl' });
    const person = await owner.post('/people', { firstName: 'Иван', companyId, language: 'bg' });
    expect(person.json()).toMatchObject({ language: 'bg' });
    const personId = person.json<{ id: string }>().id;
    expect((await owner.patch(`/people/${personId}`, { language: null })).json()).toMatchObject({
      language: null,
    });
    expect((await owner.get(`/companies/${companyId}`)).json()).toMatchObject({ language: 'pl' });
    // A person created without one has none: their documents follow the company.
    expect((await owner.post('/people', { firstName: 'Ewa' })).json()).toMatchObject({ language: null });
  });

  it('refuses a language the documents are not written in, naming the field', async () => {
    const owner = await signUpOwner(t.app);
    for (const path of ['/people', '/companies']) {
      const response = await owner.post(path, { firstName: 'Hans', name: 'Hans GmbH', language: 'de' });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual(['language']);
    }
    expect((await owner.get('/people')).json<{ data: unknown[] }>().data).toHaveLength(0);
  });
});
