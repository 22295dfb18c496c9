import { useInfiniteQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../lib/api.js';
import type { Page, RecordEntity } from '../../lib/types.js';
import type { FieldDef } from './fields.js';

export interface FilterRule {
  field: string;
  op: string;
  value: string;
}

export interface SortRule {
  id: string;
  desc: boolean;
}

/** What a list shows; this is also what a saved view stores. */
export interface ListConfig {
  columns: string[];
  sort: SortRule[];
  filter: FilterRule[];
  q: string;
}

export const PAGE_SIZE = 50;

export function sortParam<T>(sort: SortRule[], fields: FieldDef<T>[]): string | undefined {
  const keys = sort.flatMap((rule) => {
    const field = fields.find((f) => f.id === rule.id);
    return (field?.sortKeys ?? []).map((key) => (rule.desc ? `-${key}` : key));
  });
  return keys.length ? keys.slice(0, 3).join(',') : undefined;
}

/** `filter[field][op]=value` pairs, as the list API reads them; incomplete rules are left out. */
export function filterParams<T>(
  rules: FilterRule[],
  fields: FieldDef<T>[],
  moneyDigits: number,
): QueryParams {
  const params: QueryParams = {};
  for (const rule of rules) {
    const field = fields.find((f) => f.id === rule.field);
    if (!field || (rule.value === '' && rule.op !== 'empty')) continue;
    params[`filter[${field.filterField ?? field.id}][${rule.op}]`] =
      rule.op === 'empty' ? rule.value || 'true' : apiFilterValue(field.filter, rule.value, moneyDigits);
  }
  return params;
}

/** People type "12,5" or "1 200"; the API wants "12.5", and money in minor units. */
export function apiFilterValue(kind: string | undefined, value: string, moneyDigits: number): string {
  if (kind !== 'number' && kind !== 'money') return value;
  const number = Number(value.replace(/\s/g, '').replace(',', '.'));
  if (!Number.isFinite(number)) return value;
  return String(kind === 'money' ? Math.round(number * 10 ** moneyDigits) : number);
}

/** One page after another of a list API (a record type's, or records related to one record). */
export function useRecordList<T>(options: {
  entity: RecordEntity;
  apiPath: string;
  config: ListConfig;
  fields: FieldDef<T>[];
  trash: boolean;
  moneyDigits: number;
}) {
  const { config, fields, trash } = options;
  const query: QueryParams = {
    q: config.q.trim() || undefined,
    sort: sortParam(config.sort, fields),
    limit: PAGE_SIZE,
    deleted: trash ? 'true' : undefined,
    ...filterParams(config.filter, fields, options.moneyDigits),
  };
  const path = options.apiPath;
  return useInfiniteQuery({
    queryKey: ['records', options.entity, path, query],
    queryFn: ({ pageParam, signal }) =>
      api<Page<T>>(path, { query: { ...query, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
