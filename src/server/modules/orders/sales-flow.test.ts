import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/factories.js';
import { createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface Line {
  description: string;
  quantity: string;
  unitPriceMinor: number;
  taxRate: string;
  netMinor: number;
  taxMinor: number;
  grossMinor: number;
}
interface SalesDoc {
  id: string;
  number: string;
  status: string;
  revision?: number;
  lines: Line[];
  totals: { netMinor: number; taxMinor: number; grossMinor: number };
  taxBreakdown: { taxRate: string; taxableMinor: number; taxMinor: number }[];
  deliveredQuantities?: string[];
  invoicedQuantities?: string[];
  balanceMinor?: number;
  paidMinor?: number;
  orderId?: string | null;
}

const fieldsOf = (body: string) =>
  (JSON.parse(body) as { errors?: { field: string }[] }).errors?.map((e) => e.field);
const year = new Date().getUTCFullYear();

async function setUp(owner: Client) {
  const company = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
  const consulting = await owner.post('/products', {
    sku: 'CONS',
    name: 'Consulting',
    unit: 'h',
    price: { amount: 9_999, currency: 'EUR' },
    taxRate: '20',
    names: { bg: 'Консултации' },
  });
  expect(consulting.statusCode, consulting.body).toBe(201);
  const books = (
    await owner.post('/products', {
      sku: 'BOOK',
      name: 'Book',
      price: { amount: 1_250, currency: 'EUR' },
      taxRate: 9,
    })
  ).json<{ id: string; taxRate: string }>();
  expect(books.taxRate).toBe('9');
  return { company, consulting: consulting.json<{ id: string; taxRate: string }>(), books };
}

describe.each(testDialects())('quotes → orders → invoices on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('prices a quote from its products, revises it once sent, converts it once, delivers and invoices in parts', async () => {
    const owner = await signUpOwner(t.app);
    const { company, consulting, books } = await setUp(owner);
    expect(consulting.taxRate).toBe('20');

    const created = await owner.post('/quotes', {
      companyId: company.id,
      currency: 'EUR',
      lines: [
        { productId: consulting.id, quantity: '1.5' },
        { productId: books.id, quantity: 3, discountPercent: '10' },
        { description: 'Travel', quantity: '1', unitPriceMinor: 5_000, taxRate: '20' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const quote = created.json<SalesDoc>();
    expect(quote.number).toBe(`Q-${year}-00001`);
    expect(quote.status).toBe('draft');
    expect(quote.lines.map((l) => [l.description, l.netMinor, l.taxMinor])).toEqual([
      ['Consulting', 14_999, 3_000], // 1.5 × 99.99 = 149.985 → 149.99
      ['Book', 3_375, 304], // 3 × 12.50 less 10 % = 33.75; 9 % = 3.0375 → 3.04
      ['Travel', 5_000, 1_000],
    ]);
    expect(quote.taxBreakdown).toEqual([
      { taxRate: '9', taxableMinor: 3_375, taxMinor: 304 },
      { taxRate: '20', taxableMinor: 19_999, taxMinor: 4_000 },
    ]);
    expect(quote.totals).toEqual({ netMinor: 23_374, taxMinor: 4_304, grossMinor: 27_678 });

    expect((await owner.post(`/quotes/${quote.id}/send`)).json<SalesDoc>().status).toBe('sent');
    const revised = await owner.patch(`/quotes/${quote.id}`, {
      lines: [{ productId: consulting.id, quantity: '2' }],
    });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json<SalesDoc>()).toMatchObject({ revision: 2, status: 'draft', number: quote.number });
    const revisions = (await owner.get(`/quotes/${quote.id}/revisions`)).json<{
      data: { revision: number; quote: SalesDoc }[];
    }>();
    expect(revisions.data.map((r) => [r.revision, r.quote.totals.grossMinor])).toEqual([[1, 27_678]]);

    const early = await owner.post(`/quotes/${quote.id}/convert`);
    expect(early.statusCode).toBe(409);
    expect(fieldsOf(early.body)).toEqual(['status']);
    expect((await owner.post(`/quotes/${quote.id}/accept`)).json<SalesDoc>().status).toBe('accepted');
    const converted = await owner.post(`/quotes/${quote.id}/convert`, { promisedDate: '2026-12-01' });
    expect(converted.statusCode, converted.body).toBe(201);
    const order = converted.json<SalesDoc>();
    expect(order.number).toBe(`SO-${year}-00001`);
    expect(order.lines).toEqual(revised.json<SalesDoc>().lines);
    const twice = await owner.post(`/quotes/${quote.id}/convert`);
    expect(twice.statusCode).toBe(409);
    expect(fieldsOf(twice.body)).toEqual(['status']);
    expect((await owner.get(`/quotes/${quote.id}`)).json<SalesDoc>()).toMatchObject({
      status: 'converted',
      orderId: order.id,
    });

    const bad = await owner.post(`/orders/${order.id}/status`, { status: 'completed' });
    expect(bad.statusCode).toBe(409);
    expect(fieldsOf(bad.body)).toEqual(['status']);
    expect((await owner.post(`/orders/${order.id}/status`, { status: 'confirmed' })).statusCode).toBe(200);

    const first = await owner.post(`/orders/${order.id}/deliveries`, {
      lines: [{ line: 0, quantity: '0.5' }],
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<{ order: SalesDoc }>().order).toMatchObject({
      status: 'partially_delivered',
      deliveredQuantities: ['0.5'],
    });
    const tooMuch = await owner.post(`/orders/${order.id}/deliveries`, {
      lines: [{ line: 0, quantity: '1.501' }],
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(fieldsOf(tooMuch.body)).toEqual(['lines.0.quantity']);
    const second = await owner.post(`/orders/${order.id}/deliveries`, {
      lines: [{ line: 0, quantity: '1.5' }],
    });
    expect(second.json<{ delivery: { number: string }; order: SalesDoc }>()).toMatchObject({
      delivery: { number: `DN-${year}-00002` },
      order: { status: 'delivered', deliveredQuantities: ['2'] },
    });
    const history = (await owner.get(`/orders/${order.id}/status-history`)).json<{
      data: { toStatus: string }[];
    }>();
    expect(history.data.map((c) => c.toStatus)).toEqual([
      'new',
      'confirmed',
      'partially_delivered',
      'delivered',
    ]);

    const part = await owner.post(`/orders/${order.id}/invoice`, { lines: [{ line: 0, quantity: '0.5' }] });
    expect(part.statusCode, part.body).toBe(201);
    const invoice = part.json<SalesDoc>();
    expect(invoice).toMatchObject({ number: `INV-${year}-00001`, status: 'issued', balanceMinor: 6_000 });
    const over = await owner.post(`/orders/${order.id}/invoice`, { lines: [{ line: 0, quantity: '2' }] });
    expect(over.statusCode).toBe(400);
    expect(fieldsOf(over.body)).toEqual(['lines.0.quantity']);
    const rest = (await owner.post(`/orders/${order.id}/invoice`)).json<SalesDoc>();
    expect(rest.lines[0]!.quantity).toBe('1.5');

    const above = await owner.post(`/invoices/${invoice.id}/payments`, { amountMinor: 6_001 });
    expect(above.statusCode).toBe(400);
    expect(fieldsOf(above.body)).toEqual(['amountMinor']);
    const paid = await owner.post(`/invoices/${invoice.id}/payments`, {
      amountMinor: 4_000,
      method: 'transfer',
    });
    expect(paid.json<{ invoice: SalesDoc }>().invoice).toMatchObject({
      status: 'partially_paid',
      paidMinor: 4_000,
      balanceMinor: 2_000,
    });
    const credit = await owner.post(`/invoices/${rest.id}/credit-notes`, {
      lines: [{ line: 0, quantity: '0.5' }],
      reason: 'One hour was not needed',
    });
    expect(credit.statusCode, credit.body).toBe(201);
    expect(
      credit.json<{ creditNote: { number: string; totals: { grossMinor: number } } }>().creditNote,
    ).toMatchObject({
      number: `CN-${year}-00001`,
      totals: { grossMinor: 6_000 },
    });

    const figures = (await owner.get(`/companies/${company.id}/sales`)).json<{
      orders: number;
      invoices: number;
      byCurrency: { currency: string; revenueMinor: number; outstandingMinor: number }[];
    }>();
    expect(figures).toMatchObject({ orders: 1, invoices: 2 });
    expect(figures.byCurrency).toEqual([
      // 0.5 h invoiced (60.00), then the other 1.5 h (179.98: what the order's line leaves after the
      // first invoice, where alone it would round to 179.99), and 0.5 h credited (60.00).
      expect.objectContaining({
        currency: 'EUR',
        revenueMinor: 6_000 + 17_998 - 6_000,
        outstandingMinor: 2_000 + 11_998,
      }),
    ]);
  });

  it('makes an invoice due after the workspace’s payment days, else fourteen days', async () => {
    const owner = await signUpOwner(t.app);
    const line = { description: 'Audit', quantity: '1', unitPriceMinor: 10_000, taxRate: '20' };
    const invoice = (body: object) =>
      owner.post('/invoices', { companyId: null, personId: null, currency: 'EUR', lines: [line], ...body });
    const plain = await invoice({ issueDate: '2026-12-20' });
    expect(plain.json<{ dueDate: string }>().dueDate).toBe('2027-01-03');
    await owner.patch('/workspace/document-details', { paymentDays: 30 });
    const due = await invoice({ issueDate: '2026-12-20' });
    expect(due.json<{ dueDate: string }>().dueDate).toBe('2027-01-19');
    const given = await invoice({ issueDate: '2026-12-20', dueDate: '2026-12-31' });
    expect(given.json<{ dueDate: string }>().dueDate).toBe('2026-12-31');
    const { company, books } = await setUp(owner);
    const order = await owner.post('/orders', {
      companyId: company.id,
      personId: null,
      currency: 'EUR',
      lines: [{ productId: books.id, quantity: '2' }],
    });
    const id = order.json<{ id: string }>().id;
    await owner.post(`/orders/${id}/status`, { status: 'confirmed' });
    const fromOrder = await owner.post(`/orders/${id}/invoice`, { issueDate: '2026-12-20' });
    expect(fromOrder.statusCode, fromOrder.body).toBe(201);
    expect(fromOrder.json<{ dueDate: string }>().dueDate).toBe('2027-01-19');
  });

  it('invoices an order in parts that add up exactly to the order', async () => {
    const owner = await signUpOwner(t.app);
    const { company } = await setUp(owner);
    const created = await owner.post('/orders', {
      companyId: company.id,
      personId: null,
      currency: 'EUR',
      documentDiscountPercent: '3',
      lines: [
        { description: 'Hours', quantity: '1', unitPriceMinor: 3_333, taxRate: '20' },
        { description: 'Parts', quantity: '7', unitPriceMinor: 1_001, discountPercent: '7.5', taxRate: '20' },
        { description: 'Books', quantity: '3', unitPriceMinor: 1_999, taxRate: '9' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const order = created.json<SalesDoc & { taxBreakdown: { taxRate: string; taxMinor: number }[] }>();
    const parts: { line: number; quantity: string }[][] = [
      [
        { line: 0, quantity: '0.333' },
        { line: 1, quantity: '3' },
        { line: 2, quantity: '1' },
      ],
      [
        { line: 0, quantity: '0.333' },
        { line: 2, quantity: '1' },
      ],
    ];
    const invoices: (typeof order)[] = [];
    for (const lines of parts) {
      const response = await owner.post(`/orders/${order.id}/invoice`, { lines });
      expect(response.statusCode, response.body).toBe(201);
      invoices.push(response.json<typeof order>());
    }
    invoices.push((await owner.post(`/orders/${order.id}/invoice`)).json<typeof order>());
    const sum = (pick: (invoice: typeof order) => number) =>
      invoices.reduce((total, i) => total + pick(i), 0);
    expect({
      netMinor: sum((i) => i.totals.netMinor),
      taxMinor: sum((i) => i.totals.taxMinor),
      grossMinor: sum((i) => i.totals.grossMinor),
    }).toEqual(order.totals);
    for (const rate of order.taxBreakdown)
      expect(sum((i) => i.taxBreakdown.find((e) => e.taxRate === rate.taxRate)?.taxMinor ?? 0)).toBe(
        rate.taxMinor,
      );
    // Every invoice is whole in itself: its lines make its totals.
    for (const invoice of invoices) {
      expect(invoice.lines.reduce((total, line) => total + line.grossMinor, 0)).toBe(
        invoice.totals.grossMinor,
      );
      expect(invoice.lines.map((line) => line.description).length).toBeGreaterThan(0);
    }
  });

  it('refuses bad input naming the field and writes nothing', async () => {
    const owner = await signUpOwner(t.app);
    const { company } = await setUp(owner);
    const line = { description: 'Work', quantity: '1', unitPriceMinor: 1_000, taxRate: '20' };
    const cases: [Record<string, unknown>, string][] = [
      [{ currency: 'EUR', lines: [{ ...line, quantity: '-1' }] }, 'lines.0.quantity'],
      [{ currency: 'XXY', lines: [line] }, 'currency'],
      [{ currency: 'EUR', lines: [{ ...line, taxRate: '20.125' }] }, 'lines.0.taxRate'],
      [{ currency: 'EUR', lines: [{ ...line, discountPercent: '101' }] }, 'lines.0.discountPercent'],
      [
        { currency: 'EUR', lines: [{ productId: '01890000-0000-7000-8000-000000000000', quantity: '1' }] },
        'lines.0.productId',
      ],
      [{ currency: 'EUR', companyId: '01890000-0000-7000-8000-000000000000', lines: [line] }, 'companyId'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/quotes', body);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(fieldsOf(response.body)).toEqual([field]);
    }
    // Refused requests took no number: the next quote is the first.
    const quote = (
      await owner.post('/quotes', { currency: 'EUR', companyId: company.id, lines: [line] })
    ).json<SalesDoc>();
    expect(quote.number).toBe(`Q-${year}-00001`);
    expect((await owner.get('/quotes')).json<{ data: unknown[] }>().data).toHaveLength(1);
  });

  it('keeps workspaces apart', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const { company, consulting } = await setUp(owner);
    const quote = (
      await owner.post('/quotes', {
        currency: 'EUR',
        companyId: company.id,
        lines: [{ productId: consulting.id, quantity: 1 }],
      })
    ).json<SalesDoc>();
    await owner.post(`/quotes/${quote.id}/accept`);
    const order = (await owner.post(`/quotes/${quote.id}/convert`)).json<SalesDoc>();
    const invoice = (await owner.post(`/orders/${order.id}/invoice`)).json<SalesDoc>();
    for (const [method, url] of [
      ['GET', `/quotes/${quote.id}`],
      ['POST', `/quotes/${quote.id}/accept`],
      ['GET', `/quotes/${quote.id}/revisions`],
      ['GET', `/orders/${order.id}/deliveries`],
      ['POST', `/orders/${order.id}/status`],
      ['GET', `/invoices/${invoice.id}/payments`],
      ['GET', `/companies/${company.id}/sales`],
    ] as const) {
      const body = url.endsWith('/status') ? { status: 'confirmed' } : undefined;
      const response = await other.request(method, url, body ?? (method === 'POST' ? {} : undefined));
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const borrowed = await other.post('/quotes', {
      currency: 'EUR',
      lines: [{ productId: consulting.id, quantity: 1 }],
    });
    expect(fieldsOf(borrowed.body)).toEqual(['lines.0.productId']);
    const pay = await other.post(`/invoices/${invoice.id}/payments`, { amountMinor: 1 });
    expect(pay.statusCode).toBe(404);
  });
});
