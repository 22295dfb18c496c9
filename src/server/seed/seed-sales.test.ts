import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../db/database.js';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';
import { seedWorkspace, type SeedResult } from './seed-workspace.js';

const PEOPLE = 400;
const NOW = Date.parse('2026-06-15T12:00:00Z');

interface Line {
  quantity: string;
  grossMinor: number;
  netMinor: number;
  taxMinor: number;
}

describe.each(testDialects())('seeded sales documents on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let twin: Client;
  let result: SeedResult;

  const rows = (table: 'quotes' | 'orders' | 'invoices', workspaceId = owner.info.workspaceId) =>
    t.app.db
      .selectFrom(table)
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('number')
      .execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    await addMember(owner, 'member');
    twin = await signUpOwner(t.app);
    await addMember(twin, 'member');
    const request = { people: PEOPLE, seed: 'sales-1', now: NOW, batchSize: 150 };
    result = await seedWorkspace(t.app.db, { ...request, workspaceId: owner.info.workspaceId });
    await seedWorkspace(t.app.db, { ...request, workspaceId: twin.info.workspaceId });
  });
  afterAll(async () => t.close());

  it('makes products, quotes, orders, deliveries, invoices and payments in proportion', async () => {
    expect(result.products).toBe(12);
    expect(result.orders / PEOPLE).toBeGreaterThan(0.35);
    expect(result.orders / PEOPLE).toBeLessThan(0.65);
    expect(result.quotes).toBeGreaterThan(result.orders * 0.1);
    expect(result.deliveries).toBeGreaterThanOrEqual(result.invoices);
    expect(result.invoices).toBeGreaterThan(result.orders / 2);
    expect(result.payments).toBeGreaterThan(result.invoices / 2);
    expect(await rows('orders')).toHaveLength(result.orders);
    expect(await rows('quotes')).toHaveLength(result.quotes);
    expect(await rows('invoices')).toHaveLength(result.invoices);
    const statuses = new Set((await rows('orders')).map((order) => order.status));
    for (const status of ['new', 'partially_delivered', 'delivered', 'completed', 'cancelled'])
      expect(statuses).toContain(status);
  });

  it('keeps every total the sum of its lines, every balance what payments left', async () => {
    for (const table of ['quotes', 'orders', 'invoices'] as const) {
      for (const row of await rows(table)) {
        const lines = readJson<Line[]>(row.lines, []);
        const totals = readJson<{ netMinor: number; taxMinor: number; grossMinor: number }>(row.totals, {
          netMinor: 0,
          taxMinor: 0,
          grossMinor: 0,
        });
        const sum = (key: keyof Line) => lines.reduce((total, line) => total + Number(line[key]), 0);
        expect(totals).toEqual({
          netMinor: sum('netMinor'),
          taxMinor: sum('taxMinor'),
          grossMinor: sum('grossMinor'),
        });
        expect(Number(row.gross_minor)).toBe(totals.grossMinor);
      }
    }
    const payments = await t.app.db
      .selectFrom('invoice_payments')
      .select(['invoice_id', 'amount_minor'])
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    for (const invoice of await rows('invoices')) {
      const paid = payments
        .filter((payment) => payment.invoice_id === invoice.id)
        .reduce((sum, payment) => sum + Number(payment.amount_minor), 0);
      expect(Number(invoice.paid_minor)).toBe(paid);
      expect(Number(invoice.balance_minor)).toBe(Number(invoice.gross_minor) - paid);
      expect(invoice.status).toBe(
        paid === 0 ? 'issued' : paid < Number(invoice.gross_minor) ? 'partially_paid' : 'paid',
      );
    }
  });

  it('delivers what orders say and invoices what was delivered', async () => {
    const deliveries = await t.app.db
      .selectFrom('order_deliveries')
      .select(['order_id', 'lines'])
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    const invoiced = new Set((await rows('invoices')).map((invoice) => invoice.order_id));
    for (const order of await rows('orders')) {
      const delivered = readJson<string[]>(order.delivered_quantities, []).map(Number);
      const counted = delivered.map(() => 0);
      for (const delivery of deliveries.filter((d) => d.order_id === order.id))
        for (const { line, quantity } of readJson<{ line: number; quantity: string }[]>(delivery.lines, []))
          counted[line]! += Number(quantity);
      expect(counted).toEqual(delivered);
      const ordered = readJson<Line[]>(order.lines, []).map((line) => Number(line.quantity));
      const all = delivered.every((quantity, i) => quantity === ordered[i]);
      expect(['delivered', 'completed'].includes(order.status)).toBe(all);
      expect(invoiced.has(order.id)).toBe(all);
    }
  });

  it('numbers each kind without gaps and leaves the counters at the last number', async () => {
    const numbers = async (table: 'quotes' | 'orders' | 'invoices' | 'order_deliveries', kind: string) => {
      const found = await t.app.db
        .selectFrom(table)
        .select('number')
        .where('workspace_id', '=', owner.info.workspaceId)
        .execute();
      const counters = await t.app.db
        .selectFrom('document_counters')
        .select(['year', 'last_value'])
        .where('workspace_id', '=', owner.info.workspaceId)
        .where('kind', '=', kind)
        .execute();
      const byYear = new Map<number, number[]>();
      for (const { number } of found) {
        const [, year, sequence] = /^[A-Z]+-(\d{4})-(\d{5,})$/.exec(number)!;
        byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), Number(sequence)]);
      }
      expect(counters).toHaveLength(byYear.size);
      for (const { year, last_value } of counters) {
        const sequences = byYear.get(year)!.sort((a, b) => a - b);
        expect(sequences).toEqual(Array.from({ length: Number(last_value) }, (_, i) => i + 1));
      }
    };
    await numbers('quotes', 'quote');
    await numbers('orders', 'order');
    await numbers('order_deliveries', 'delivery');
    await numbers('invoices', 'invoice');
  });

  it('lets the app number on after the seed, and reads seeded documents through the API', async () => {
    const orders = await rows('orders');
    const year = new Date().getUTCFullYear();
    const lastOfYear = orders.filter((o) => o.number.includes(`-${year}-`)).length;
    const created = await owner.post('/orders', {
      companyId: null,
      personId: null,
      currency: 'EUR',
      lines: [{ description: 'Extra', quantity: '1', unitPriceMinor: 1000, taxRate: '20' }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ number: string }>().number).toBe(
      `SO-${year}-${String(lastOfYear + 1).padStart(5, '0')}`,
    );
    const seeded = orders.find((order) => order.status === 'completed')!;
    const read = await owner.get(`/orders/${seeded.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<{ number: string }>().number).toBe(seeded.number);
    const sales = await owner.get(`/people/${seeded.person_id}/sales`);
    expect(sales.statusCode).toBe(200);
  });

  it('makes the same documents from the same seed', async () => {
    const summary = (list: { number: string; status: string; gross_minor: number | string }[]) =>
      list.map((row) => `${row.number} ${row.status} ${Number(row.gross_minor)}`);
    for (const table of ['quotes', 'orders', 'invoices'] as const) {
      const mine = summary(await rows(table));
      const theirs = summary(await rows(table, twin.info.workspaceId));
      // The order made through the API above is the owner's one extra.
      expect(theirs.length).toBeGreaterThan(0);
      expect(mine.filter((line) => theirs.includes(line)).length).toBe(theirs.length);
    }
  });

  it('seeds people and companies alone when asked', async () => {
    const other = await signUpOwner(t.app);
    const only = await seedWorkspace(t.app.db, {
      workspaceId: other.info.workspaceId,
      people: 50,
      seed: 'sales-1',
      now: NOW,
      peopleOnly: true,
    });
    expect(only).toMatchObject({ people: 50, activities: 0, deals: 0, orders: 0, products: 0, notes: 0 });
    for (const table of ['activities', 'deals', 'orders', 'products', 'quotes'] as const) {
      const found = await t.app.db
        .selectFrom(table as 'orders')
        .select('id')
        .where('workspace_id', '=', other.info.workspaceId)
        .execute();
      expect(found).toHaveLength(0);
    }
  });
});
