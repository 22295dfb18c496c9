import { describe, expect, it } from 'vitest';
import type { DocumentParty, DocumentSeller } from '../documents/document-model.js';
import {
  deliveryDocument,
  invoiceDocument,
  type DocumentSetting,
  type SourceDocument,
} from './sales-documents.js';
import { salesLinesAmounts } from './sales-line.js';

const party: DocumentParty = {
  name: 'Acme',
  addressLines: [],
  countryCode: 'BG',
  vatId: null,
  email: null,
  phone: null,
};
const seller: DocumentSeller = {
  ...party,
  name: 'Rapport Ltd',
  logo: null,
  iban: null,
  bic: null,
  website: null,
};
const setting: DocumentSetting = {
  seller,
  buyer: party,
  locale: 'bg',
  paymentTerms: '14 days',
  products: new Map([['p1', { sku: 'CONS', name: 'Consulting', unit: 'h', names: { bg: 'Консултации' } }]]),
};

function source(): SourceDocument {
  const entered = [
    {
      productId: 'p1',
      description: 'Consulting',
      quantity: '1.5',
      unitPriceMinor: 9_999,
      discountPercent: null,
      taxRate: '20',
    },
    {
      productId: null,
      description: 'Travel',
      quantity: '1',
      unitPriceMinor: 5_000,
      discountPercent: '7.25',
      taxRate: '9',
    },
  ];
  const amounts = salesLinesAmounts(entered, '5');
  return {
    number: 'SO-2026-00001',
    issueDate: '2026-11-24',
    currency: 'EUR',
    lines: entered.map((line, i) => ({ ...line, ...amounts.lines[i]! })),
    documentDiscountPercent: '5',
    totals: amounts.totals,
    taxBreakdown: amounts.taxBreakdown.map((e) => ({ ...e, taxRate: String(e.taxRateBasisPoints / 100) })),
    notes: null,
  };
}

describe('sales documents', () => {
  it('copies an invoice’s amounts and turns decimals into numbers, translating product names', () => {
    const order = source();
    const document = invoiceDocument(
      {
        ...order,
        number: 'INV-2026-00001',
        dueDate: '2026-12-08',
        paidMinor: 0,
        creditedMinor: 1_000,
        balanceMinor: order.totals.grossMinor - 1_000,
      },
      'SO-2026-00001',
      setting,
    );
    expect(document).toMatchObject({
      kind: 'invoice',
      reference: 'SO-2026-00001',
      locale: 'bg',
      documentDiscountPercent: 5,
      paymentTerms: '14 days',
      paidMinor: 0,
      creditedMinor: 1_000,
      balanceMinor: order.totals.grossMinor - 1_000,
    });
    expect(
      document.lines.map((l) => [l.position, l.sku, l.description, l.quantity, l.discountPercent, l.taxRate]),
    ).toEqual([
      [1, 'CONS', 'Консултации', 1.5, null, 20],
      [2, null, 'Travel', 1, 7.25, 9],
    ]);
    expect(document.totals).toEqual(order.totals);
    expect(document.lines.reduce((sum, l) => sum + l.grossMinor, 0)).toBe(document.totals.grossMinor);
  });

  it('prices a delivery note’s delivered quantities by the same rule', () => {
    const document = deliveryDocument(
      source(),
      {
        number: 'DN-2026-00001',
        deliveredDate: '2026-11-25',
        lines: [{ line: 0, quantity: '0.5' }],
        note: null,
      },
      setting,
    );
    expect(document.lines).toHaveLength(1);
    expect(document.lines[0]).toMatchObject({ quantity: 0.5, netMinor: 4_750 }); // 0.5 × 99.99 less 5 % = 47.49525
    expect(document.reference).toBe('SO-2026-00001');
    expect(document.totals.netMinor).toBe(4_750);
  });
});
