import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { can, useSession } from '../../lib/session.js';

interface CalendarFeed {
  active: boolean;
  createdAt: string | null;
  url?: string;
}

/**
 * The member's calendar feed: a secret address their calendar app subscribes to, shown once when it
 * is made; a new one retires the old, and it can be turned off.
 */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const feed = useQuery({
    queryKey: ['calendar-feed'],
    queryFn: () => api<CalendarFeed>('/calendar-feed'),
    enabled: can(session, 'activities', 'read'),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] });
  const rotate = useMutation({
    mutationFn: () => api<CalendarFeed>('/calendar-feed', { method: 'POST' }),
    onSuccess: async (made) => {
      setUrl(made.url ?? null);
      await refresh();
    },
  });
  const off = useMutation({
    mutationFn: () => api<null>('/calendar-feed', { method: 'DELETE' }),
    onSuccess: async () => {
      setUrl(null);
      await refresh();
    },
  });
  if (!can(session, 'activities', 'read')) return null;
  const active = feed.data?.active ?? false;
  return (
    <SettingsCard title={t('calendarFeed.title')} intro={t('calendarFeed.intro')}>
      <Stack gap="sm">
        <ErrorAlert error={feed.error ?? rotate.error ?? off.error} />
        {url ? (
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label={t('calendarFeed.address')}
              description={t('calendarFeed.shownOnce')}
              value={url}
              readOnly
              style={{ flex: 1 }}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('calendarFeed.copied') : t('calendarFeed.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        ) : (
          <Text size="sm">
            {active && feed.data?.createdAt
              ? t('calendarFeed.activeSince', { date: fmt.dateTime(feed.data.createdAt) })
              : t('calendarFeed.inactive')}
          </Text>
        )}
        <Group>
          <Button
            onClick={() => rotate.mutate()}
            loading={rotate.isPending}
            variant={active ? 'default' : 'filled'}
          >
            {active ? t('calendarFeed.rotate') : t('calendarFeed.create')}
          </Button>
          {active && (
            <Button color="red" variant="subtle" onClick={() => off.mutate()} loading={off.isPending}>
              {t('calendarFeed.turnOff')}
            </Button>
          )}
        </Group>
        {active && (
          <Text size="xs" c="dimmed">
            {t('calendarFeed.rotateHint')}
          </Text>
        )}
      </Stack>
    </SettingsCard>
  );
}
