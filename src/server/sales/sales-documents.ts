import type {
  DocumentKind,
  DocumentLine,
  DocumentLocale,
  DocumentParty,
  DocumentSeller,
  SalesDocument,
} from '../documents/document-model.js';
import { PERCENT_SCALE, QUANTITY_SCALE, formatScaledDecimal, parseScaledDecimal } from './decimal.js';
import { salesLinesAmounts } from './sales-line.js';

/**
 * Quotes, orders, deliveries, invoices and credit notes as `SalesDocument`s, the model PDFs and
 * e-invoices are rendered from. Pure: the record comes as the API shows it, and what lies outside
 * the sales records (the workspace's and the customer's details, the language, payment terms) comes
 * from the caller. Amounts are copied from the record, never recomputed, except a delivery note's,
 * which prices its delivered quantities by the same rule as every document.
 */

export interface SourceLine {
  productId: string | null;
  description: string;
  quantity: string;
  unitPriceMinor: number;
  discountPercent: string | null;
  taxRate: string;
  netMinor: number;
  taxMinor: number;
  grossMinor: number;
}

export interface SourceDocument {
  number: string;
  issueDate: string;
  currency: string;
  lines: SourceLine[];
  documentDiscountPercent: string | null;
  totals: { netMinor: number; taxMinor: number; grossMinor: number };
  taxBreakdown: { taxRate: string; taxableMinor: number; taxMinor: number }[];
  notes: string | null;
}

export interface ProductDetails {
  sku: string;
  name: string;
  unit: string | null;
  names: Partial<Record<DocumentLocale, string>>;
}

/** What the document module supplies: the parties, the language and the terms. */
export interface DocumentSetting {
  seller: DocumentSeller;
  buyer: DocumentParty;
  locale: DocumentLocale;
  paymentTerms: string | null;
  /** The products the lines name, by id. */
  products: ReadonlyMap<string, ProductDetails>;
}

const percent = (text: string) => parseScaledDecimal(text, PERCENT_SCALE)! / 100;
const quantity = (text: string) => parseScaledDecimal(text, QUANTITY_SCALE)! / 1000;

/** A line's text in the document's language: a product's own name is translated, typed text is kept. */
function describe(line: SourceLine, product: ProductDetails | undefined, locale: DocumentLocale) {
  if (!product || line.description !== product.name) return line.description;
  return product.names[locale] ?? line.description;
}

function documentLines(lines: SourceLine[], setting: DocumentSetting): DocumentLine[] {
  return lines.map((line, index) => {
    const product = line.productId ? setting.products.get(line.productId) : undefined;
    return {
      position: index + 1,
      sku: product?.sku ?? null,
      description: describe(line, product, setting.locale),
      quantity: quantity(line.quantity),
      unit: product?.unit ?? null,
      unitPriceMinor: line.unitPriceMinor,
      discountPercent: line.discountPercent ? percent(line.discountPercent) : null,
      taxRate: percent(line.taxRate),
      netMinor: line.netMinor,
      taxMinor: line.taxMinor,
      grossMinor: line.grossMinor,
    };
  });
}

function baseDocument(
  kind: DocumentKind,
  source: SourceDocument,
  setting: DocumentSetting,
  dates: { dueDate: string | null; deliveryDate: string | null; reference: string | null },
): SalesDocument {
  return {
    kind,
    number: source.number,
    issueDate: source.issueDate,
    ...dates,
    locale: setting.locale,
    currency: source.currency,
    seller: setting.seller,
    buyer: setting.buyer,
    lines: documentLines(source.lines, setting),
    documentDiscountPercent: source.documentDiscountPercent ? percent(source.documentDiscountPercent) : null,
    totals: source.totals,
    taxBreakdown: source.taxBreakdown.map((entry) => ({
      taxRate: percent(entry.taxRate),
      taxableMinor: entry.taxableMinor,
      taxMinor: entry.taxMinor,
    })),
    paidMinor: null,
    creditedMinor: null,
    balanceMinor: null,
    notes: source.notes,
    paymentTerms: null,
  };
}

export function quoteDocument(
  quote: SourceDocument & { validUntil: string | null },
  setting: DocumentSetting,
) {
  return baseDocument('quote', quote, setting, {
    dueDate: quote.validUntil,
    deliveryDate: null,
    reference: null,
  });
}

export function orderDocument(
  order: SourceDocument & { promisedDate: string | null },
  quoteNumber: string | null,
  setting: DocumentSetting,
) {
  return baseDocument('order', order, setting, {
    dueDate: null,
    deliveryDate: order.promisedDate,
    reference: quoteNumber,
  });
}

/** A delivery note: the order's delivered lines at the delivered quantities. */
export function deliveryDocument(
  order: SourceDocument,
  delivery: {
    number: string;
    deliveredDate: string;
    lines: { line: number; quantity: string }[];
    note: string | null;
  },
  setting: DocumentSetting,
) {
  const delivered = delivery.lines.map(({ line, quantity: shipped }) => ({
    ...order.lines[line]!,
    quantity: shipped,
  }));
  const amounts = salesLinesAmounts(delivered, order.documentDiscountPercent);
  const source: SourceDocument = {
    ...order,
    number: delivery.number,
    issueDate: delivery.deliveredDate,
    lines: delivered.map((line, index) => ({ ...line, ...amounts.lines[index]! })),
    totals: amounts.totals,
    taxBreakdown: amounts.taxBreakdown.map((entry) => ({
      taxRate: formatScaledDecimal(entry.taxRateBasisPoints, PERCENT_SCALE),
      taxableMinor: entry.taxableMinor,
      taxMinor: entry.taxMinor,
    })),
    notes: delivery.note,
  };
  return baseDocument('delivery', source, setting, {
    dueDate: null,
    deliveryDate: delivery.deliveredDate,
    reference: order.number,
  });
}

export function invoiceDocument(
  invoice: SourceDocument & {
    dueDate: string | null;
    paidMinor: number;
    creditedMinor: number;
    balanceMinor: number;
  },
  orderNumber: string | null,
  setting: DocumentSetting,
) {
  return {
    ...baseDocument('invoice', invoice, setting, {
      dueDate: invoice.dueDate,
      deliveryDate: null,
      reference: orderNumber,
    }),
    paidMinor: invoice.paidMinor,
    creditedMinor: invoice.creditedMinor,
    balanceMinor: invoice.balanceMinor,
    paymentTerms: setting.paymentTerms,
  };
}

/** A credit note: positive amounts, read as credited; its reference is the invoice it corrects. */
export function creditNoteDocument(
  note: Omit<SourceDocument, 'currency' | 'documentDiscountPercent' | 'notes'> & { reason: string | null },
  invoice: { number: string; currency: string; documentDiscountPercent: string | null },
  setting: DocumentSetting,
) {
  return baseDocument(
    'credit-note',
    {
      ...note,
      currency: invoice.currency,
      documentDiscountPercent: invoice.documentDiscountPercent,
      notes: note.reason,
    },
    setting,
    { dueDate: null, deliveryDate: null, reference: invoice.number },
  );
}
