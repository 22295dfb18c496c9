import type { ViewConfig } from '../../lib/types.js';
import type { FieldDef } from './fields.js';
import { apiFilterValue, sortParam, type FilterRule, type ListConfig, type SortRule } from './list-state.js';

export type { SavedView, ViewConfig } from '../../lib/types.js';

export function toViewConfig<T>(config: ListConfig, fields: FieldDef<T>[], moneyDigits: number): ViewConfig {
  const filter: Record<string, Record<string, string>> = {};
  for (const rule of config.filter) {
    const field = fields.find((f) => f.id === rule.field);
    if (!field) continue;
    const key = field.filterField ?? field.id;
    filter[key] = {
      ...filter[key],
      [rule.op]:
        rule.op === 'empty' ? rule.value || 'true' : apiFilterValue(field.filter, rule.value, moneyDigits),
    };
  }
  return {
    columns: config.columns.map((id) => fields.find((f) => f.id === id)?.viewKey ?? id),
    sort: sortParam(config.sort, fields),
    filter: Object.keys(filter).length ? filter : undefined,
    q: config.q.trim() || undefined,
  };
}

export function fromViewConfig<T>(view: ViewConfig, fields: FieldDef<T>[], moneyDigits: number): ListConfig {
  const sort: SortRule[] = [];
  for (const part of (view.sort ?? '').split(',').filter(Boolean)) {
    const desc = part.startsWith('-');
    const key = desc ? part.slice(1) : part;
    const field = fields.find((f) => f.sortKeys?.[0] === key);
    if (field && !sort.some((s) => s.id === field.id)) sort.push({ id: field.id, desc });
  }
  const filter: FilterRule[] = [];
  for (const [key, ops] of Object.entries(view.filter ?? {})) {
    const field = fields.find((f) => (f.filterField ?? f.id) === key);
    // Lists of values (`in`, from views made through the API) have no row in the filter editor.
    if (!field || Array.isArray(ops)) continue;
    for (const [op, raw] of Object.entries(typeof ops === 'string' ? { eq: ops } : ops)) {
      if (Array.isArray(raw)) continue;
      const value =
        field.filter === 'money' && op !== 'empty' ? String(Number(raw) / 10 ** moneyDigits) : String(raw);
      filter.push({ field: field.id, op, value });
    }
  }
  const columns = view.columns.flatMap((key) => {
    const field = fields.find((f) => f.column !== false && (f.viewKey ?? f.id) === key);
    return field ? [field.id] : [];
  });
  return { columns, sort, filter, q: view.q ?? '' };
}
