import {
  Button,
  Card,
  FileButton,
  Group,
  Image,
  NumberInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import type { components } from '../../lib/api-types.generated.js';
import { can, useSession } from '../../lib/session.js';
import { adminFieldError, AdminErrorAlert } from '../admin/admin-errors.js';
import { CountrySelect } from '../records/common-inputs.js';

type DocumentDetails = components['schemas']['DocumentDetails'];
const KEY = ['workspace', 'document-details'];
const TEXT_FIELDS = [
  'legalName',
  'street',
  'additionalStreet',
  'postalCode',
  'city',
  'region',
  'vatId',
  'registrationId',
  'email',
  'phone',
  'website',
  'iban',
  'bic',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** What the workspace prints on its quotes, orders, delivery notes and invoices, and its logo. */
export function DocumentDetailsCard() {
  const { t } = useTranslation();
  const details = useQuery({
    queryKey: KEY,
    queryFn: () => api<DocumentDetails>('/workspace/document-details'),
  });
  return (
    <Card withBorder p="lg">
      <Title order={2} size="h4" mb="xs">
        {t('documents.details.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('documents.details.intro')}
      </Text>
      <AdminErrorAlert error={details.error} />
      {details.isPending && (
        <Stack gap="md" maw={720} aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      )}
      {details.data && <DetailsForm key={details.data.version} details={details.data} />}
    </Card>
  );
}

function DetailsForm({ details }: { details: DocumentDetails }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const canUpdate = can(session, 'admin', 'update');
  const [form, setForm] = useState(details);
  const set = <K extends keyof DocumentDetails>(key: K, value: DocumentDetails[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const save = useMutation({
    mutationFn: () => {
      const body = Object.fromEntries(TEXT_FIELDS.map((field) => [field, form[field] ?? '']));
      return api<DocumentDetails>('/workspace/document-details', {
        method: 'PATCH',
        headers: { 'if-match': `"${details.version}"` },
        body: {
          ...body,
          country: form.country,
          paymentTerms: form.paymentTerms ?? '',
          paymentDays: form.paymentDays,
        },
      });
    },
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: t('documents.details.saved') });
      queryClient.setQueryData(KEY, saved);
    },
  });
  const logo = useMutation({
    mutationFn: (file: File | null) => {
      if (!file) return api<DocumentDetails>('/workspace/document-details/logo', { method: 'DELETE' });
      const body = new FormData();
      body.append('file', file);
      return api<DocumentDetails>('/workspace/document-details/logo', { method: 'PUT', body });
    },
    onSuccess: (saved) => queryClient.setQueryData(KEY, saved),
  });
  const err = (field: string) => adminFieldError(t, save.error, field);
  const text = (field: TextField) => ({
    label: t(`documents.details.fields.${field}`),
    readOnly: !canUpdate,
    value: form[field] ?? '',
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => set(field, event.currentTarget.value),
    error: err(field),
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md" maw={720}>
        <Group align="center" gap="md">
          {details.logo ? (
            <Image
              src={`/api/v1/workspace/document-details/logo?v=${details.logo.sha256}`}
              alt={t('documents.details.logo')}
              h={56}
              w="auto"
              fit="contain"
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('documents.details.noLogo')}
            </Text>
          )}
          {canUpdate && (
            <FileButton onChange={(file) => file && logo.mutate(file)} accept="image/png,image/jpeg">
              {(props) => (
                <Button variant="default" loading={logo.isPending} {...props}>
                  {t('documents.details.uploadLogo')}
                </Button>
              )}
            </FileButton>
          )}
          {canUpdate && details.logo && (
            <Button variant="subtle" color="red" onClick={() => logo.mutate(null)}>
              {t('documents.details.removeLogo')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('documents.details.logoHint')}
        </Text>
        <AdminErrorAlert error={logo.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...text('legalName')} placeholder={session.workspace.name} />
          <TextInput {...text('vatId')} />
          <TextInput {...text('street')} />
          <TextInput {...text('additionalStreet')} />
          <TextInput {...text('postalCode')} />
          <TextInput {...text('city')} />
          <TextInput {...text('region')} />
          <CountrySelect
            value={form.country}
            onChange={(code) => set('country', code)}
            error={err('country')}
          />
          <TextInput {...text('registrationId')} />
          <TextInput {...text('email')} type="email" />
          <TextInput {...text('phone')} />
          <TextInput {...text('website')} />
          <TextInput {...text('iban')} />
          <TextInput {...text('bic')} />
          <NumberInput
            label={t('documents.details.fields.paymentDays')}
            readOnly={!canUpdate}
            min={0}
            max={365}
            value={form.paymentDays ?? ''}
            onChange={(value) => set('paymentDays', typeof value === 'number' ? value : null)}
            error={err('paymentDays')}
          />
        </SimpleGrid>
        <Textarea
          label={t('documents.details.fields.paymentTerms')}
          readOnly={!canUpdate}
          autosize
          minRows={2}
          value={form.paymentTerms ?? ''}
          onChange={(event) => set('paymentTerms', event.currentTarget.value)}
          error={err('paymentTerms')}
        />
        <AdminErrorAlert
          error={save.error}
          shownFields={[...TEXT_FIELDS, 'country', 'paymentDays', 'paymentTerms']}
        />
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
