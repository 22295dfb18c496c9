import { expect } from 'vitest';
import type { Client } from '../../testing/factories.js';

export interface Flow {
  quote: { id: string; number: string };
  order: { id: string; number: string };
  deliveryId: string;
  invoice: { id: string; number: string };
  creditNoteId: string;
}

/** The billing details of the flow's customer company. */
export const BUYER_BILLING = {
  street: 'бул. „Цар Освободител“ 8',
  postalCode: '9000',
  city: 'Варна',
  region: 'Варна',
  vatId: 'bg 175 074 752',
};

/** A Bulgarian customer through the whole flow: quote, order, a delivery, an invoice and a credit note. */
export async function salesFlow(owner: Client): Promise<Flow> {
  const ok = async <T>(promise: Promise<{ statusCode: number; body: string; json: <J>() => J }>) => {
    const response = await promise;
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<T>();
  };
  await ok(
    owner.patch('/workspace/document-details', {
      legalName: 'Северен вятър ООД',
      street: 'ул. „Граф Игнатиев“ 15',
      postalCode: '1000',
      city: 'София',
      country: 'BG',
      vatId: 'BG204567890',
      email: 'office@severen.example',
      iban: 'BG80BNBG96611020345678',
      bic: 'BNBGBGSF',
      paymentTerms: 'Плащане до 14 дни',
    }),
  );
  const company = await ok<{ id: string }>(
    owner.post('/companies', {
      name: 'Търговска къща „Житен клас“ ЕАД',
      country: 'BG',
      language: 'bg',
      ...BUYER_BILLING,
    }),
  );
  const person = await ok<{ id: string }>(
    owner.post('/people', {
      firstName: 'Иван',
      lastName: 'Петров',
      companyId: company.id,
      emails: [{ email: 'ivan@zhiten.example' }],
    }),
  );
  const product = await ok<{ id: string }>(
    owner.post('/products', {
      sku: 'CONS',
      name: 'Consulting',
      unit: 'h',
      price: { amount: 9_500, currency: 'EUR' },
      taxRate: '20',
      names: { bg: 'Консултации' },
    }),
  );
  const quote = await ok<{ id: string; number: string }>(
    owner.post('/quotes', {
      companyId: company.id,
      personId: person.id,
      currency: 'EUR',
      lines: [
        { productId: product.id, quantity: '7.5' },
        { description: 'Пътни разходи', quantity: '1', unitPriceMinor: 5_000, taxRate: '9' },
      ],
    }),
  );
  await ok(owner.post(`/quotes/${quote.id}/send`));
  await ok(owner.post(`/quotes/${quote.id}/accept`));
  const order = await ok<{ id: string; number: string }>(owner.post(`/quotes/${quote.id}/convert`, {}));
  await ok(owner.post(`/orders/${order.id}/status`, { status: 'confirmed' }));
  const delivered = await ok<{ delivery: { id: string } }>(
    owner.post(`/orders/${order.id}/deliveries`, {
      lines: [
        { line: 0, quantity: '7.5' },
        { line: 1, quantity: '1' },
      ],
    }),
  );
  const invoice = await ok<{ id: string; number: string }>(owner.post(`/orders/${order.id}/invoice`));
  const credit = await ok<{ creditNote: { id: string } }>(
    owner.post(`/invoices/${invoice.id}/credit-notes`, {
      lines: [{ line: 1, quantity: '1' }],
      reason: 'Без пътни',
    }),
  );
  return { quote, order, deliveryId: delivered.delivery.id, invoice, creditNoteId: credit.creditNote.id };
}
