import { z } from 'zod';
import { invalid } from '../../lib/errors.js';
import { isCurrencyCode } from '../../lib/money.js';
import type { FieldDecl, RecordContext, RecordValues } from '../../records/record-type.js';
import { PERCENT_SCALE, formatScaledDecimal } from '../../sales/decimal.js';
import type { NumberedKind } from '../../sales/document-number.js';
import { AmountOutOfRangeError, type TaxBreakdownEntry } from '../../sales/line-totals.js';
import { percentSchema, salesLineInput, salesLinesAmounts } from '../../sales/sales-line.js';
import { findLineProducts, findListPrices, takeDocumentNumber } from './sales.repository.js';

/**
 * What quotes, orders and invoices share: their fields, their input, and the rules that price them
 * and number them in the command's transaction.
 */

export const MAX_LINES = 500;

/** A line as documents show it: what was entered, and its amounts in minor units. */
export const documentLineSchema = z
  .object({
    productId: z.uuid().nullable(),
    description: z.string(),
    quantity: z.string().describe('Decimal string, up to three decimals'),
    unitPriceMinor: z.number().int(),
    discountPercent: z.string().nullable().describe('Decimal string, up to two decimals'),
    taxRate: z.string().describe('Percent, decimal string, up to two decimals'),
    netMinor: z.number().int().describe('After the line’s and the document’s discounts, before tax'),
    taxMinor: z.number().int(),
    grossMinor: z.number().int(),
  })
  .meta({ id: 'SalesLine' });
export type DocumentLine = z.infer<typeof documentLineSchema>;

export const totalsSchema = z
  .object({ netMinor: z.number().int(), taxMinor: z.number().int(), grossMinor: z.number().int() })
  .meta({ id: 'SalesTotals' });
export type Totals = z.infer<typeof totalsSchema>;

export const taxBreakdownSchema = z
  .array(z.object({ taxRate: z.string(), taxableMinor: z.number().int(), taxMinor: z.number().int() }))
  .meta({ id: 'SalesTaxBreakdown' });

export const currencyInput = z
  .string()
  .refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code such as EUR' })
  .describe('ISO 4217 code of the document’s currency');

/** A line as entered: with a product, its description, price and tax rate may come from it. */
export const enteredLineInput = salesLineInput.extend({
  description: salesLineInput.shape.description.optional(),
  unitPriceMinor: salesLineInput.shape.unitPriceMinor.optional(),
  taxRate: salesLineInput.shape.taxRate.optional(),
});

const day = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

/** Input fields of every sales document; each type adds its own. */
export const documentInputFields = {
  companyId: z.uuid({ message: 'must be a company id' }).nullable(),
  personId: z.uuid({ message: 'must be a person id' }).nullable(),
  currency: currencyInput,
  lines: z
    .array(enteredLineInput)
    .max(MAX_LINES, { message: `may have at most ${MAX_LINES} lines` })
    .describe(
      'A line naming a product may leave out its description, price and tax rate: they come from the product',
    ),
  documentDiscountPercent: percentSchema.nullable().describe('Discount on the whole document in percent'),
  issueDate: day.describe('The document’s date; today when not given'),
  notes: z.string().trim().max(5000).nullable(),
  ownerId: z.uuid({ message: 'must be a user id' }).nullable(),
};
export { day as dayInput };

/** Fields of every sales document in its record type's declaration. */
export function documentFields(): Record<string, FieldDecl> {
  return {
    number: {
      column: 'number',
      type: 'text',
      sortable: true,
      description: 'Assigned by the server, gapless per workspace, type and year',
    },
    status: {
      column: 'status',
      type: 'text',
      sortable: true,
      description: 'Set by the server through actions',
    },
    companyId: { column: 'company_id', type: 'uuid', nullable: true, ref: 'company', refName: 'companyName' },
    personId: { column: 'person_id', type: 'uuid', nullable: true, ref: 'person', refName: 'personName' },
    currency: { column: 'currency', type: 'text' },
    lines: { column: 'lines', type: 'json', schema: z.array(documentLineSchema) },
    documentDiscountPercent: { column: 'document_discount_percent', type: 'text', nullable: true },
    totals: { column: 'totals', type: 'json', schema: totalsSchema },
    taxBreakdown: { column: 'tax_breakdown', type: 'json', schema: taxBreakdownSchema },
    grossMinor: {
      column: 'gross_minor',
      type: 'number',
      sortable: true,
      derive: (record) => (record.totals as Totals).grossMinor,
      description: 'The gross total, for sorting and filtering',
    },
    issueDate: { column: 'issue_date', type: 'date', sortable: true },
    notes: { column: 'notes', type: 'text', nullable: true },
  };
}

export const today = () => new Date().toISOString().slice(0, 10);

/** A tax breakdown as documents show it, rates as decimal strings. */
export function breakdownOf(entries: readonly TaxBreakdownEntry[]) {
  return entries.map((entry) => ({
    taxRate: formatScaledDecimal(entry.taxRateBasisPoints, PERCENT_SCALE),
    taxableMinor: entry.taxableMinor,
    taxMinor: entry.taxMinor,
  }));
}

