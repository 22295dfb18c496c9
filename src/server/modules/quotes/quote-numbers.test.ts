import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

/**
 * Quote numbers under concurrent requests, through real HTTP on a listening server: 50 creations at
 * once, some of them refused by a check that runs after the number would have been taken (a
 * company of no workspace), leave the accepted ones numbered 1…n without gaps or duplicates.
 */
describe.each(testDialects())('quote numbers under concurrency on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(async () => t.close());

  it('numbers 50 concurrent quotes 1 to n without gaps, refused ones taking none', async () => {
    const owner = await signUpOwner(t.app);
    const key = (await apiKeyClient(owner)).auth.apiKey!;
    const line = { description: 'Work', quantity: '1', unitPriceMinor: 1_000, taxRate: '20' };
    const missingCompany = '01890000-0000-7000-8000-000000000000';
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${base}/quotes`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            currency: 'EUR',
            lines: [line],
            ...(i % 5 === 4 && { companyId: missingCompany }),
          }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(40);
    expect(statuses.filter((status) => status === 400)).toHaveLength(10);
    const created = await Promise.all(
      responses.filter((r) => r.status === 201).map((r) => r.json() as Promise<{ number: string }>),
    );
    const year = new Date().getUTCFullYear();
    const expected = Array.from({ length: 40 }, (_, i) => `Q-${year}-${String(i + 1).padStart(5, '0')}`);
    expect(created.map((quote) => quote.number).sort()).toEqual(expected);
  });
});
