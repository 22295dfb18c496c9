import { z } from 'zod';
import { invalid } from '../../lib/errors.js';
import type { RecordValues } from '../../records/record-type.js';
import { AmountOutOfRangeError } from '../../sales/line-totals.js';
import { salesLinesAmounts, type SalesLineInput } from '../../sales/sales-line.js';

/**
 * A deal's products: the line shape of quotes, orders and invoices (so a quote starts from them),
 * priced by the sales line rules. A deal with lines is worth their net total.
 */

export const MAX_DEAL_LINES = 200;

/** A line as a deal shows it: what was entered and its amounts in minor units of the deal's currency. */
export const dealLineSchema = z
  .object({
    productId: z.uuid().nullable().optional(),
    description: z.string(),
    quantity: z.string().describe('Decimal string, up to three decimals'),
    unitPriceMinor: z.number().int(),
    discountPercent: z.string().nullable().optional().describe('Decimal string, up to two decimals'),
    taxRate: z.string().describe('Percent, decimal string, up to two decimals'),
    netMinor: z.number().int().optional().describe('After the line’s discount, before tax'),
    taxMinor: z.number().int().optional(),
    grossMinor: z.number().int().optional(),
  })
  .meta({ id: 'DealLine' });
export type DealLine = z.infer<typeof dealLineSchema>;

/**
 * The lines with their amounts, and the deal's amount: the lines' net total in the deal's currency
 * when it has lines, else the amount as given.
 */
export function priceDeal(record: RecordValues): RecordValues {
  const lines = (record.lines as SalesLineInput[] | undefined) ?? [];
  if (lines.length === 0) return { ...record, lines: [] };
  let amounts;
  try {
    amounts = salesLinesAmounts(lines);
  } catch (error) {
    if (error instanceof AmountOutOfRangeError) throw invalid('lines', 'the amounts are too large');
    throw error;
  }
  const priced: DealLine[] = lines.map((line, i) => ({
    productId: line.productId ?? null,
    description: line.description,
    quantity: line.quantity,
    unitPriceMinor: line.unitPriceMinor,
    discountPercent: line.discountPercent ?? null,
    taxRate: line.taxRate,
    ...amounts.lines[i]!,
  }));
  const currency = (record.amount as { currency: string }).currency;
  return { ...record, lines: priced, amount: { amount: amounts.totals.netMinor, currency } };
}
