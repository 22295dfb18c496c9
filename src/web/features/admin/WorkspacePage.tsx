import { Button, Card, Group, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { currencyCodes, useFormatters } from '../../lib/format.js';
import { isLocale, languageName, LOCALES } from '../../lib/i18n.js';
import { can, sessionQuery, useSession } from '../../lib/session.js';
import { DocumentDetailsCard } from '../documents/DocumentDetailsCard.js';
import { adminFieldError, AdminErrorAlert } from './admin-errors.js';
import { useWorkspace, WORKSPACE_KEY } from './admin-queries.js';
import type { Workspace } from './admin-types.js';

/** Name, default currency and default language of the workspace. */
export function WorkspacePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <Stack gap="lg">
      <Card withBorder p="lg">
        <Title order={2} size="h4" mb="xs">
          {t('admin.workspace.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('admin.workspace.intro')}
        </Text>
        <AdminErrorAlert error={workspace.error} />
        {workspace.isPending && (
          <Stack gap="md" maw={480} aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={56} />
            <Skeleton height={56} />
            <Skeleton height={56} />
          </Stack>
        )}
        {workspace.data && <WorkspaceForm key={workspace.data.updatedAt} workspace={workspace.data} />}
      </Card>
      <DocumentDetailsCard />
    </Stack>
  );
}

function WorkspaceForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const canUpdate = can(session, 'admin', 'update');
  const [name, setName] = useState(workspace.name);
  const [currency, setCurrency] = useState(workspace.defaultCurrency);
  const [locale, setLocale] = useState(workspace.defaultLocale);
  const currencies = useMemo(
    () => currencyCodes().map((code) => ({ value: code, label: `${code} — ${fmt.currencyName(code)}` })),
    [fmt],
  );

  const save = useMutation({
    mutationFn: () =>
      api<Workspace>('/workspace', {
        method: 'PATCH',
        body: { name, defaultCurrency: currency, defaultLocale: locale },
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: 'green', message: t('admin.workspace.saved') });
      queryClient.setQueryData(WORKSPACE_KEY, saved);
      // The header shows the workspace name and forms take the default currency from the session.
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    },
  });
  const err = (field: string) => adminFieldError(t, save.error, field);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md" maw={480}>
        <TextInput
          label={t('admin.workspace.name')}
          required
          readOnly={!canUpdate}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={err('name')}
        />
        <Select
          label={t('admin.workspace.currency')}
          description={t('admin.workspace.currencyHint')}
          searchable
          readOnly={!canUpdate}
          data={currencies}
          value={currency}
          allowDeselect={false}
          onChange={(value) => value && setCurrency(value)}
          nothingFoundMessage={t('admin.common.noMatch')}
          error={err('defaultCurrency')}
        />
        <Select
          label={t('admin.workspace.language')}
          description={t('admin.workspace.languageHint')}
          readOnly={!canUpdate}
          data={LOCALES.map((value) => ({ value, label: languageName(value) }))}
          value={locale}
          allowDeselect={false}
          onChange={(value) => isLocale(value) && setLocale(value)}
          error={err('defaultLocale')}
        />
        <AdminErrorAlert error={save.error} shownFields={['name', 'defaultCurrency', 'defaultLocale']} />
        {canUpdate && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('admin.common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
