import { Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextManualStatuses, type OrderStatus } from '../../../shared/sales/order-status.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import type { Invoice, Order } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';
import { can, canOnRecord, useSession } from '../../lib/session.js';
import { recordType } from '../../records/registry.js';
import { DocumentLines } from '../sales-documents/DocumentLines.js';
import { LineQuantitiesModal, notifyDone, useDocumentAction } from '../sales-documents/document-actions.js';
import { DocumentButtons } from '../documents/DocumentButtons.js';

interface Deliveries {
  data: {
    id: string;
    number: string;
    deliveredDate: string;
    lines: { description: string; quantity: string }[];
  }[];
}
interface StatusChanges {
  data: { fromStatus: string | null; toStatus: string; changedAt: string }[];
}
type LineQuantities = { line: number; quantity: string }[];

/** An order's lines with what was delivered and invoiced, its status moves, deliveries and invoicing. */
export function OrderPanel({ record: order }: { record: Order }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'deliver' | 'invoice' | null>(null);
  const [deliveredDate, setDeliveredDate] = useState('');
  const editable = canOnRecord(session, 'orders', 'update', order.ownerId);
  const setStatus = useDocumentAction<{ status: string }, Order>(`/orders/${order.id}/status`, (o) =>
    notifyDone(t(`salesDocs.status.${o.status}`)),
  );
  const deliver = useDocumentAction<
    { lines: LineQuantities; deliveredDate?: string },
    { delivery: { number: string } }
  >(`/orders/${order.id}/deliveries`, ({ delivery }) => {
    setDialog(null);
    notifyDone(t('orders.delivered', { number: delivery.number }));
  });
  const invoice = useDocumentAction<{ lines: LineQuantities }, Invoice>(
    `/orders/${order.id}/invoice`,
    (inv) => {
      setDialog(null);
      notifyDone(t('orders.invoiced', { number: inv.number }));
      void navigate(recordType('invoice').link(inv.id));
    },
  );
  const deliveries = useQuery({
    queryKey: ['order', order.id, 'deliveries', order.version],
    queryFn: () => api<Deliveries>(`/orders/${order.id}/deliveries`),
  });
  const history = useQuery({
    queryKey: ['order', order.id, 'status-history', order.version],
    queryFn: () => api<StatusChanges>(`/orders/${order.id}/status-history`),
  });
  const status = order.status as OrderStatus;
  const canDeliver = ['new', 'confirmed', 'in_fulfilment', 'partially_delivered'].includes(status);
  const left = (done: string[]) =>
    order.lines.some((line, i) => Number(line.quantity) > Number(done[i] ?? 0));
  return (
    <Stack>
      <DocumentLines
        doc={order}
        columns={[
          { label: t('orders.deliveredQuantity'), values: order.deliveredQuantities },
          { label: t('orders.invoicedQuantity'), values: order.invoicedQuantities },
        ]}
      />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('salesDocs.actions.title')}
        </Title>
        <Group>
          <DocumentButtons path={`/orders/${order.id}`} number={order.number} canEmail={editable} />
          {editable &&
            nextManualStatuses(status).map((next) => (
              <Button
                key={next}
                variant={next === 'cancelled' ? 'light' : 'filled'}
                color={next === 'cancelled' ? 'red' : undefined}
                loading={setStatus.isPending && setStatus.variables.status === next}
                onClick={() => setStatus.mutate({ status: next })}
              >
                {t(`orders.moveTo.${next}`)}
              </Button>
            ))}
          {editable && canDeliver && left(order.deliveredQuantities) && (
            <Button variant="light" onClick={() => setDialog('deliver')}>
              {t('orders.deliver')}
            </Button>
          )}
          {editable &&
            status !== 'cancelled' &&
            left(order.invoicedQuantities) &&
            can(session, 'invoices', 'create') && (
              <Button variant="light" onClick={() => setDialog('invoice')}>
                {t('orders.invoice')}
              </Button>
            )}
        </Group>
        <ErrorAlert error={setStatus.error} shownFields={[]} />
        <Text size="sm" mt="sm">
          {order.promisedDate && t('orders.promised', { date: fmt.date(order.promisedDate) })}
          {order.deliveredDate && ` · ${t('orders.deliveredOn', { date: fmt.date(order.deliveredDate) })}`}
        </Text>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('orders.deliveries')}
        </Title>
        {(deliveries.data?.data.length ?? 0) === 0 ? (
          <Text size="sm" c="dimmed">
            {t('orders.noDeliveries')}
          </Text>
        ) : (
          <List size="sm">
            {deliveries.data!.data.map((d) => (
              <List.Item key={d.id}>
                {d.number} · {fmt.date(d.deliveredDate)} ·{' '}
                {d.lines.map((l) => `${l.description} × ${fmt.number(Number(l.quantity))}`).join(', ')}
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h5" mt="md" mb="xs">
          {t('orders.history')}
        </Title>
        <List size="sm">
          {history.data?.data.map((change, i) => (
            <List.Item key={i}>
              {fmt.dateTime(change.changedAt)} · {t(`salesDocs.status.${change.toStatus}`)}
            </List.Item>
          ))}
        </List>
      </Card>
      {dialog === 'deliver' && (
        <LineQuantitiesModal
          opened
          onClose={() => setDialog(null)}
          title={t('orders.deliver')}
          submitLabel={t('orders.deliver')}
          lines={order.lines}
          done={order.deliveredQuantities}
          pending={deliver.isPending}
          error={deliver.error}
          onSubmit={(lines) => deliver.mutate({ lines, ...(deliveredDate && { deliveredDate }) })}
        >
          <TextInput
            type="date"
            label={t('orders.deliveredDate')}
            value={deliveredDate}
            onChange={(e) => setDeliveredDate(e.currentTarget.value)}
          />
        </LineQuantitiesModal>
      )}
      {dialog === 'invoice' && (
        <LineQuantitiesModal
          opened
          onClose={() => setDialog(null)}
          title={t('orders.invoice')}
          submitLabel={t('orders.invoice')}
          lines={order.lines}
          done={order.invoicedQuantities}
          pending={invoice.isPending}
          error={invoice.error}
          onSubmit={(lines) => invoice.mutate({ lines })}
        />
      )}
    </Stack>
  );
}
