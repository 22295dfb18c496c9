import { sql, type RawBuilder } from 'kysely';
import type { KeyKind } from './data-sets.schemas.js';

/**
 * Keys in one form on both sides of the join: country codes and postcodes upper-case (postcodes
 * without spaces), regions as written, trimmed. Only ASCII changes case, because SQLite's `upper`
 * knows only ASCII and both databases must join the same rows.
 */
export function normalizeKey(kind: KeyKind, raw: string): string {
  const trimmed = raw.trim();
  const asciiUpper = (text: string) => text.replace(/[a-z]/g, (c) => c.toUpperCase());
  if (kind === 'postcode') return asciiUpper(trimmed.replace(/\s+/g, ''));
  if (kind === 'country') return asciiUpper(trimmed);
  return trimmed;
}

/** The same normalisation in SQL, for the record's side of the join. */
export function normalizedKeyExpr(kind: KeyKind, expr: RawBuilder<unknown>): RawBuilder<string> {
  if (kind === 'postcode') return sql<string>`upper(replace(trim(${expr}), ' ', ''))`;
  if (kind === 'country') return sql<string>`upper(trim(${expr}))`;
  return sql<string>`trim(${expr})`;
}
