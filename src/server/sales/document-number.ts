/**
 * Document numbers: `<prefix>-<year>-<sequence>`, the sequence counting from 1 each year per
 * workspace and kind, zero-padded to five digits (it grows beyond them when it must):
 * Q-2026-00001, SO-2026-00042, INV-2026-00007, CN-2026-00001, DN-2026-00003.
 */
export const NUMBERED_KINDS = ['quote', 'order', 'delivery', 'invoice', 'credit-note'] as const;
export type NumberedKind = (typeof NUMBERED_KINDS)[number];

export const DEFAULT_PREFIXES: Record<NumberedKind, string> = {
  quote: 'Q',
  order: 'SO',
  delivery: 'DN',
  invoice: 'INV',
  'credit-note': 'CN',
};

/** Letters, digits and - _ / . ; up to 12 characters, so printed numbers stay short. */
export const PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_/.-]{0,11}$/;

export function formatDocumentNumber(prefix: string, year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new RangeError('sequence must be a positive integer');
  return `${prefix}-${year}-${String(sequence).padStart(5, '0')}`;
}
