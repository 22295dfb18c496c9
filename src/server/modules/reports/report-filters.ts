import type { FilterInput } from '../../lib/list-query.js';
import { bucketRange, nextDay } from './report-buckets.js';
import type { DateBucket } from './reports.schemas.js';
import type { KeyValue } from './report-rows.js';

/**
 * Filters in the list grammar (`{ field: { op: value } }`), put together: a report's own, a
 * dashboard's and a group's. A list can open the result, and its export writes the same records.
 * No I/O.
 */
type Ops = Record<string, string | string[]>;

function asOps(spec: FilterInput[string]): Ops {
  return typeof spec === 'string' || Array.isArray(spec) ? { eq: spec } : { ...spec };
}

/** Both filters at once: for the same field and bound, the narrower one. */
export function mergeFilters(...filters: (FilterInput | undefined)[]): FilterInput {
  const merged: Record<string, Ops> = {};
  for (const filter of filters) {
    for (const [field, spec] of Object.entries(filter ?? {})) {
      const ops = (merged[field] ??= {});
      for (const [op, value] of Object.entries(asOps(spec))) {
        const before = ops[op];
        if (typeof before === 'string' && typeof value === 'string' && (op === 'gte' || op === 'gt'))
          ops[op] = before > value ? before : value;
        else if (typeof before === 'string' && typeof value === 'string' && (op === 'lt' || op === 'lte'))
          ops[op] = before < value ? before : value;
        else ops[op] = value;
      }
    }
  }
  return merged;
}

/** A dashboard's date range on one date field: from its first day to the end of its last. */
export function rangeFilter(field: string, from?: string, to?: string): FilterInput {
  if (!from && !to) return {};
  return { [field]: { ...(from && { gte: from }), ...(to && { lt: nextDay(to) }) } };
}

export interface GroupFilterSpec {
  field: string;
  bucket: DateBucket | null;
  type: string;
  /** A data set value's group opens the records whose key has that value. */
  keysOf?: (value: KeyValue) => string[] | null;
  through?: string;
}

/** The condition selecting a group's records, or null when the list grammar cannot say it. */
export function groupFilter(
  spec: GroupFilterSpec,
  value: KeyValue,
  label: string | null,
): FilterInput | null {
  if (spec.keysOf) {
    const keys = value === null ? null : spec.keysOf(value);
    return keys && keys.length > 0 && keys.length <= 500 ? { [spec.through!]: { in: keys.join(',') } } : null;
  }
  if (value === null) return { [spec.field]: { empty: 'true' } };
  if (spec.bucket) {
    const range = bucketRange(spec.bucket, String(value));
    return range && { [spec.field]: { gte: range.from, lt: range.to } };
  }
  // A keyed field groups by its sort key; the list compares the text through the same key.
  return { [spec.field]: { eq: label ?? String(value) } };
}
