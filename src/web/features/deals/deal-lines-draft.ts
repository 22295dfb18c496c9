import type { Deal } from '../../lib/api-types.generated.js';
import { toMajorUnits, toMinorUnits } from '../../lib/format.js';

/** A deal's product line as its editor holds it: texts as typed, the price in major units. */
export interface LineDraft {
  key: number;
  productId: string | null;
  description: string;
  quantity: string;
  unitPrice: number | '';
  discountPercent: string;
  taxRate: string;
}

let counter = 0;

export const emptyLine = (): LineDraft => ({
  key: ++counter,
  productId: null,
  description: '',
  quantity: '1',
  unitPrice: '',
  discountPercent: '',
  taxRate: '0',
});

export function linesOf(deal: Deal): LineDraft[] {
  return deal.lines.map((line) => ({
    key: ++counter,
    productId: line.productId ?? null,
    description: line.description,
    quantity: line.quantity,
    unitPrice: toMajorUnits(line.unitPriceMinor, deal.amount.currency),
    discountPercent: line.discountPercent ?? '',
    taxRate: line.taxRate,
  }));
}

/** Decimals as people type them ("1,5") in the form the API reads ("1.5"). */
const decimal = (text: string) => text.trim().replace(',', '.');

export function linesBody(lines: LineDraft[], currency: string) {
  return lines.map((line) => ({
    productId: line.productId,
    description: line.description.trim(),
    quantity: decimal(line.quantity),
    unitPriceMinor: line.unitPrice === '' ? 0 : toMinorUnits(line.unitPrice, currency),
    discountPercent: decimal(line.discountPercent) || null,
    taxRate: decimal(line.taxRate) || '0',
  }));
}
