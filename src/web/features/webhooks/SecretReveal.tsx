import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../admin/CopyField.js';

/** A signing secret, shown once with a copy button and how to use it. */
export function SecretReveal({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('webhooks.secret.onceTitle')}>
        {t('webhooks.secret.onceBody')}
      </Alert>
      <CopyField label={t('webhooks.secret.label')} value={secret} />
      <Text size="sm" c="dimmed">
        {t('webhooks.secret.usage')}
      </Text>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('webhooks.secret.done')}</Button>
      </Group>
    </Stack>
  );
}
