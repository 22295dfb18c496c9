import { Button, Card, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { AnchorLink } from '../../components/links.js';
import { recordType } from '../../records/registry.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import type { Order, Quote } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';
import { can, canOnRecord, useSession } from '../../lib/session.js';
import { DocumentLines } from '../sales-documents/DocumentLines.js';
import { notifyDone, useDocumentAction } from '../sales-documents/document-actions.js';
import { DocumentButtons } from '../documents/DocumentButtons.js';

interface Revisions {
  data: { revision: number; replacedAt: string; quote: { totals?: { grossMinor: number } } }[];
}

function useQuoteStatusAction(id: string, action: 'send' | 'accept' | 'decline') {
  const { t } = useTranslation();
  return useDocumentAction<undefined, Quote>(`/quotes/${id}/${action}`, (quote) =>
    notifyDone(t(`salesDocs.status.${quote.status}`)),
  );
}

/** A quote's lines, its actions (send, accept, decline, convert) and the revisions its changes replaced. */
export function QuotePanel({ record: quote }: { record: Quote }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const navigate = useNavigate();
  const [converting, setConverting] = useState(false);
  const [promisedDate, setPromisedDate] = useState('');
  const editable = canOnRecord(session, 'quotes', 'update', quote.ownerId);
  const send = useQuoteStatusAction(quote.id, 'send');
  const accept = useQuoteStatusAction(quote.id, 'accept');
  const decline = useQuoteStatusAction(quote.id, 'decline');
  const convert = useDocumentAction<{ promisedDate: string | null }, Order>(
    `/quotes/${quote.id}/convert`,
    (order) => {
      notifyDone(t('quotes.converted', { number: order.number }));
      void navigate(recordType('order').link(order.id));
    },
  );
  const revisions = useQuery({
    queryKey: ['quote', quote.id, 'revisions', quote.revision],
    queryFn: () => api<Revisions>(`/quotes/${quote.id}/revisions`),
  });
  const open = quote.status === 'draft' || quote.status === 'sent';
  const error = send.error ?? accept.error ?? decline.error;
  return (
    <Stack>
      <DocumentLines doc={quote} />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('salesDocs.actions.title')}
        </Title>
        <Group>
          <DocumentButtons path={`/quotes/${quote.id}`} number={quote.number} canEmail={editable} />
          {editable && quote.status === 'draft' && (
            <Button loading={send.isPending} onClick={() => send.mutate(undefined)}>
              {t('quotes.send')}
            </Button>
          )}
          {editable && open && (
            <>
              <Button color="green" loading={accept.isPending} onClick={() => accept.mutate(undefined)}>
                {t('quotes.accept')}
              </Button>
              <Button
                color="red"
                variant="light"
                loading={decline.isPending}
                onClick={() => decline.mutate(undefined)}
              >
                {t('quotes.decline')}
              </Button>
            </>
          )}
          {editable && quote.status === 'accepted' && can(session, 'orders', 'create') && (
            <Button onClick={() => setConverting(true)}>{t('quotes.convert')}</Button>
          )}
          {quote.orderId && (
            <AnchorLink {...recordType('order').link(quote.orderId)}>{t('quotes.openOrder')}</AnchorLink>
          )}
        </Group>
        {!open && quote.status !== 'accepted' && !quote.orderId && (
          <Text size="sm" c="dimmed">
            {t('quotes.closed')}
          </Text>
        )}
        <ErrorAlert error={error} shownFields={[]} />
        <Text size="sm" mt="sm">
          {t('quotes.revision', { n: quote.revision })}
          {quote.sentAt && ` · ${t('quotes.sentAt', { date: fmt.dateTime(quote.sentAt) })}`}
        </Text>
        {(revisions.data?.data.length ?? 0) > 0 && (
          <List size="sm" mt="xs" aria-label={t('quotes.revisions')}>
            {revisions.data!.data.map((r) => (
              <List.Item key={r.revision}>
                {t('quotes.revisionReplaced', {
                  n: r.revision,
                  date: fmt.dateTime(r.replacedAt),
                  total: r.quote.totals
                    ? fmt.money({ amount: r.quote.totals.grossMinor, currency: quote.currency })
                    : '—',
                })}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Modal opened={converting} onClose={() => setConverting(false)} title={t('quotes.convert')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            convert.mutate({ promisedDate: promisedDate || null });
          }}
        >
          <Stack>
            <TextInput
              type="date"
              label={t('salesDocs.fields.promisedDate')}
              value={promisedDate}
              onChange={(e) => setPromisedDate(e.currentTarget.value)}
            />
            <ErrorAlert error={convert.error} shownFields={[]} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConverting(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={convert.isPending}>
                {t('quotes.convert')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
