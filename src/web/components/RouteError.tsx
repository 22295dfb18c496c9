import { Button, Center, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { problemMessage } from './problem-message.js';

/** Shown instead of a page that failed to load or render, with a way to try again. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={2}>{t('errors.title')}</Title>
        <Text c="dimmed">{problemMessage(t, error)}</Text>
        <Button onClick={reset}>{t('errors.retry')}</Button>
      </Stack>
    </Center>
  );
}
