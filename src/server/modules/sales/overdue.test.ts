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

interface Doc {
  id: string;
  number: string;
  status: string;
  totals: { grossMinor: number };
  balanceMinor?: number;
}
interface OverduePage<K extends string> {
  data: (Record<K, Doc> & { daysLate: number })[];
  nextCursor: string | null;
}

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
const line = (unitPriceMinor: number) => ({
  description: 'Work',
  quantity: '1',
  unitPriceMinor,
  taxRate: '0',
});
const fieldsOf = (body: string) =>
  (JSON.parse(body) as { errors?: { field: string }[] }).errors?.map((error) => error.field);

async function order(client: Client, companyId: string, promisedDate: string | null, price = 1_000) {
  const response = await client.post('/orders', {
    companyId,
    currency: 'EUR',
    lines: [line(price)],
    promisedDate,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Doc>();
}

async function invoice(client: Client, companyId: string, dueDate: string, price = 1_000, currency = 'EUR') {
  const response = await client.post('/invoices', {
    companyId,
    currency,
    lines: [line(price)],
    issueDate: daysAgo(40),
    dueDate,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Doc>();
}

describe.each(testDialects())('overdue orders and invoices on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('lists orders past their promised date not delivered, most days late first, a page at a time', async () => {
    const owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
    const tenDays = await order(owner, company.id, daysAgo(10), 5_000);
    const twoDays = await order(owner, company.id, daysAgo(2), 9_000);
    await order(owner, company.id, daysAgo(-3)); // promised for later
    await order(owner, company.id, null); // no promise, never late
    const delivered = await order(owner, company.id, daysAgo(20));
    const delivery = await owner.post(`/orders/${delivered.id}/deliveries`, {
      lines: [{ line: 0, quantity: '1' }],
    });
    expect(delivery.statusCode, delivery.body).toBe(201);
    const cancelled = await order(owner, company.id, daysAgo(30));
    await owner.post(`/orders/${cancelled.id}/status`, { status: 'cancelled' });
    const partly = await owner.post('/orders', {
      companyId: company.id,
      currency: 'EUR',
      lines: [{ ...line(100), quantity: '2' }],
      promisedDate: daysAgo(5),
    });
    await owner.post(`/orders/${partly.json<Doc>().id}/deliveries`, { lines: [{ line: 0, quantity: '1' }] });

    const all = (await owner.get('/sales/overdue/orders')).json<OverduePage<'order'>>();
    expect(all.data.map((row) => [row.order.id, row.daysLate, row.order.status])).toEqual([
      [tenDays.id, 10, 'new'],
      [partly.json<Doc>().id, 5, 'partially_delivered'],
      [twoDays.id, 2, 'new'],
    ]);
    expect(all.nextCursor).toBeNull();

    const byAmount = (await owner.get('/sales/overdue/orders?sort=-amount')).json<OverduePage<'order'>>();
    expect(byAmount.data.map((row) => row.order.totals.grossMinor)).toEqual([9_000, 5_000, 200]);

    const first = (await owner.get('/sales/overdue/orders?sort=daysLate&limit=2')).json<
      OverduePage<'order'>
    >();
    expect(first.data.map((row) => row.daysLate)).toEqual([2, 5]);
    const next = (
      await owner.get(
        `/sales/overdue/orders?sort=daysLate&limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`,
      )
    ).json<OverduePage<'order'>>();
    expect(next.data.map((row) => row.daysLate)).toEqual([10]);
    expect(next.nextCursor).toBeNull();
  });

  it('lists invoices past due with a balance left, sorted by balance', async () => {
    const owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
    const old = await invoice(owner, company.id, daysAgo(30), 4_000);
    const recent = await invoice(owner, company.id, daysAgo(1), 10_000);
    await invoice(owner, company.id, daysAgo(-5)); // not yet due
    const paid = await invoice(owner, company.id, daysAgo(12), 700);
    await owner.post(`/invoices/${paid.id}/payments`, { amountMinor: 700 });
    const payment = await owner.post(`/invoices/${recent.id}/payments`, { amountMinor: 2_500 });
    expect(payment.statusCode, payment.body).toBe(201);

    const page = (await owner.get('/sales/overdue/invoices?sort=-amount')).json<OverduePage<'invoice'>>();
    expect(
      page.data.map((row) => [row.invoice.id, row.invoice.balanceMinor, row.daysLate, row.invoice.status]),
    ).toEqual([
      [recent.id, 7_500, 1, 'partially_paid'],
      [old.id, 4_000, 30, 'issued'],
    ]);
    const byDays = (await owner.get('/sales/overdue/invoices')).json<OverduePage<'invoice'>>();
    expect(byDays.data.map((row) => row.invoice.id)).toEqual([old.id, recent.id]);
  });

  it('refuses bad input naming the field', async () => {
    const owner = await signUpOwner(t.app);
    for (const [query, field] of [
      ['sort=dueDate', 'sort'],
      ['limit=0', 'limit'],
      ['limit=500', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ] as const) {
      for (const kind of ['orders', 'invoices']) {
        const response = await owner.get(`/sales/overdue/${kind}?${query}`);
        expect(response.statusCode, `${kind} ${query}: ${response.body}`).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(fieldsOf(response.body)).toEqual([field]);
      }
    }
  });

  it('keeps workspaces apart', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
    await order(owner, company.id, daysAgo(3));
    await invoice(owner, company.id, daysAgo(3));
    for (const kind of ['orders', 'invoices']) {
      const theirs = (await other.get(`/sales/overdue/${kind}`)).json<OverduePage<string>>();
      expect(theirs.data).toEqual([]);
      const mine = (await owner.get(`/sales/overdue/${kind}`)).json<OverduePage<string>>();
      expect(mine.data).toHaveLength(1);
    }
  });

  it('shows each role the documents it may read: own, team or all, and 403 without the module', async () => {
    const owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
    const role = await owner.post('/roles', {
      name: 'Own orders only',
      permissions: { orders: { read: 'own', create: 'all', update: 'own' }, companies: { read: 'all' } },
    });
    expect(role.statusCode, role.body).toBe(201);
    const rep = await addWithRole(owner, role.json<{ id: string }>().id, 'rep');
    const manager = await addMember(owner, 'manager');
    const ownersOrder = await order(owner, company.id, daysAgo(4));
    const repsOrder = await order(rep, company.id, daysAgo(6));

    const seenBy = async (client: Client) =>
      (await client.get('/sales/overdue/orders'))
        .json<OverduePage<'order'>>()
        .data.map((row) => row.order.id);
    expect(await seenBy(rep)).toEqual([repsOrder.id]);
    expect(await seenBy(manager)).toEqual([repsOrder.id, ownersOrder.id]);
    const invoices = await rep.get('/sales/overdue/invoices');
    expect(invoices.statusCode).toBe(403);
  });

  it('gives a customer’s figures in the workspace currency, converted and marked so', async () => {
    const owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
    const rates = await owner.put('/exchange-rates', {
      rates: [{ currency: 'USD', rate: '0.5' }],
    });
    expect(rates.statusCode, rates.body).toBe(200);
    await invoice(owner, company.id, daysAgo(3), 1_000, 'EUR');
    await invoice(owner, company.id, daysAgo(-3), 4_000, 'USD');
    await invoice(owner, company.id, daysAgo(3), 9_900, 'PLN');
    await order(owner, company.id, daysAgo(1));

    const figures = (await owner.get(`/companies/${company.id}/sales`)).json<{
      currency: string;
      lateOrders: number;
      overdueInvoices: number;
      revenue: { amount: number; currency: string; converted: boolean; missingRates: string[] };
      outstanding: { amount: number };
      overdue: { amount: number; converted: boolean };
    }>();
    expect(figures).toMatchObject({
      currency: 'EUR',
      lateOrders: 1,
      overdueInvoices: 2,
      revenue: { amount: 1_000 + 2_000, currency: 'EUR', converted: true, missingRates: ['PLN'] },
      outstanding: { amount: 3_000 },
      overdue: { amount: 1_000, converted: false },
    });
  });
});
