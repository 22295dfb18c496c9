import type { TFunction } from 'i18next';
import { toMajorUnits, type Formatters } from '../../lib/format.js';
import type { ChartOption } from '../sales-reports/EChart.js';
import type { ChartType, ReportResult, ReportRow } from './report-types.js';

/**
 * How a report's result reads: group values and measures as text in the reader's language, and the
 * ECharts option of a chart, with the row behind each bar, slice or point. No I/O.
 */
export interface ReportText {
  t: TFunction;
  fmt: Formatters;
  /** A field's name as the reader knows it (`ownerId` → "Owner", `custom.tier` → its label). */
  fieldText: (field: string) => string;
}

type Group = ReportResult['groups'][number];
type Key = ReportRow['keys'][number];
type Measure = ReportResult['measures'][number];
type Value = ReportRow['values'][number];

export function bucketText(text: ReportText, bucket: Group['bucket'], value: string): string {
  const { t, fmt } = text;
  switch (bucket) {
    case 'day':
      return fmt.date(value);
    case 'week':
      return t('reports.weekOf', { date: fmt.date(value) });
    case 'month':
      return new Intl.DateTimeFormat(fmt.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${value}-01T00:00:00Z`),
      );
    case 'quarter':
      return t('reports.quarterOf', { quarter: value.slice(6), year: value.slice(0, 4) });
    default:
      return value;
  }
}

/** A group's value as text: a referenced record's or member's name, a date bucket, a country. */
export function keyText(text: ReportText, group: Group | undefined, key: Key): string {
  const { t, fmt } = text;
  if (key.label) return key.label;
  const value = key.value;
  if (value === null || value === '') return t('reports.noValue');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return fmt.number(value);
  if (group?.bucket) return bucketText(text, group.bucket, value);
  if (group?.field === 'country' && /^[A-Z]{2}$/.test(value)) return fmt.country(value);
  return value;
}

export function rowText(text: ReportText, result: ReportResult, row: ReportRow): string {
  if (row.others) return text.t('reports.others');
  if (row.keys.length === 0) return text.t('reports.all');
  return row.keys.map((key, i) => keyText(text, result.groups[i], key)).join(' · ');
}

export function measureText(text: ReportText, measure: Pick<Measure, 'op' | 'field'>): string {
  const op = text.t(`reports.op.${measure.op}`);
  return measure.field ? `${op}: ${text.fieldText(measure.field)}` : op;
}

/** A measure's value as text: money per currency, a date for the earliest or latest date. */
export function valueText(text: ReportText, value: Value): string {
  const { fmt } = text;
  if (value === null) return '—';
  if (typeof value === 'number') return fmt.number(value);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}/.test(value) ? fmt.date(value) : value;
  if (value.length === 0) return '—';
  return value.map((money) => fmt.money(money)).join(' + ');
}

/** A measure's value on a chart: money in major units, in the workspace currency when converted. */
export function chartValue(row: ReportRow, index: number): number | null {
  const value = row.values[index] ?? null;
  if (typeof value === 'number') return value;
  if (!Array.isArray(value)) return null;
  const converted = row.converted[index];
  if (converted) return toMajorUnits(converted.amount, converted.currency);
  const [only] = value;
  return value.length === 1 && only ? toMajorUnits(only.amount, only.currency) : null;
}

export interface ReportChart {
  option: ChartOption;
  /** The row behind a clicked bar, slice or point. */
  rowAt: (click: { dataIndex: number; seriesIndex: number }) => ReportRow | undefined;
}

const distinct = (values: string[]) => [...new Set(values)];

/** A chart of the first measure by both groups: the first along the axis, the second as series. */
function twoGroupChart(text: ReportText, result: ReportResult, chart: 'bar' | 'line'): ReportChart {
  const first = (row: ReportRow) =>
    row.others ? text.t('reports.others') : keyText(text, result.groups[0], row.keys[0]!);
  const second = (row: ReportRow) =>
    row.others ? text.t('reports.others') : keyText(text, result.groups[1], row.keys[1]!);
  const categories = distinct(result.rows.map(first));
  const seriesNames = distinct(result.rows.map(second));
  const find = (category: string, series: string) =>
    result.rows.find((row) => first(row) === category && second(row) === series);
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 56, right: 16, top: 16, bottom: 72 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value' },
      series: seriesNames.map((name) => ({
        name,
        type: chart,
        stack: chart === 'bar' ? 'total' : undefined,
        data: categories.map((category) => {
          const row = find(category, name);
          return row ? chartValue(row, 0) : null;
        }),
      })),
    },
    rowAt: ({ dataIndex, seriesIndex }) => find(categories[dataIndex]!, seriesNames[seriesIndex]!),
  };
}

/** The ECharts option for a result drawn as a bar, line, pie or funnel chart. */
export function reportChart(
  text: ReportText,
  result: ReportResult,
  chart: Exclude<ChartType, 'table' | 'number'>,
): ReportChart {
  const rows = result.rows;
  const labels = rows.map((row) => rowText(text, result, row));
  const rowAt = ({ dataIndex }: { dataIndex: number }) => rows[dataIndex];
  if (chart === 'pie' || chart === 'funnel') {
    const name = measureText(text, result.measures[0]!);
    const data = rows.map((row, i) => ({ name: labels[i], value: chartValue(row, 0) }));
    const series =
      chart === 'pie'
        ? { name, type: 'pie', radius: ['35%', '70%'], data }
        : { name, type: 'funnel', sort: 'descending', left: '10%', width: '80%', data };
    return {
      option: { tooltip: { trigger: 'item' }, legend: { type: 'scroll', bottom: 0 }, series: [series] },
      rowAt,
    };
  }
  if (result.groups.length === 2) return twoGroupChart(text, result, chart);
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 56, right: 16, top: 16, bottom: 72 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value' },
      series: result.measures.map((measure, m) => ({
        name: measureText(text, measure),
        type: chart,
        data: rows.map((row) => chartValue(row, m)),
      })),
    },
    rowAt,
  };
}
