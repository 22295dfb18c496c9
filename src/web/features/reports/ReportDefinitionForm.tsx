import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format.js';
import { can, useSession } from '../../lib/session.js';
import type { RecordEntity } from '../../lib/types.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { byLabel } from '../records/fields.js';
import { FilterEditor } from '../records/FilterEditor.js';
import type { FilterRule } from '../records/list-state.js';
import { useListFields } from './report-fields.js';
import {
  BUCKETS,
  CHART_TYPES,
  MEASURE_OPS,
  type ChartType,
  type DateBucket,
  type MeasureOp,
  type ReportField,
} from './report-types.js';

/** What the builder edits: a report's definition with its filter as rows of the list's filter editor. */
export interface ReportDraft {
  object: RecordEntity;
  rules: FilterRule[];
  groupBy: { field: string; bucket?: DateBucket }[];
  measures: { op: MeasureOp; field?: string }[];
  chart: ChartType;
}

export const MAX_MEASURES = 6;

function GroupBySelect({
  index,
  draft,
  fields,
  fieldText,
  onChange,
}: {
  index: number;
  draft: ReportDraft;
  fields: ReportField[];
  fieldText: (name: string) => string;
  onChange: (draft: ReportDraft) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const group = draft.groupBy[index];
  const field = fields.find((f) => f.name === group?.field);
  const options = byLabel(
    fields.filter((f) => f.groupable).map((f) => ({ value: f.name, label: fieldText(f.name) })),
    locale,
  );
  const set = (next: { field: string; bucket?: DateBucket } | null) => {
    const groupBy = [...draft.groupBy];
    if (next) groupBy[index] = next;
    else groupBy.splice(index);
    onChange({ ...draft, groupBy });
  };
  return (
    <Group gap="xs" align="flex-end">
      <Select
        label={t(index === 0 ? 'reports.groupBy' : 'reports.thenBy')}
        placeholder={t('reports.noGrouping')}
        data={options}
        value={group?.field ?? null}
        searchable
        clearable
        w={220}
        onChange={(name) => {
          const picked = fields.find((f) => f.name === name);
          set(picked ? { field: picked.name, ...(picked.type === 'date' && { bucket: 'month' }) } : null);
        }}
      />
      {field?.type === 'date' && group && (
        <Select
          label={t('reports.bucket')}
          data={BUCKETS.map((b) => ({ value: b, label: t(`reports.buckets.${b}`) }))}
          value={group.bucket ?? 'month'}
          allowDeselect={false}
          w={140}
          onChange={(bucket) => set({ field: group.field, bucket: (bucket ?? 'month') as DateBucket })}
        />
      )}
    </Group>
  );
}

function MeasureRows({
  draft,
  fields,
  fieldText,
  onChange,
}: {
  draft: ReportDraft;
  fields: ReportField[];
  fieldText: (name: string) => string;
  onChange: (draft: ReportDraft) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const setMeasure = (index: number, measure: ReportDraft['measures'][number] | null) => {
    const measures = [...draft.measures];
    if (measure) measures[index] = measure;
    else measures.splice(index, 1);
    onChange({ ...draft, measures });
  };
  return (
    <Stack gap="xs">
      {draft.measures.map((measure, index) => {
        const n = index + 1;
        const options = byLabel(
          fields
            .filter((f) => f.measures.includes(measure.op))
            .map((f) => ({ value: f.name, label: fieldText(f.name) })),
          locale,
        );
        return (
          <Group key={index} gap="xs" align="flex-end">
            <Select
              label={t('reports.aggregate', { n })}
              data={MEASURE_OPS.map((op) => ({ value: op, label: t(`reports.op.${op}`) }))}
              value={measure.op}
              allowDeselect={false}
              w={180}
              onChange={(op) => {
                const next = (op ?? 'count') as MeasureOp;
                const keep = fields.find((f) => f.name === measure.field)?.measures.includes(next);
                const first = fields.find((f) => f.measures.includes(next));
                setMeasure(
                  index,
                  next === 'count'
                    ? { op: next }
                    : { op: next, field: keep ? measure.field! : (first?.name ?? '') },
                );
              }}
            />
            {measure.op !== 'count' && (
              <Select
                label={t('reports.ofField', { n })}
                data={options}
                value={measure.field || null}
                searchable
                allowDeselect={false}
                w={220}
                nothingFoundMessage={t('reports.noMeasurable')}
                onChange={(field) => setMeasure(index, { op: measure.op, field: field ?? '' })}
              />
            )}
            {draft.measures.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('reports.removeMeasure', { n })}
                onClick={() => setMeasure(index, null)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {draft.measures.length < MAX_MEASURES && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => onChange({ ...draft, measures: [...draft.measures, { op: 'count' }] })}
        >
          {t('reports.addMeasure')}
        </Button>
      )}
    </Stack>
  );
}

/** The parts of a report: object, filters, up to two groupings, measures and how it is shown. */
export function ReportDefinitionForm({
  draft,
  fields,
  fieldText,
  onChange,
}: {
  draft: ReportDraft;
  fields: ReportField[];
  fieldText: (name: string) => string;
  onChange: (draft: ReportDraft) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const session = useSession();
  const listFields = useListFields(draft.object);
  const objects = byLabel(
    RECORD_TYPES.filter((type) => can(session, type.module, 'read')).map((type) => ({
      value: type.entity,
      label: t(type.text('title')),
    })),
    locale,
  );
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <Select
          label={t('reports.object')}
          data={objects}
          value={draft.object}
          allowDeselect={false}
          searchable
          w={220}
          onChange={(object) =>
            object &&
            object !== draft.object &&
            onChange({
              ...draft,
              object: object as RecordEntity,
              rules: [],
              groupBy: [],
              measures: [{ op: 'count' }],
            })
          }
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('reports.filters')}
          </Text>
          <FilterEditor
            fields={listFields}
            value={draft.rules}
            onApply={(rules) => onChange({ ...draft, rules })}
          />
        </Stack>
      </Group>
      <Group gap="md" align="flex-end">
        <GroupBySelect index={0} draft={draft} fields={fields} fieldText={fieldText} onChange={onChange} />
        {draft.groupBy.length > 0 && (
          <GroupBySelect index={1} draft={draft} fields={fields} fieldText={fieldText} onChange={onChange} />
        )}
      </Group>
      <MeasureRows draft={draft} fields={fields} fieldText={fieldText} onChange={onChange} />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="report-chart-label">
          {t('reports.showAs')}
        </Text>
        <SegmentedControl
          aria-labelledby="report-chart-label"
          style={{ alignSelf: 'flex-start' }}
          data={CHART_TYPES.map((chart) => ({ value: chart, label: t(`reports.charts.${chart}`) }))}
          value={draft.chart}
          onChange={(chart) => onChange({ ...draft, chart: chart as ChartType })}
        />
      </Stack>
    </Stack>
  );
}
