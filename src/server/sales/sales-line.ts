import { z } from 'zod';
import { PERCENT_SCALE, QUANTITY_SCALE, formatScaledDecimal, parseScaledDecimal } from './decimal.js';
import {
  computeDocumentAmounts,
  partialDocumentAmounts,
  type DocumentAmounts,
  type LineAmountsInput,
  type PartialAmounts,
} from './line-totals.js';

/**
 * The line of a deal, quote, order or invoice as the API takes and returns it. Quantity, discount
 * and tax rate are decimal strings ("1.5", "20") so that no client float reaches money; a JSON
 * number is taken too and read by its exact text.
 */
const MAX_QUANTITY_MILLI = 1_000_000_000; // one million units
const MAX_UNIT_PRICE_MINOR = 100_000_000_000; // a billion in a two-decimal currency

function scaledDecimal(scale: number, rule: { min: number; max: number; maxText: string }, what: string) {
  return z
    .union([z.string(), z.number()])
    .transform((value, ctx) => {
      const scaled = parseScaledDecimal(value, scale);
      if (scaled === null) {
        ctx.addIssue({ code: 'custom', message: `must be a decimal number with at most ${scale} decimals` });
        return z.NEVER;
      }
      if (scaled < rule.min || scaled > rule.max) {
        ctx.addIssue({ code: 'custom', message: `must be ${what} up to ${rule.maxText}` });
        return z.NEVER;
      }
      return formatScaledDecimal(scaled, scale);
    })
    .meta({ type: 'string' });
}

export const quantitySchema = scaledDecimal(
  QUANTITY_SCALE,
  { min: 1, max: MAX_QUANTITY_MILLI, maxText: '1000000' },
  'above 0',
).describe('Quantity, a decimal string with up to three decimals, such as "2" or "1.5"');

export const percentSchema = scaledDecimal(
  PERCENT_SCALE,
  { min: 0, max: 10_000, maxText: '100' },
  '0 or more',
);

export const salesLineInput = z.object({
  productId: z.uuid({ message: 'must be a product id' }).nullable().optional(),
  description: z.string().trim().min(1, { message: 'is required' }).max(2000),
  quantity: quantitySchema,
  unitPriceMinor: z
    .number()
    .int({ message: 'must be an integer number of minor units' })
    .min(0, { message: 'must be 0 or more' })
    .max(MAX_UNIT_PRICE_MINOR, { message: 'is too large' })
    .describe('Price of one unit before tax and discounts, in minor units of the currency'),
  discountPercent: percentSchema
    .nullable()
    .optional()
    .describe('Discount on this line in percent, a decimal string with up to two decimals'),
  taxRate: percentSchema.describe(
    'Tax rate in percent, a decimal string with up to two decimals, such as "20"',
  ),
});

export type SalesLineInput = z.output<typeof salesLineInput>;

/** The scaled integers line-totals computes with, from a line already validated by the schema. */
export function lineAmountsInput(line: {
  quantity: string;
  unitPriceMinor: number;
  discountPercent?: string | null;
  taxRate: string;
}): LineAmountsInput {
  return {
    quantityMilli: parseScaledDecimal(line.quantity, QUANTITY_SCALE)!,
    unitPriceMinor: line.unitPriceMinor,
    discountBasisPoints: line.discountPercent ? parseScaledDecimal(line.discountPercent, PERCENT_SCALE)! : 0,
    taxRateBasisPoints: parseScaledDecimal(line.taxRate, PERCENT_SCALE)!,
  };
}

/** Amounts of validated API lines with an optional document discount ("5" for 5 %). */
export function salesLinesAmounts(
  lines: readonly Parameters<typeof lineAmountsInput>[0][],
  documentDiscountPercent?: string | null,
): DocumentAmounts {
  return computeDocumentAmounts(
    lines.map(lineAmountsInput),
    documentDiscountBasisPoints(documentDiscountPercent),
  );
}

/** Amounts of one part of validated API lines billed in parts (see `partialDocumentAmounts`). */
export function salesPartAmounts(
  lines: readonly Parameters<typeof lineAmountsInput>[0][],
  documentDiscountPercent: string | null,
  billedBeforeMilli: readonly number[],
  billedNowMilli: ReadonlyMap<number, number>,
): PartialAmounts {
  return partialDocumentAmounts(
    lines.map(lineAmountsInput),
    documentDiscountBasisPoints(documentDiscountPercent),
    billedBeforeMilli,
    billedNowMilli,
  );
}

function documentDiscountBasisPoints(documentDiscountPercent?: string | null): number {
  return documentDiscountPercent ? parseScaledDecimal(documentDiscountPercent, PERCENT_SCALE)! : 0;
}
