import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
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

/**
 * What a list shows, as its address keeps it (`/people?view=…&q=…&sort=name,-createdAt&filter=[…]`), so
 * that Back, a reload and a shared link all show the same list. Defaults are left out.
 */
export interface ListSearch {
  view?: string;
  q?: string;
  /** Field ids, `-` before the ones sorted from last to first. */
  sort?: string;
  filter?: FilterRule[];
  columns?: string[];
  trash?: true;
}

export interface ListState {
  viewId: string | null;
  config: ListConfig;
  trash: boolean;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function isRule(value: unknown): value is FilterRule {
  if (typeof value !== 'object' || value === null) return false;
  const rule = value as Record<string, unknown>;
  return typeof rule.field === 'string' && typeof rule.op === 'string' && typeof rule.value === 'string';
}

/** Reads what an address says about a list, dropping whatever is not in the expected shape. */
export function parseListSearch(search: Record<string, unknown>): ListSearch {
  const filter = Array.isArray(search.filter) ? search.filter.filter(isRule) : [];
  const columns = Array.isArray(search.columns)
    ? search.columns.filter((c): c is string => typeof c === 'string')
    : undefined;
  const parsed: ListSearch = {};
  const view = text(search.view);
  const q = text(search.q);
  const sort = text(search.sort);
  if (view) parsed.view = view;
  if (q) parsed.q = q;
  if (sort) parsed.sort = sort;
  if (filter.length) parsed.filter = filter.map(({ field, op, value }) => ({ field, op, value }));
  if (columns) parsed.columns = columns;
  if (search.trash === true || search.trash === 'true') parsed.trash = true;
  return parsed;
}

export function listStateOf(search: ListSearch, defaultColumns: string[]): ListState {
  const sort = (search.sort ?? '')
    .split(',')
    .filter((part) => part !== '' && part !== '-')
    .map((part) => (part.startsWith('-') ? { id: part.slice(1), desc: true } : { id: part, desc: false }));
  return {
    viewId: search.view ?? null,
    config: {
      columns: search.columns ?? defaultColumns,
      sort,
      filter: search.filter ?? [],
      q: search.q ?? '',
    },
    trash: search.trash ?? false,
  };
}

export function listSearchOf(state: ListState, defaultColumns: string[]): ListSearch {
  const { config } = state;
  const sameColumns =
    config.columns.length === defaultColumns.length &&
    config.columns.every((c, i) => c === defaultColumns[i]);
  return parseListSearch({
    view: state.viewId,
    q: config.q,
    sort: config.sort.map((rule) => (rule.desc ? `-${rule.id}` : rule.id)).join(','),
    filter: config.filter,
    columns: sameColumns ? undefined : config.columns,
    trash: state.trash,
  });
}

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
  /** `false` while the list is about to show another address (see RecordListPage). */
  enabled?: boolean;
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
    // Another search or filter keeps the rows on screen until its own arrive, rather than a skeleton.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/**
 * How many records the list holds: exact up to the server's bound, `exact: false` beyond it. Asked only
 * when `enabled` (a list whose every record is loaded counts itself).
 */
export function useRecordCount<T>(options: {
  entity: RecordEntity;
  apiPath: string;
  config: ListConfig;
  fields: FieldDef<T>[];
  trash: boolean;
  moneyDigits: number;
  enabled: boolean;
}) {
  const { config, fields, trash } = options;
  const query: QueryParams = {
    q: config.q.trim() || undefined,
    deleted: trash ? 'true' : undefined,
    ...filterParams(config.filter, fields, options.moneyDigits),
  };
  const path = `${options.apiPath}/count`;
  return useQuery({
    queryKey: ['records', options.entity, path, query],
    queryFn: ({ signal }) => api<{ count: number; exact: boolean }>(path, { query, signal }),
    enabled: options.enabled,
  });
}
