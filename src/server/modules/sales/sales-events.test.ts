import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  addWithRole,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { createPipeline } from '../deals/deals.testing.js';
import { salesSteps } from './sales-events.js';

interface SalesEvent {
  kind: string;
  subject: { type: string; id: string } | null;
  data: { documentKind: string; number: string; action: string; amountMinor: number | null };
}

const ok = async <T>(promise: Promise<{ statusCode: number; body: string; json: <J>() => J }>) => {
  const response = await promise;
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json<T>();
};

/** The sales steps on a record's timeline, oldest first, as `kind number action`. */
async function steps(client: Client, path: string) {
  const page = await ok<{ data: SalesEvent[] }>(client.get(`${path}/timeline?kind=sales_document&limit=200`));
  return page.data
    .map(
      (event) =>
        `${event.data.documentKind} ${event.data.action}${event.data.amountMinor ? ` ${event.data.amountMinor}` : ''}`,
    )
    .reverse();
}

describe('sales steps from a change (pure)', () => {
  it('names each step once, and none for a change that is not one', () => {
    const invoice = { status: 'issued', paidMinor: 0, creditedMinor: 0 };
    expect(salesSteps('invoice', { ...invoice, status: 'paid', paidMinor: 500 }, invoice)).toEqual([
      { action: 'payment_recorded', amountMinor: 500 },
      { action: 'paid', amountMinor: null },
    ]);
    expect(salesSteps('invoice', { ...invoice, notes: 'x' }, invoice)).toEqual([]);
    const quote = { status: 'sent', revision: 1 };
    expect(salesSteps('quote', { status: 'draft', revision: 2 }, quote)).toEqual([
      { action: 'revised', amountMinor: null },
    ]);
    expect(salesSteps('order', { status: 'new' }, null)).toEqual([{ action: 'created', amountMinor: null }]);
  });
});

describe.each(testDialects())('quotes, orders and invoices on timelines and webhooks on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('puts every step on the timelines of the document, its customer and its deal, and publishes it', async () => {
    const owner = await signUpOwner(t.app);
    const hook = await ok<{ id: string }>(
      owner.post('/webhooks', { url: 'https://93.184.215.14/hooks/rapport', events: ['*'] }),
    );
    await ok(owner.patch('/workspace/document-details', { legalName: 'Seller Ltd', country: 'SK' }));
    const company = await ok<{ id: string }>(owner.post('/companies', { name: 'Acme' }));
    const person = await ok<{ id: string }>(
      owner.post('/people', {
        firstName: 'Eva',
        companyId: company.id,
        emails: [{ email: 'eva@acme.example' }],
      }),
    );
    const pipeline = await createPipeline(owner);
    const deal = await ok<{ id: string }>(
      owner.post('/deals', {
        title: 'Fit-out',
        pipelineId: pipeline.id,
        stageId: pipeline.stages[0]!.id,
        amount: { amount: 10_000, currency: 'EUR' },
        companyId: company.id,
        personIds: [person.id],
        lines: [{ description: 'Desk', quantity: '2', unitPriceMinor: 5_000, taxRate: '20' }],
      }),
    );
    const quote = await ok<{ id: string }>(owner.post('/quotes', { dealId: deal.id, lines: [] }));
    await ok(owner.post(`/quotes/${quote.id}/email`, {}));
    await ok(owner.post(`/quotes/${quote.id}/send`));
    await ok(owner.post(`/quotes/${quote.id}/accept`));
    const order = await ok<{ id: string }>(owner.post(`/quotes/${quote.id}/convert`, {}));
    await ok(owner.post(`/orders/${order.id}/status`, { status: 'confirmed' }));
    await ok(owner.post(`/orders/${order.id}/deliveries`, { lines: [{ line: 0, quantity: '1' }] }));
    await ok(owner.post(`/orders/${order.id}/deliveries`, { lines: [{ line: 0, quantity: '1' }] }));
    const invoice = await ok<{ id: string; totals: { grossMinor: number } }>(
      owner.post(`/orders/${order.id}/invoice`, {}),
    );
    await ok(owner.post(`/invoices/${invoice.id}/payments`, { amountMinor: 2_000 }));
    await ok(
      owner.post(`/invoices/${invoice.id}/payments`, { amountMinor: invoice.totals.grossMinor - 2_000 }),
    );

    const expected = [
      'quote created',
      'quote sent',
      'quote accepted',
      'quote converted',
      'order created',
      'order confirmed',
      'order partially_delivered',
      'order delivered',
      'invoice created',
      'invoice payment_recorded 2000',
      `invoice payment_recorded ${invoice.totals.grossMinor - 2_000}`,
      'invoice paid',
    ];
    for (const path of [`/companies/${company.id}`, `/people/${person.id}`, `/deals/${deal.id}`])
      expect(await steps(owner, path), path).toEqual(expected);
    expect(await steps(owner, `/orders/${order.id}`)).toEqual(
      expected.filter((step) => step.startsWith('order')),
    );

    // The emailed quote is on the deal's timeline too.
    const documents = await ok<{ data: { data: { documentKind: string; sentTo: string } }[] }>(
      owner.get(`/deals/${deal.id}/timeline?kind=document`),
    );
    expect(documents.data.map((event) => event.data)).toMatchObject([
      { documentKind: 'quote', sentTo: 'eva@acme.example' },
    ]);

    const deliveries = await ok<{ data: { eventType: string }[] }>(
      owner.get(`/webhooks/${hook.id}/deliveries?limit=200`),
    );
    const types = deliveries.data.map((delivery) => delivery.eventType);
    for (const type of [
      'quote.created',
      'quote.document_sent',
      'quote.sent',
      'quote.accepted',
      'quote.converted',
      'order.created',
      'order.confirmed',
      'order.partially_delivered',
      'order.delivered',
      'order.status_changed',
      'invoice.created',
      'invoice.payment_recorded',
      'invoice.paid',
    ])
      expect(types, type).toContain(type);
    expect(types.filter((type) => type === 'invoice.payment_recorded')).toHaveLength(2);

    const offered = await ok<{ data: string[] }>(owner.get('/webhooks/event-types'));
    expect(offered.data).toEqual(
      expect.arrayContaining(['order.cancelled', 'invoice.credit_note_issued', 'invoice.document_sent']),
    );
  });

  it('shows another module’s steps only to roles that read every record of it', async () => {
    const owner = await signUpOwner(t.app);
    const company = await ok<{ id: string }>(owner.post('/companies', { name: 'Acme' }));
    await ok(
      owner.post('/orders', {
        companyId: company.id,
        currency: 'EUR',
        lines: [{ description: 'Work', quantity: '1', unitPriceMinor: 100, taxRate: '0' }],
      }),
    );
    const role = await ok<{ id: string }>(
      owner.post('/roles', {
        name: 'Own orders',
        permissions: { companies: { read: 'all' }, orders: { read: 'own' } },
      }),
    );
    const rep = await addWithRole(owner, role.id, 'rep');
    const manager = await addMember(owner, 'manager');
    expect(await steps(manager, `/companies/${company.id}`)).toEqual(['order created']);
    expect(await steps(rep, `/companies/${company.id}`)).toEqual([]);
    const other = await signUpOwner(t.app);
    expect((await other.get(`/companies/${company.id}/timeline?kind=sales_document`)).statusCode).toBe(404);
  });
});
