import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ButtonLink } from '../../components/links.js';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { api, isApiError } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { recordQuery, useMemberName } from '../../lib/queries.js';
import { seesSensitive, useSession } from '../../lib/session.js';
import type { RecordEntity, RecordOf } from '../../lib/types.js';
import type { RecordTypeDef } from '../../records/record-type.js';
import { RecordPage, useRecordEditor } from './RecordPage.js';

/** A record's page for any record type: loads the record, shows what its type declares, edits it. */
export function RecordDetailPage<E extends RecordEntity, Input>({
  type,
  id,
}: {
  type: RecordTypeDef<E, Input>;
  id: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const memberName = useMemberName();
  const query = recordQuery(type, id);
  const record = useQuery(query);
  const editor = useRecordEditor({
    object: type.entity,
    queryKey: query.queryKey,
    id,
    save: (input: Input, headers) =>
      api<RecordOf<E>>(`${type.apiPath}/${id}`, {
        method: 'PATCH',
        body: type.form.toBody(input, false),
        headers,
      }),
    // Records show the names of the records they refer to (a person its company's), so any list may
    // have changed.
    listsKey: ['records'],
  });

  if (record.isPending) return <RecordSkeleton />;
  if (isApiError(record.error) && record.error.status === 404)
    return (
      <EmptyState
        icon={type.icon}
        title={t(type.text('notFound'))}
        action={<ButtonLink to={type.routePath}>{t(type.text('title'))}</ButtonLink>}
      />
    );
  if (record.isError) return <ErrorAlert error={record.error} />;
  const r = record.data;
  const name = type.displayName(r) || t(type.text('unnamed'));
  const { Form, toInput } = type.form;
  const sensitive = seesSensitive(session, type.module);

  return (
    <RecordPage
      type={type}
      record={r}
      title={name}
      subtitle={type.subtitle?.(r) ?? null}
      queryKey={query.queryKey}
      items={type.details(r, { fmt, t, memberName }).filter((item) => sensitive || !item.sensitive)}
      editor={editor}
      editTitle={t(type.text('editTitle'), { name })}
      editForm={
        <Form
          initial={toInput({ defaultCurrency: session.workspace.defaultCurrency, sensitive, prefill: {} }, r)}
          submitLabel={t('record.save')}
          recordId={r.id}
          {...editor.formProps}
        />
      }
    >
      {type.Related && (
        <Suspense fallback={null}>
          <type.Related record={r} />
        </Suspense>
      )}
    </RecordPage>
  );
}
