import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { createPipeline } from './deals.testing.js';

interface Deal {
  id: string;
  version: number;
  amount: { amount: number; currency: string };
  lines: { description: string; quantity: string; netMinor: number; taxMinor: number; grossMinor: number }[];
}
type Problem = { errors: { field: string }[] };

describe.each(testDialects())('a deal’s products on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('prices the lines and makes the deal worth their net total, in its currency', async () => {
    const owner = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    const product = (
      await owner.post('/products', {
        name: 'Údržba',
        sku: 'SRV-1',
        price: { amount: 12_050, currency: 'EUR' },
      })
    ).json<{ id: string }>();
    const created = await owner.post('/deals', {
      title: 'Service contract',
      amount: { amount: 1, currency: 'EUR' },
      pipelineId: pipeline.id,
      lines: [
        {
          productId: product.id,
          description: 'Údržba',
          quantity: '1.5',
          unitPriceMinor: 12_050,
          taxRate: '20',
        },
        { description: 'Travel', quantity: 3, unitPriceMinor: 999, discountPercent: '10', taxRate: '0' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const deal = created.json<Deal>();
    // 1.5 × 120.50 = 180.75; 3 × 9.99 × 0.9 = 26.973 → 26.97.
    expect(deal.lines.map((line) => [line.quantity, line.netMinor, line.taxMinor])).toEqual([
      ['1.5', 18_075, 3615],
      ['3', 2697, 0],
    ]);
    expect(deal.amount).toEqual({ amount: 20_772, currency: 'EUR' });

    // The amount follows the lines whatever is sent; without lines it is the amount given again.
    const edited = await owner.patch(`/deals/${deal.id}`, { amount: { amount: 5, currency: 'EUR' } });
    expect(edited.json<Deal>().amount.amount).toBe(20_772);
    const cleared = await owner.patch(`/deals/${deal.id}`, {
      lines: [],
      amount: { amount: 5, currency: 'EUR' },
    });
    expect(cleared.json<Deal>()).toMatchObject({ amount: { amount: 5 }, lines: [] });
  });

  it('refuses bad lines naming the field, and products of another workspace, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    const theirs = (
      await stranger.post('/products', {
        name: 'Theirs',
        sku: 'T-1',
        price: { amount: 100, currency: 'EUR' },
      })
    ).json<{ id: string }>();
    const post = (line: Record<string, unknown>) =>
      owner.post('/deals', {
        title: 'Bad',
        amount: { amount: 0, currency: 'EUR' },
        pipelineId: pipeline.id,
        lines: [{ description: 'X', quantity: '1', unitPriceMinor: 100, taxRate: '20', ...line }],
      });
    for (const [line, field] of [
      [{ quantity: '-1' }, 'lines.0.quantity'],
      [{ unitPriceMinor: -5 }, 'lines.0.unitPriceMinor'],
      [{ discountPercent: '101' }, 'lines.0.discountPercent'],
      [{ productId: theirs.id }, 'lines.0.productId'],
    ] as const) {
      const response = await post(line);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<Problem>().errors[0]!.field).toBe(field);
    }
    const list = await owner.get('/deals');
    expect(list.json<{ data: unknown[] }>().data).toEqual([]);
  });
});