/** The lines' amounts, totals and tax breakdown; too large amounts are the lines' fault. */
export function priceLines(
  lines: readonly Record<string, unknown>[],
  documentDiscountPercent: string | null,
) {
  type Entered = Parameters<typeof salesLinesAmounts>[0][number];
  try {
    const amounts = salesLinesAmounts(lines as Entered[], documentDiscountPercent);
    return {
      lines: lines.map((line, index): DocumentLine => ({
        productId: (line.productId as string | null | undefined) ?? null,
        description: line.description as string,
        quantity: line.quantity as string,
        unitPriceMinor: line.unitPriceMinor as number,
        discountPercent: (line.discountPercent as string | null | undefined) || null,
        taxRate: line.taxRate as string,
        ...amounts.lines[index]!,
      })),
      totals: amounts.totals,
      taxBreakdown: breakdownOf(amounts.taxBreakdown),
    };
  } catch (error) {
    if (error instanceof AmountOutOfRangeError) throw invalid('lines', 'the amounts are too large');
    throw error;
  }
}

/**
 * Lines naming a product must name a live product of the workspace; what such a line leaves out is
 * taken from it: its name, its price (from the price list, else its price in the document's
 * currency) and its tax rate.
 */
export async function completeLines(
  context: RecordContext,
  lines: readonly Record<string, unknown>[],
  currency: string,
  priceListId: string | null,
): Promise<Record<string, unknown>[]> {
  const ids = [...new Set(lines.map((line) => line.productId).filter((id): id is string => Boolean(id)))];
  const products = new Map(
    (await findLineProducts(context.trx, context.actor.workspaceId, ids)).map((product) => [
      product.id,
      product,
    ]),
  );
  const listPrices = priceListId
    ? await findListPrices(context.trx, context.actor.workspaceId, priceListId, ids)
    : new Map<string, number>();
  return lines.map((line, index) => {
    const field = (name: string) => `lines.${index}.${name}`;
    const id = line.productId as string | null | undefined;
    if (!id) {
      for (const name of ['description', 'unitPriceMinor', 'taxRate'])
        if (line[name] === undefined || line[name] === null) throw invalid(field(name), 'is required');
      return line;
    }
    const product = products.get(id);
    if (!product) throw invalid(field('productId'), 'is not a product of this workspace');
    const price = listPrices.get(id) ?? product.prices.find((p) => p.currency === currency)?.amount;
    const completed = {
      ...line,
      description: line.description ?? product.name,
      unitPriceMinor: line.unitPriceMinor ?? price,
      taxRate: line.taxRate ?? product.taxRate,
    };
    if (completed.unitPriceMinor === undefined)
      throw invalid(field('unitPriceMinor'), `is required: the product has no price in ${currency}`);
    if (completed.taxRate === null || completed.taxRate === undefined)
      throw invalid(field('taxRate'), 'is required: the product has no tax rate');
    return completed;
  });
}

const contentFields = ['lines', 'documentDiscountPercent', 'currency'] as const;

/** Whether a change touches what the document charges (its lines, discount or currency). */
export function chargesChanged(record: RecordValues, before: RecordValues | null): boolean {
  if (!before) return true;
  return contentFields.some((name) => JSON.stringify(record[name]) !== JSON.stringify(before[name]));
}

/**
 * Prices a document and, when new, gives it its number: last, so that a check failing before it
 * takes no number (and the transaction's rollback returns one taken by a check failing after).
 */
export async function priceAndNumber(
  context: RecordContext,
  kind: NumberedKind,
  record: RecordValues,
  before: RecordValues | null,
): Promise<RecordValues> {
  let priced = record;
  // A document made as a part of another (an order's partial invoice) arrives with its amounts.
  const arrivesPriced = !before && typeof (record.totals as Partial<Totals> | null)?.grossMinor === 'number';
  if (!arrivesPriced && chargesChanged(record, before)) {
    const currency = record.currency as string;
    if (!isCurrencyCode(currency)) throw invalid('currency', 'must be an ISO 4217 currency code such as EUR');
    const priceListId = (record.priceListId as string | null | undefined) ?? null;
    const lines = await completeLines(
      context,
      record.lines as Record<string, unknown>[],
      currency,
      priceListId,
    );
    priced = { ...record, ...priceLines(lines, (record.documentDiscountPercent as string | null) ?? null) };
  }
  if (before) return { ...priced, number: before.number, issueDate: before.issueDate };
  const issueDate = (record.issueDate as string) || today();
  const number = await takeDocumentNumber(context.trx, context.actor.workspaceId, kind, issueDate);
  return { ...priced, issueDate, number };
}

/** A document's lines as entered (without their amounts), to start another document from. */
export function enteredLines(lines: unknown) {
  return (lines as DocumentLine[]).map((line) => ({
    productId: line.productId,
    description: line.description,
    quantity: line.quantity,
    unitPriceMinor: line.unitPriceMinor,
    discountPercent: line.discountPercent,
    taxRate: line.taxRate,
  }));
}
