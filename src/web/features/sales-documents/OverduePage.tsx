import { Badge, Button, Card, Skeleton, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconClockExclamation } from '@tabler/icons-react';
import { createRoute } from '@tanstack/react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import type { Invoice, Order } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';
import { can, useSession } from '../../lib/session.js';
import { appRoute } from '../../routes/root.js';
import { RecordLink } from '../records/RecordLink.js';
import { DocumentStatusBadge } from './document-fields.js';

type Kind = 'orders' | 'invoices';
type Row = { daysLate: number } & ({ order: Order } | { invoice: Invoice });
type SortKey = 'daysLate' | 'amount' | 'number';

const documentOf = (row: Row) => ('order' in row ? row.order : row.invoice);

function SortHeader(props: { column: SortKey; label: string; sort: string; onSort: (sort: string) => void }) {
  const { t } = useTranslation();
  const active = props.sort.replace('-', '') === props.column;
  const descending = props.sort.startsWith('-');
  const Arrow = descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        fz="sm"
        fw={600}
        aria-label={t('overdue.sortBy', { column: props.label })}
        onClick={() => props.onSort(active && descending ? props.column : `-${props.column}`)}
      >
        {props.label} {active && <Arrow size={12} aria-hidden />}
      </UnstyledButton>
    </Table.Th>
  );
}

/** One kind of overdue document, sortable by days late, amount or number, a page at a time. */
function OverdueTable({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [sort, setSort] = useState('-daysLate');
  const rows = useInfiniteQuery({
    queryKey: ['records', 'overdue', kind, sort],
    queryFn: ({ pageParam, signal }) =>
      api<{ data: Row[]; nextCursor: string | null }>(`/sales/overdue/${kind}`, {
        query: { sort, limit: 50, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const all = rows.data?.pages.flatMap((page) => page.data) ?? [];
  const header = (column: SortKey, label: string) => (
    <SortHeader column={column} label={label} sort={sort} onSort={setSort} />
  );
  return (
    <Card withBorder p="lg" component="section" aria-label={t(`overdue.${kind}`)}>
      <Title order={3} size="h4" mb="sm">
        {t(`overdue.${kind}`)}
      </Title>
      {rows.isPending && <Skeleton height={120} aria-busy="true" />}
      <ErrorAlert error={rows.error} />
      {rows.isSuccess && all.length === 0 && (
        <EmptyState
          icon={IconClockExclamation}
          title={t(kind === 'orders' ? 'overdue.noOrders' : 'overdue.noInvoices')}
          body={t('overdue.noneBody')}
        />
      )}
      {all.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {header('number', t('salesDocs.fields.number'))}
                <Table.Th>{t('overdue.customer')}</Table.Th>
                <Table.Th>{t('salesDocs.fields.status')}</Table.Th>
                <Table.Th>{kind === 'orders' ? t('overdue.promised') : t('overdue.due')}</Table.Th>
                {header('daysLate', t('overdue.daysLate'))}
                {header('amount', kind === 'orders' ? t('overdue.total') : t('overdue.balance'))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all.map((row) => {
                const doc = documentOf(row);
                const date = 'order' in row ? row.order.promisedDate : row.invoice.dueDate;
                const amount = 'order' in row ? row.order.totals.grossMinor : row.invoice.balanceMinor;
                const customer = doc.companyId ? (
                  <RecordLink entity="company" id={doc.companyId}>
                    {doc.companyName ?? '—'}
                  </RecordLink>
                ) : doc.personId ? (
                  <RecordLink entity="person" id={doc.personId}>
                    {doc.personName ?? '—'}
                  </RecordLink>
                ) : (
                  '—'
                );
                return (
                  <Table.Tr key={doc.id}>
                    <Table.Td>
                      <RecordLink entity={'order' in row ? 'order' : 'invoice'} id={doc.id}>
                        {doc.number}
                      </RecordLink>
                    </Table.Td>
                    <Table.Td>{customer}</Table.Td>
                    <Table.Td>
                      <DocumentStatusBadge status={doc.status} t={t} />
                    </Table.Td>
                    <Table.Td>{date ? fmt.date(date) : '—'}</Table.Td>
                    <Table.Td>
                      <Badge color="red" variant="light">
                        {t('customerSales.daysLate', { count: row.daysLate })}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{fmt.money({ amount, currency: doc.currency })}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.hasNextPage && (
        <Button
          variant="subtle"
          mt="xs"
          onClick={() => void rows.fetchNextPage()}
          loading={rows.isFetchingNextPage}
        >
          {t('customerSales.more')}
        </Button>
      )}
    </Card>
  );
}

/** A manager's page: every overdue order and invoice the member may see (own, team or all). */
export function OverduePage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('overdue.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('overdue.intro')}
        </Text>
      </div>
      {can(session, 'orders', 'read') && <OverdueTable kind="orders" />}
      {can(session, 'invoices', 'read') && <OverdueTable kind="invoices" />}
    </Stack>
  );
}

/** `/overdue`: orders past their promised date and invoices past due. */
export const overdueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/overdue',
  component: OverduePage,
});
