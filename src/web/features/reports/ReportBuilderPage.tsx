import { Card, Group, Loader, Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { can, useSession } from '../../lib/session.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { fromApiFilter, toApiFilter, useFieldText, useListFields, useReportFields } from './report-fields.js';
import { useReportRun, useSavedReport } from './report-queries.js';
import type { ReportDefinition, SavedReport } from './report-types.js';
import { ReportDefinitionForm, type ReportDraft } from './ReportDefinitionForm.js';
import { ReportSaveCard } from './ReportSaveCard.js';
import { ReportView } from './ReportView.js';

/** The definition the API runs; measures still waiting for their field are left out. */
function definitionOf(draft: ReportDraft, filter: ReportDefinition['filter']): ReportDefinition | null {
  const measures = draft.measures.filter((m) => m.op === 'count' || m.field);
  if (measures.length === 0) return null;
  return { object: draft.object, filter, groupBy: draft.groupBy, measures };
}

function Builder({ saved }: { saved: SavedReport | null }) {
  const { t } = useTranslation();
  const session = useSession();
  const currency = session.workspace.defaultCurrency;
  const first = RECORD_TYPES.find((type) => can(session, type.module, 'read'))?.entity ?? 'person';
  const [draft, setDraft] = useState<ReportDraft>(() => ({
    object: (saved?.definition.object as ReportDraft['object'] | undefined) ?? first,
    rules: [],
    groupBy: saved?.definition.groupBy ?? [],
    measures: saved?.definition.measures ?? [{ op: 'count' }],
    chart: saved?.chart ?? 'bar',
  }));
  const listFields = useListFields(draft.object);
  // A saved report's filter becomes editor rows once the object's fields (custom ones too) are known.
  const [rulesLoaded, setRulesLoaded] = useState(!saved?.definition.filter);
  if (!rulesLoaded && listFields.length > 0) {
    setRulesLoaded(true);
    setDraft((d) => ({ ...d, rules: fromApiFilter(saved?.definition.filter, listFields, currency) }));
  }
  const reportFields = useReportFields(draft.object);
  const fieldText = useFieldText(draft.object, reportFields.data);
  const filter = useMemo(
    () => toApiFilter(draft.rules, listFields, currency),
    [draft.rules, listFields, currency],
  );
  const definition = useMemo(
    () => (rulesLoaded ? definitionOf(draft, filter) : null),
    [draft, filter, rulesLoaded],
  );
  const run = useReportRun(definition);
  const title = saved?.name ?? t('reports.newReport');
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Card withBorder>
        {reportFields.error ? (
          <ErrorAlert error={reportFields.error} />
        ) : (
          <ReportDefinitionForm
            draft={draft}
            fields={reportFields.data ?? []}
            fieldText={fieldText}
            onChange={setDraft}
          />
        )}
      </Card>
      <Card withBorder aria-busy={run.isFetching} aria-label={t('reports.result')} component="section">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('reports.result')}
          </Title>
          {run.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        {run.error ? (
          <ErrorAlert error={run.error} />
        ) : run.data ? (
          <ReportView
            result={run.data}
            chart={draft.chart}
            label={title}
            fieldText={fieldText}
            height={320}
            withTable
          />
        ) : (
          <RecordSkeleton />
        )}
      </Card>
      {definition && <ReportSaveCard saved={saved} definition={definition} chart={draft.chart} />}
    </Stack>
  );
}

/** `/reports/new` and `/reports/$id`: build a report, see it as a chart or table, save and share it. */
export function ReportBuilderPage({ reportId }: { reportId: string | null }) {
  const saved = useSavedReport(reportId);
  if (reportId && saved.isPending) return <RecordSkeleton />;
  if (saved.error) return <ErrorAlert error={saved.error} />;
  return <Builder key={reportId ?? 'new'} saved={saved.data ?? null} />;
}
