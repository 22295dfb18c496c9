import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/errors.js';
import { brokenUblRules, ublReader } from '../testing/ubl-rules.js';
import { sampleDocument } from './document-samples.js';
import { renderUblInvoice } from './ubl-invoice.js';

describe('UBL 2.1 e-invoices (Peppol BIS Billing 3.0)', () => {
  it.each([
    ['an invoice', sampleDocument({ locale: 'bg', paidMinor: 10_000 })],
    [
      'a long invoice with a document discount',
      sampleDocument({ locale: 'sk', lineCount: 15, documentDiscountPercent: 3 }),
    ],
    ['a credit note', sampleDocument({ locale: 'pl', kind: 'credit-note' })],
  ])('%s keeps the EN 16931 business rules', (_name, doc) => {
    expect(brokenUblRules(renderUblInvoice(doc))).toEqual([]);
  });

  it('writes the invoice’s numbers, parties and amounts', () => {
    const doc = sampleDocument({ locale: 'bg', paidMinor: 10_000 });
    const ubl = ublReader(renderUblInvoice(doc));
    expect(ubl.root).toBe('Invoice');
    expect(ubl.value('cbc:ID')).toBe(doc.number);
    expect(ubl.value('cbc:DueDate')).toBe(doc.dueDate);
    expect(ubl.value('cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name')).toBe(doc.buyer.name);
    expect(ubl.value('cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID')).toBe(
      doc.seller.vatId,
    );
    expect(ubl.cents('cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount')).toBe(doc.totals.grossMinor);
    expect(ubl.cents('cac:LegalMonetaryTotal/cbc:PrepaidAmount')).toBe(10_000);
    expect(ubl.cents('cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe(doc.balanceMinor);
    expect(ubl.value('cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID')).toBe(doc.seller.iban);
    expect(ubl.value('cac:PaymentMeans/cbc:PaymentID')).toBe(doc.number);
    expect(ubl.value('cac:InvoiceLine[1]/cbc:InvoicedQuantity/@unitCode')).toBe('HUR');
    expect(ubl.count('cac:InvoiceLine')).toBe(doc.lines.length);
  });

  it('keeps the rules when a part of an order billed in parts takes a minor unit of rounding', () => {
    // The line ends a cent above quantity × price and its rate's tax a cent above taxable × rate.
    const doc = sampleDocument({ locale: 'pl', lineCount: 1 });
    const line = doc.lines[0]!;
    const owed = Math.round(line.quantity * line.unitPriceMinor);
    line.discountPercent = null;
    const net = owed + 1;
    const tax = Math.round((net * line.taxRate) / 100) + 1;
    Object.assign(line, { netMinor: net, taxMinor: tax, grossMinor: net + tax });
    doc.taxBreakdown = [{ taxRate: line.taxRate, taxableMinor: net, taxMinor: tax }];
    doc.totals = { netMinor: net, taxMinor: tax, grossMinor: net + tax };
    doc.balanceMinor = net + tax;
    const xml = renderUblInvoice(doc);
    expect(brokenUblRules(xml)).toEqual([]);
    const ubl = ublReader(xml);
    expect(ubl.value('cac:InvoiceLine[1]/cac:AllowanceCharge/cbc:ChargeIndicator')).toBe('true');
    expect(ubl.cents('cac:InvoiceLine[1]/cac:AllowanceCharge/cbc:Amount')).toBe(1);
  });

  it('refers a credit note to its invoice', () => {
    const ubl = ublReader(renderUblInvoice(sampleDocument({ kind: 'credit-note' })));
    expect(ubl.root).toBe('CreditNote');
    expect(ubl.value('cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID')).toBe('INV-2026-00041');
    expect(ubl.value('cbc:CreditNoteTypeCode')).toBe('381');
  });

  it('finds broken sums and missing terms', () => {
    const doc = sampleDocument();
    doc.taxBreakdown[0]!.taxMinor += 2;
    doc.totals.grossMinor += 5;
    doc.lines[0]!.netMinor += 100;
    const broken = brokenUblRules(renderUblInvoice(doc));
    expect(broken).toEqual(
      expect.arrayContaining([
        'BR-CO-10 sum of lines = LineExtensionAmount',
        'BR-CO-14 TaxAmount = sum of TaxSubtotal',
        'BR-CO-15 TaxInclusiveAmount = TaxExclusiveAmount + VAT',
        'PEPPOL-EN16931-R120 line 1 net amount',
      ]),
    );
    expect(broken.some((rule) => rule.startsWith('BR-CO-17'))).toBe(true);
  });

  it('refuses, naming the fields, what an e-invoice cannot do without', () => {
    const doc = sampleDocument();
    doc.seller.vatId = null;
    doc.buyer = { ...doc.buyer, countryCode: null, email: null };
    try {
      renderUblInvoice(doc);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('conflict');
      expect((error as AppError).fieldErrors.map((e) => e.field)).toEqual(
        expect.arrayContaining(['seller.vatId', 'buyer.countryCode', 'buyer.email']),
      );
    }
    expect(() => renderUblInvoice(sampleDocument({ kind: 'quote' }))).toThrow(AppError);
  });

  it('needs the buyer’s VAT ID for reverse charge, and sends a national tax number as a registration', () => {
    const doc = sampleDocument();
    for (const line of doc.lines) line.taxCategory = 'AE';
    for (const entry of doc.taxBreakdown)
      Object.assign(entry, { taxCategory: 'AE', exemptionReason: 'Reverse charge' });
    doc.buyer = { ...doc.buyer, vatId: '175074752' };
    try {
      renderUblInvoice(doc);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).fieldErrors.map((e) => e.field)).toEqual(['buyer.vatId']);
    }
    const national = ublReader(renderUblInvoice(sampleDocument({ locale: 'pl' })));
    expect(national.count('cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme')).toBe(1);
    const plain = sampleDocument();
    plain.buyer = { ...plain.buyer, vatId: '175074752' };
    const ubl = ublReader(renderUblInvoice(plain));
    const buyer = 'cac:AccountingCustomerParty/cac:Party';
    expect(ubl.count(`${buyer}/cac:PartyTaxScheme`)).toBe(0);
    expect(ubl.value(`${buyer}/cac:PartyLegalEntity/cbc:CompanyID`)).toBe('175074752');
  });

  it('is well-formed XML with the text as given, escaped', () => {
    const doc = sampleDocument({ locale: 'pl' });
    doc.lines[0]!.description = 'Śruby <M8> & nakrętki "ocynkowane"';
    const ubl = ublReader(renderUblInvoice(doc));
    expect(ubl.value('cac:InvoiceLine[1]/cac:Item/cbc:Name')).toBe(doc.lines[0]!.description);
  });
});
