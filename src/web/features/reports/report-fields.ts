import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toQueryString, type QueryParams } from '../../lib/api.js';
import { currencyDigits, useFormatters } from '../../lib/format.js';
import { useCustomFields } from '../../lib/queries.js';
import { seesSensitive, useSession } from '../../lib/session.js';
import type { RecordBase, RecordEntity } from '../../lib/types.js';
import { findRecordType, RECORD_TYPE_DECLARATIONS } from '../../records/registry.js';
import { customFieldDefs, fieldLabel, type FieldDef } from '../records/fields.js';
import type { FilterRule } from '../records/list-state.js';
import { fromViewConfig, toViewConfig } from '../records/view-config.js';
import type { ApiFilter, ReportField } from './report-types.js';

/** The list fields of a record type as its list shows them (custom ones too), for filters and drill-downs. */
export function useListFields(entity: RecordEntity | undefined): FieldDef<RecordBase>[] {
  const fmt = useFormatters();
  const session = useSession();
  const decl = RECORD_TYPE_DECLARATIONS.find((d) => d.entity === entity);
  const custom = useCustomFields(entity ?? 'person');
  return useMemo(() => {
    if (!decl) return [];
    const sensitive = seesSensitive(session, decl.module);
    // Each declaration's fields are typed by its own record; all of them have RecordBase's fields.
    const own = (decl.fields as (fmt: unknown) => FieldDef<RecordBase>[])(fmt);
    return [
      ...own.filter((field) => sensitive || !field.sensitive),
      ...customFieldDefs<RecordBase>(custom.data ?? []),
    ];
  }, [decl, fmt, session, custom.data]);
}

/** What the server lets a report on an object group and measure, for the person building it. */
export function useReportFields(object: string | null) {
  return useQuery({
    queryKey: ['reports', 'fields', object],
    queryFn: async ({ signal }) =>
      (await api<{ fields: ReportField[] }>('/reports/fields', { query: { object: object! }, signal }))
        .fields,
    enabled: object !== null,
    staleTime: 60_000,
  });
}

/** A report field's name in the reader's language: the list's label, or a data set's column. */
export function useFieldText(entity: string | null, reportFields: ReportField[] | undefined) {
  const { t } = useTranslation();
  const listFields = useListFields(findRecordType(entity ?? '')?.entity);
  const type = findRecordType(entity ?? '');
  return (name: string) => {
    const joined = reportFields?.find((f) => f.name === name)?.dataSet;
    if (joined) return `${joined.name}: ${joined.column}`;
    const listField = listFields.find((f) => (f.filterField ?? f.id) === name || f.id === name);
    if (listField) return fieldLabel(listField, t);
    const keys = type ? type.fieldLabel(name) : [`fields.${name}`];
    return t(keys, { defaultValue: name });
  };
}

/** Filter rows of the list's filter editor as the API's filter, and back. */
export function toApiFilter(rules: FilterRule[], fields: FieldDef<RecordBase>[], currency: string) {
  return toViewConfig({ columns: [], sort: [], filter: rules, q: '' }, fields, currencyDigits(currency))
    .filter;
}

export function fromApiFilter(
  filter: ApiFilter | undefined,
  fields: FieldDef<RecordBase>[],
  currency: string,
) {
  return fromViewConfig({ columns: [], filter }, fields, currencyDigits(currency)).filter;
}

/**
 * A drill-down's filter as rows of the list's address. A list of values (a data set's keys) becomes
 * one `in` row, which the list sends as the API reads it; a field the list lacks makes it null.
 */
export function drillRules(
  filter: ApiFilter,
  fields: FieldDef<RecordBase>[],
  currency: string,
): FilterRule[] | null {
  const rules: FilterRule[] = [];
  for (const [key, ops] of Object.entries(filter)) {
    const field = fields.find((f) => (f.filterField ?? f.id) === key);
    if (!field) return null;
    const entries =
      typeof ops === 'string'
        ? [['eq', ops] as const]
        : Array.isArray(ops)
          ? [['in', ops] as const]
          : Object.entries(ops);
    for (const [op, raw] of entries) {
      if (Array.isArray(raw)) rules.push({ field: field.id, op: 'in', value: raw.join(',') });
      else rules.push(...fromApiFilter({ [key]: { [op]: raw } }, fields, currency));
    }
  }
  return rules;
}

/** The CSV export of the records behind a drill-down, as a link the browser downloads. */
export function drillExportUrl(table: string, filter: ApiFilter): string {
  const params: QueryParams = { format: 'csv' };
  for (const [key, ops] of Object.entries(filter)) {
    if (typeof ops === 'string' || Array.isArray(ops)) params[`filter[${key}]`] = ops;
    else for (const [op, value] of Object.entries(ops)) params[`filter[${key}][${op}]`] = value;
  }
  return `/api/v1/${table.replace(/^\//, '')}/export${toQueryString(params)}`;
}
