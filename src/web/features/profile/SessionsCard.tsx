import { Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import type { EndedSessions, UserSession, UserSessionList } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';

export const SESSIONS_KEY = ['user-sessions'];

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];
const firstMatch = (agent: string, names: [RegExp, string][]) =>
  names.find(([pattern]) => pattern.test(agent))?.[1] ?? null;

function SessionRow(props: { session: UserSession; onEnd: () => void; ending: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { session } = props;
  // "Firefox on Linux" from the user agent, else the agent as it came.
  const agent = session.userAgent ?? '';
  const [browser, system] = [firstMatch(agent, BROWSERS), firstMatch(agent, SYSTEMS)];
  const device =
    browser && system
      ? t('security.browserOn', { browser, system })
      : (browser ?? system ?? (agent || t('security.unknownDevice')));
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {device}
          </Text>
          {session.current && (
            <Badge size="sm" variant="light" color="green">
              {t('security.thisSession')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {[session.ip, session.workspace.name].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{format.dateTime(session.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{session.lastSeenAt ? format.dateTime(session.lastSeenAt) : '—'}</Text>
      </Table.Td>
      <Table.Td ta="right">
        {!session.current && (
          <Button size="xs" variant="default" loading={props.ending} onClick={props.onEnd}>
            {t('security.signOutSession')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The person's sessions in every workspace: end one, or all but this one. */
export function SessionsCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: () => api<UserSessionList>('/auth/sessions'),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
  const end = useMutation({
    mutationFn: (id: string) => api(`/auth/sessions/${id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('security.sessionEnded') });
      await refresh();
    },
  });
  const endOthers = useMutation({
    mutationFn: () => api<EndedSessions>('/auth/sessions/sign-out-others', { method: 'POST' }),
    onSuccess: async ({ ended }) => {
      notifications.show({ color: 'green', message: t('security.othersEnded', { count: ended }) });
      await refresh();
    },
  });
  const list = sessions.data?.data ?? [];
  const others = list.filter((session) => !session.current).length;

  return (
    <Card withBorder p="lg">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h4">
          {t('security.sessionsTitle')}
        </Title>
        <Button
          variant="light"
          color="red"
          disabled={others === 0}
          loading={endOthers.isPending}
          onClick={() => endOthers.mutate()}
        >
          {t('security.signOutOthers')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('security.sessionsIntro')}
      </Text>
      {sessions.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text size="sm">{t('security.sessionsLoading')}</Text>
        </Group>
      )}
      {sessions.isError && (
        <Stack gap="sm" align="flex-start">
          <ErrorAlert error={sessions.error} />
          <Button variant="default" size="xs" onClick={() => void sessions.refetch()}>
            {t('errors.retry')}
          </Button>
        </Stack>
      )}
      {sessions.isSuccess && (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('security.device')}</Table.Th>
                <Table.Th>{t('security.signedIn')}</Table.Th>
                <Table.Th>{t('security.lastSeen')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((session) => (
                <SessionRow
                  key={session.id}
                  session={session}
                  ending={end.isPending && end.variables === session.id}
                  onEnd={() => end.mutate(session.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {sessions.isSuccess && others === 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('security.noOtherSessions')}
        </Text>
      )}
      <ErrorAlert error={end.error ?? endOthers.error} />
    </Card>
  );
}
