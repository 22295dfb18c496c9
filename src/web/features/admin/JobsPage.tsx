import { Badge, Button, Center, Stack, Table, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconClockPause, IconPlayerPlay, IconSkull, IconBan } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { can, useSession } from '../../lib/session.js';
import type { Page } from '../../lib/types.js';
import { AdminErrorAlert, adminProblem } from './admin-errors.js';
import type { Job, JobCounts } from './admin-types.js';
import { ConfirmModal } from './ConfirmModal.js';

type Status = Job['status'];

/** The tabs, in the order a job moves through them. */
const TABS: { status: Status; icon: typeof IconClockPause }[] = [
  { status: 'waiting', icon: IconClockPause },
  { status: 'running', icon: IconPlayerPlay },
  { status: 'dead', icon: IconSkull },
  { status: 'done', icon: IconCircleCheck },
  { status: 'cancelled', icon: IconBan },
];
const COUNT_COLORS: Partial<Record<Status, string>> = { running: 'blue', dead: 'red' };
const JOBS_KEY = ['jobs'] as const;
const PAGE_SIZE = 50;
/** Waiting and running jobs change by themselves; their tabs refresh while open. */
const LIVE_MS = 5000;

/** The workspace's background jobs: what waits, runs, failed or finished, with retry and cancel. */
export function JobsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('waiting');
  const live = status === 'waiting' || status === 'running';
  const counts = useQuery({
    queryKey: [...JOBS_KEY, 'counts'],
    queryFn: () => api<JobCounts>('/jobs/counts'),
    refetchInterval: LIVE_MS,
  });

  return (
    <SettingsCard title={t('admin.jobs.title')} intro={t('admin.jobs.intro')}>
      <Tabs value={status} onChange={(value) => value && setStatus(value as Status)} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((tab) => (
            <Tabs.Tab
              key={tab.status}
              value={tab.status}
              leftSection={<tab.icon size={16} stroke={1.6} />}
              rightSection={
                counts.data && (
                  <Badge
                    size="sm"
                    variant="light"
                    circle={counts.data[tab.status] < 10}
                    color={counts.data[tab.status] > 0 ? (COUNT_COLORS[tab.status] ?? 'gray') : 'gray'}
                  >
                    {counts.data[tab.status]}
                  </Badge>
                )
              }
            >
              {t(`admin.jobs.tabs.${tab.status}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Panel key={tab.status} value={tab.status}>
            <JobList status={tab.status} live={live} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </SettingsCard>
  );
}

function JobList({ status, live }: { status: Status; live: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const mayChange = can(session, 'admin', 'update');
  const [cancelling, setCancelling] = useState<Job | null>(null);

  const jobs = useInfiniteQuery({
    queryKey: [...JOBS_KEY, status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<Job>>('/jobs', { query: { status, cursor: pageParam, limit: PAGE_SIZE }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: live ? LIVE_MS : false,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: JOBS_KEY });

  const retry = useMutation({
    mutationFn: (job: Job) => api<Job>(`/jobs/${job.id}/retry`, { method: 'POST' }),
    onSuccess: async (job) => {
      notifications.show({ color: 'green', message: t('admin.jobs.retried', { type: job.type }) });
      await refresh();
    },
    onError: async (error) => {
      notifications.show({ color: 'red', message: adminProblem(t, error) });
      await refresh();
    },
  });
  const cancel = useMutation({
    mutationFn: (job: Job) => api<Job>(`/jobs/${job.id}/cancel`, { method: 'POST' }),
    onSuccess: async (job) => {
      setCancelling(null);
      notifications.show({ color: 'green', message: t('admin.jobs.cancelled', { type: job.type }) });
      await refresh();
    },
  });

  const rows = jobs.data?.pages.flatMap((page) => page.data) ?? [];
  const showReason = status !== 'done';
  const action = (job: Job) => {
    if (!mayChange) return null;
    if (job.status === 'dead' || job.status === 'cancelled')
      return (
        <Button
          size="compact-sm"
          variant="light"
          loading={retry.isPending && retry.variables.id === job.id}
          onClick={() => retry.mutate(job)}
        >
          {t('admin.jobs.retry')}
        </Button>
      );
    return (
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => {
          cancel.reset();
          setCancelling(job);
        }}
      >
        {t('admin.jobs.cancelShort')}
      </Button>
    );
  };

  return (
    <>
      {jobs.isPending && <TableSkeleton rows={4} columns={5} />}
      <AdminErrorAlert error={jobs.error} />
      {jobs.data && rows.length === 0 && (
        <EmptyState
          icon={TABS.find((tab) => tab.status === status)!.icon}
          title={t(`admin.jobs.empty.${status}`)}
          body={t('admin.jobs.emptyBody')}
        />
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>{t('admin.jobs.job')}</Table.Th>
                <Table.Th w={150}>{t(`admin.jobs.when.${status}`)}</Table.Th>
                <Table.Th w={80}>{t('admin.jobs.attempts')}</Table.Th>
                <Table.Th>{showReason ? t('admin.jobs.reason') : t('admin.jobs.created')}</Table.Th>
                {mayChange && status !== 'done' && <Table.Th w={150}>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((job) => (
                <Table.Tr key={job.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" fw={500} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {job.type}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {job.id.slice(-12)}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{fmt.dateTime(whenOf(job))}</Text>
                    {job.status === 'running' && job.lockedBy && (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {t('admin.jobs.onNode', { node: job.lockedBy })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('admin.jobs.attemptsOf', { attempts: job.attempts, max: job.maxAttempts })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {showReason ? (
                      <Text
                        size="sm"
                        c={job.lastError ? (job.status === 'dead' ? 'red.8' : undefined) : 'dimmed'}
                        style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
                      >
                        {job.lastError ?? '—'}
                      </Text>
                    ) : (
                      <Text size="sm">{fmt.dateTime(job.createdAt)}</Text>
                    )}
                  </Table.Td>
                  {mayChange && status !== 'done' && <Table.Td>{action(job)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {jobs.hasNextPage && (
        <Center mt="md">
          <Button
            variant="default"
            loading={jobs.isFetchingNextPage}
            onClick={() => void jobs.fetchNextPage()}
          >
            {t('admin.jobs.loadMore')}
          </Button>
        </Center>
      )}
      <ConfirmModal
        opened={cancelling !== null}
        title={t('admin.jobs.cancelTitle')}
        body={t(cancelling?.status === 'running' ? 'admin.jobs.cancelRunning' : 'admin.jobs.cancelWaiting', {
          type: cancelling?.type ?? '',
        })}
        confirmLabel={t('admin.jobs.cancel')}
        loading={cancel.isPending}
        error={cancel.error}
        onConfirm={() => cancelling && cancel.mutate(cancelling)}
        onClose={() => setCancelling(null)}
      />
    </>
  );
}

/** The moment that matters for a job in its status: when it is due, started, or finished. */
function whenOf(job: Job): string {
  if (job.status === 'waiting') return job.runAt;
  if (job.status === 'running') return job.updatedAt;
  return job.finishedAt ?? job.updatedAt;
}
