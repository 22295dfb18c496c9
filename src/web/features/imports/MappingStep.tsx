import { Button, Card, Group, MultiSelect, Radio, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { useCustomFields } from '../../lib/queries.js';
import { can, useSession } from '../../lib/session.js';
import type { RecordType } from '../../records/record-type.js';
import { importFieldLabel, importKey, usePreview, type Import, type ImportMode } from './import-queries.js';

/** The select's value for a column left out (a select's values cannot be null). */
const SKIP = '__skip';
const SAMPLE_ROWS = 3;

/**
 * The second step: the field each column of the file goes to (the suggested mapping preselected),
 * with a few of the column's values beside it, and how rows meet records that exist already.
 */
export function MappingStep({
  type,
  item,
  onNext,
  onBack,
}: {
  type: RecordType;
  item: Import;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const customFields = useCustomFields(type.entity).data ?? [];
  const samples = usePreview(item, SAMPLE_ROWS);
  const [mapping, setMapping] = useState(item.mapping);
  const [mode, setMode] = useState<ImportMode>(item.mode);
  const [keys, setKeys] = useState(item.dedupeOn);
  const mayUpdate = can(session, type.module, 'update');
  const label = (name: string) => importFieldLabel(t, type, customFields, name);
  const fieldOptions = useMemo(
    () => [
      { value: SKIP, label: t('imports.skip') },
      ...item.fields.map((field) => ({
        value: field.name,
        label: importFieldLabel(t, type, customFields, field.name),
      })),
    ],
    [item.fields, t, type, customFields],
  );

  const save = useMutation({
    mutationFn: () =>
      api<Import>(`/imports/${item.id}`, { method: 'PATCH', body: { mapping, mode, dedupeOn: keys } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(importKey(item.id), saved);
      onNext();
    },
  });
  const shownFields = [...item.headers.map((header) => `mapping.${header}`), 'dedupeOn'];

  return (
    <Stack gap="lg">
      <Card withBorder p={0} radius="md">
        <Group p="sm" justify="space-between">
          <Text size="sm" c="dimmed">
            {t('imports.detected', {
              name: item.fileName,
              format: item.format === 'vcard' ? 'vCard' : 'CSV',
              encoding: item.encoding.toUpperCase(),
            })}
          </Text>
        </Group>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t('imports.column')}</Table.Th>
                <Table.Th w="36%">{t('imports.samples')}</Table.Th>
                <Table.Th>{t('imports.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {item.headers.map((header, index) => (
                <Table.Tr key={header}>
                  <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {header}
                  </Table.Td>
                  <Table.Td>
                    <Samples values={samples.data?.rows.map((row) => row.cells[index] ?? '')} />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('imports.fieldFor', { column: header })}
                      data={fieldOptions}
                      value={mapping[header] ?? SKIP}
                      onChange={(value) =>
                        setMapping((m) => ({
                          ...m,
                          [header]: value === SKIP || value === null ? null : value,
                        }))
                      }
                      searchable
                      allowDeselect={false}
                      nothingFoundMessage={t('imports.noField')}
                      error={fieldError(t, save.error, `mapping.${header}`)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      <Card withBorder radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('imports.matching')}
        </Title>
        <Group align="flex-start" gap="xl">
          <Radio.Group
            label={t('imports.mode')}
            value={mode}
            onChange={(value) => setMode(value as ImportMode)}
          >
            <Stack gap={6} mt={6}>
              {(['create', 'upsert', 'update'] as const).map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`imports.modes.${value}`)}
                  description={t(`imports.modeHints.${value}`)}
                  disabled={value !== 'create' && !mayUpdate}
                />
              ))}
            </Stack>
          </Radio.Group>
          <MultiSelect
            label={t('imports.keys')}
            description={t(mode === 'create' ? 'imports.keysHintCreate' : 'imports.keysHint')}
            data={item.keys.map((key) => ({ value: key, label: label(key) }))}
            value={keys}
            onChange={setKeys}
            required={mode !== 'create'}
            searchable
            w={320}
            error={fieldError(t, save.error, 'dedupeOn')}
          />
        </Group>
      </Card>

      <ErrorAlert error={save.error} shownFields={shownFields} />
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {t('imports.otherFile')}
        </Button>
        <Button
          rightSection={<IconArrowRight size={16} />}
          loading={save.isPending}
          disabled={mode !== 'create' && keys.length === 0}
          onClick={() => save.mutate()}
        >
          {t('imports.toPreview')}
        </Button>
      </Group>
    </Stack>
  );
}

function Samples({ values }: { values: string[] | undefined }) {
  const shown = (values ?? []).filter((value) => value.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <Stack gap={0}>
      {shown.map((value, i) => (
        <Text key={i} size="xs" c="dimmed" lineClamp={1} title={value} style={{ wordBreak: 'break-all' }}>
          {value}
        </Text>
      ))}
    </Stack>
  );
}
