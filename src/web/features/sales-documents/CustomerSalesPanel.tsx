import { Badge, Button, Card, SimpleGrid, Skeleton, Stack, Table, Tabs, Text, Tooltip } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { daysLate } from '../../../shared/sales/order-status.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import type { ConvertedTotal, CustomerSales, Invoice, Order, Quote } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';
import { can, useSession } from '../../lib/session.js';
import type { Page } from '../../lib/types.js';
import { findRecordType } from '../../records/registry.js';
import { RecordLink } from '../records/RecordLink.js';
import { DocumentStatusBadge } from './document-fields.js';

type Customer = 'companies' | 'people';
type Doc = Quote | Order | Invoice;
const KINDS = [
  { entity: 'order', module: 'orders' },
  { entity: 'invoice', module: 'invoices' },
  { entity: 'quote', module: 'quotes' },
] as const;

const today = () => new Date().toISOString().slice(0, 10);

/** When a document is late: an order past its promised date awaiting goods, an invoice past due. */
function lateness(doc: Doc): number {
  if (
    'promisedDate' in doc &&
    doc.promisedDate &&
    !doc.deliveredDate &&
    doc.status !== 'cancelled' &&
    doc.status !== 'completed'
  )
    return daysLate(doc.promisedDate, today());
  if ('dueDate' in doc && doc.dueDate && doc.balanceMinor > 0) return daysLate(doc.dueDate, today());
  return 0;
}

/** A figure in the workspace currency, "≈" and a tooltip when other currencies were converted. */
function Figure({ label, total, tone }: { label: string; total: ConvertedTotal; tone?: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Tooltip label={t('customerSales.converted', { currency: total.currency })} disabled={!total.converted}>
        <Text fw={600} c={tone} data-testid={`figure-${label}`}>
          {total.converted ? '≈ ' : ''}
          {fmt.money({ amount: total.amount, currency: total.currency })}
        </Text>
      </Tooltip>
      {total.missingRates.length > 0 && (
        <Text size="xs" c="orange">
          {t('customerSales.missingRates', { currencies: total.missingRates.join(', ') })}
        </Text>
      )}
    </div>
  );
}

function Figures({ customer, id }: { customer: Customer; id: string }) {
  const { t } = useTranslation();
  const figures = useQuery({
    queryKey: ['customer-sales', id],
    queryFn: ({ signal }) => api<CustomerSales>(`/${customer}/${id}/sales`, { signal }),
  });
  if (figures.isPending) return <Skeleton height={48} aria-label={t('customerSales.title')} />;
  if (figures.isError) return <ErrorAlert error={figures.error} />;
  const f = figures.data;
  return (
    <SimpleGrid cols={2} mb="md">
      <Figure label={t('customerSales.revenue')} total={f.revenue} />
      <Figure label={t('customerSales.outstanding')} total={f.outstanding} />
      <Figure
        label={t('customerSales.overdue')}
        total={f.overdue}
        tone={f.overdue.amount > 0 ? 'red' : undefined}
      />
      <div>
        <Text size="xs" c="dimmed">
          {t('customerSales.lateOrders')}
        </Text>
        <Text fw={600} c={f.lateOrders > 0 ? 'red' : undefined}>
          {f.lateOrders}
        </Text>
      </div>
    </SimpleGrid>
  );
}

/** One kind of the customer's documents, newest first, a page at a time. */
function DocumentList({
  customer,
  id,
  entity,
}: {
  customer: Customer;
  id: string;
  entity: 'quote' | 'order' | 'invoice';
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const type = findRecordType(entity)!;
  const field = customer === 'companies' ? 'companyId' : 'personId';
  const docs = useInfiniteQuery({
    queryKey: ['records', entity, field, id],
    queryFn: ({ pageParam, signal }) =>
      api<Page<Doc>>(type.apiPath, {
        query: { [`filter[${field}]`]: id, sort: '-issueDate', limit: 10, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = docs.data?.pages.flatMap((page) => page.data) ?? [];
  if (docs.isPending) return <Skeleton height={90} aria-busy="true" />;
  if (docs.isError) return <ErrorAlert error={docs.error} />;
  if (rows.length === 0) return <EmptyState icon={type.icon} title={t(type.text('empty'))} />;
  return (
    <>
      {/* The panel sits in a record page's side column: each row keeps to three narrow columns. */}
      <Table fz="sm" highlightOnHover verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('salesDocs.fields.number')}</Table.Th>
            <Table.Th>{t('salesDocs.fields.status')}</Table.Th>
            <Table.Th ta="right">{t('salesDocs.fields.gross')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((doc) => {
            const late = lateness(doc);
            const promised = 'promisedDate' in doc ? doc.promisedDate : null;
            const due = 'dueDate' in doc ? doc.dueDate : null;
            return (
              <Table.Tr key={doc.id}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    <RecordLink entity={entity} id={doc.id}>
                      {doc.number}
                    </RecordLink>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {fmt.date(doc.issueDate)}
                  </Text>
                  {(promised ?? due) && (
                    <Text size="xs" c="dimmed">
                      {promised ? t('overdue.promised') : t('overdue.due')}: {fmt.date((promised ?? due)!)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <DocumentStatusBadge status={doc.status} t={t} />
                    {late > 0 && (
                      <Badge color="red" variant="filled" size="sm" miw="max-content">
                        {t('customerSales.daysLate', { count: late })}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {fmt.money({ amount: doc.totals.grossMinor, currency: doc.currency })}
                  </Text>
                  {'balanceMinor' in doc && doc.balanceMinor > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('overdue.balance')}:{' '}
                      {fmt.money({ amount: doc.balanceMinor, currency: doc.currency })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {docs.hasNextPage && (
        <Button
          variant="subtle"
          size="xs"
          mt="xs"
          onClick={() => void docs.fetchNextPage()}
          loading={docs.isFetchingNextPage}
        >
          {t('customerSales.more')}
        </Button>
      )}
    </>
  );
}

/**
 * A customer's orders, invoices and quotes on their page: lifetime revenue, what is owed and overdue
 * (in the workspace currency), late orders, and each document with its status and lateness.
 */
export function CustomerSalesPanel({ customer, id }: { customer: Customer; id: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const kinds = KINDS.filter((kind) => can(session, kind.module, 'read'));
  if (kinds.length === 0) return null;
  return (
    <Card withBorder p="lg" component="section" aria-label={t('customerSales.title')}>
      <Text fw={600} mb="sm">
        {t('customerSales.title')}
      </Text>
      {can(session, 'invoices', 'read') && <Figures customer={customer} id={id} />}
      <Tabs defaultValue={kinds[0]!.entity} keepMounted={false}>
        <Tabs.List>
          {kinds.map((kind) => (
            <Tabs.Tab key={kind.entity} value={kind.entity}>
              {t(findRecordType(kind.entity)!.text('title'))}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {kinds.map((kind) => (
          <Tabs.Panel key={kind.entity} value={kind.entity} pt="sm">
            <DocumentList customer={customer} id={id} entity={kind.entity} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Card>
  );
}
