import { Alert, Button, FileButton, Loader, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileImport, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../components/problem-message.js';
import { api, isApiError } from '../../lib/api.js';
import type { RecordType } from '../../records/record-type.js';
import type { Import } from './import-queries.js';
import { RecentImports } from './RecentImports.js';

/** Why the server refused a file (server/modules/imports: imports.service.ts), in the reader's language. */
const FILE_MESSAGES: [RegExp, string][] = [
  [/^is empty$/, 'imports.errors.empty'],
  [/^is not a text file/, 'imports.errors.notText'],
  [/^has a header but no rows$/, 'imports.errors.noRows'],
];

function uploadProblem(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return problemMessage(t, error);
  if (error.status === 413) return t('imports.errors.tooLarge');
  const message = error.forField('file');
  const known = message && FILE_MESSAGES.find(([pattern]) => pattern.test(message));
  if (known) return t(known[1]);
  return message ?? problemMessage(t, error);
}

/** The first step: a CSV or vCard file, chosen or dropped, and the type's recent imports. */
export function UploadStep({
  type,
  onUploaded,
  onOpen,
}: {
  type: RecordType;
  onUploaded: (item: Import) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dragging, setDragging] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('object', type.entity);
      body.append('file', file, file.name);
      return api<Import>('/imports', { method: 'POST', body });
    },
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: ['imports', type.entity] });
      queryClient.setQueryData(['import', item.id], item);
      onUploaded(item);
    },
  });
  const choose = (file: File | null) => {
    if (file && !upload.isPending) upload.mutate(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        p="xl"
        radius="md"
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
          background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="sm" ta="center">
          <ThemeIcon variant="light" size={56} radius="xl">
            {upload.isPending ? <Loader size={24} /> : <IconFileImport size={30} stroke={1.5} />}
          </ThemeIcon>
          <Text fw={600}>
            {upload.isPending ? t('imports.reading', { name: upload.variables.name }) : t('imports.drop')}
          </Text>
          <Text size="sm" c="dimmed" maw={520}>
            {t('imports.formats')}
          </Text>
          <FileButton onChange={choose} accept=".csv,.tsv,.txt,.vcf,text/csv,text/vcard">
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} loading={upload.isPending}>
                {t('imports.choose')}
              </Button>
            )}
          </FileButton>
        </Stack>
      </Paper>
      {upload.isError && (
        <Alert
          color="red"
          role="alert"
          title={t('imports.uploadFailed', { name: upload.variables.name })}
          withCloseButton
          closeButtonLabel={t('files.dismiss')}
          onClose={() => upload.reset()}
        >
          {uploadProblem(t, upload.error)}
        </Alert>
      )}
      <RecentImports type={type} onOpen={onOpen} />
    </Stack>
  );
}
