import { Alert, Card, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { canOnRecord, seesSensitive, useSession } from '../../lib/session.js';
import type { RecordEntity, RecordOf } from '../../lib/types.js';
import type { RecordTypeDef } from '../../records/record-type.js';

/** The form for a new record of any type; a created record opens on its own page. */
export function NewRecordPage<E extends RecordEntity, Input>({
  type,
  prefill,
}: {
  type: RecordTypeDef<E, Input>;
  prefill: Record<string, string>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (input: Input) =>
      api<RecordOf<E>>(type.apiPath, { method: 'POST', body: type.form.toBody(input, true) }),
    onSuccess: async (record) => {
      const name = type.displayName(record) || t(type.text('unnamed'));
      notifications.show({ color: 'green', message: t(type.text('created'), { name }) });
      await queryClient.invalidateQueries({ queryKey: ['records', type.entity] });
      await queryClient.invalidateQueries({ queryKey: ['record-options', type.entity] });
      await navigate(type.link(record.id));
    },
  });
  const { Form, toInput } = type.form;
  const mayCreate = canOnRecord(session, type.module, 'create', session.user.id);
  return (
    <>
      <Title order={1} size="h2" mb="md">
        {t(type.text('new'))}
      </Title>
      {!mayCreate ? (
        <Alert color="gray" maw={860}>
          {t('errors.forbidden')}
        </Alert>
      ) : (
        <Card withBorder maw={860} p="lg">
          <Form
            initial={toInput({
              defaultCurrency: session.workspace.defaultCurrency,
              sensitive: seesSensitive(session, type.module),
              prefill,
            })}
            submitLabel={t(type.text('create'))}
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) => create.mutate(input)}
            onCancel={() => void navigate({ to: type.routePath })}
          />
        </Card>
      )}
    </>
  );
}
