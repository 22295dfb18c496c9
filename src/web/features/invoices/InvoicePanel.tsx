import { Button, Card, Group, List, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import type { Invoice } from '../../lib/api-types.generated.js';
import { toMajorUnits, toMinorUnits, useFormatters } from '../../lib/format.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import { AmountWithCurrencyInput } from '../records/common-inputs.js';
import { DocumentLines } from '../sales-documents/DocumentLines.js';
import { LineQuantitiesModal, notifyDone, useDocumentAction } from '../sales-documents/document-actions.js';
import { DocumentButtons } from '../documents/DocumentButtons.js';

interface Payments {
  data: { id: string; amountMinor: number; paidDate: string; method: string | null }[];
}
interface CreditNotes {
  data: { id: string; number: string; issueDate: string; totals: { grossMinor: number } }[];
}
interface PaymentBody {
  amountMinor: number;
  paidDate?: string;
  method?: string;
}

/** An invoice's lines, what was paid and credited, and the actions that record both. */
export function InvoicePanel({ record: invoice }: { record: Invoice }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const [dialog, setDialog] = useState<'pay' | 'credit' | null>(null);
  const [amount, setAmount] = useState<number | ''>('');
  const [paidDate, setPaidDate] = useState('');
  const [method, setMethod] = useState('');
  const [reason, setReason] = useState('');
  const editable = canOnRecord(session, 'invoices', 'update', invoice.ownerId);
  const money = (amountMinor: number) => fmt.money({ amount: amountMinor, currency: invoice.currency });
  const pay = useDocumentAction<PaymentBody, unknown>(`/invoices/${invoice.id}/payments`, () => {
    setDialog(null);
    notifyDone(t('invoices.paymentRecorded'));
  });
  const credit = useDocumentAction<
    { lines: { line: number; quantity: string }[]; reason?: string },
    {
      creditNote: { number: string };
    }
  >(`/invoices/${invoice.id}/credit-notes`, ({ creditNote }) => {
    setDialog(null);
    notifyDone(t('invoices.credited', { number: creditNote.number }));
  });
  const payments = useQuery({
    queryKey: ['invoice', invoice.id, 'payments', invoice.version],
    queryFn: () => api<Payments>(`/invoices/${invoice.id}/payments`),
  });
  const creditNotes = useQuery({
    queryKey: ['invoice', invoice.id, 'credit-notes', invoice.version],
    queryFn: () => api<CreditNotes>(`/invoices/${invoice.id}/credit-notes`),
  });
  const overdue =
    invoice.balanceMinor > 0 &&
    invoice.dueDate !== null &&
    invoice.dueDate < new Date().toISOString().slice(0, 10);
  return (
    <Stack>
      <DocumentLines
        doc={invoice}
        columns={
          invoice.creditedMinor > 0
            ? [{ label: t('invoices.creditedQuantity'), values: invoice.creditedQuantities }]
            : []
        }
        more={[
          { label: t('invoices.paid'), amountMinor: invoice.paidMinor },
          { label: t('invoices.creditedAmount'), amountMinor: invoice.creditedMinor },
          { label: t('invoices.balance'), amountMinor: invoice.balanceMinor },
        ]}
      />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('salesDocs.actions.title')}
        </Title>
        {overdue && (
          <Text c="red" size="sm" mb="xs">
            {t('invoices.overdue', { date: fmt.date(invoice.dueDate!) })}
          </Text>
        )}
        <Group>
          <DocumentButtons
            path={`/invoices/${invoice.id}`}
            number={invoice.number}
            eInvoice
            canEmail={editable}
          />
          {editable && invoice.balanceMinor > 0 && (
            <Button
              onClick={() => {
                setAmount(toMajorUnits(invoice.balanceMinor, invoice.currency));
                setDialog('pay');
              }}
            >
              {t('invoices.recordPayment')}
            </Button>
          )}
          {editable && invoice.balanceMinor > 0 && (
            <Button variant="light" color="orange" onClick={() => setDialog('credit')}>
              {t('invoices.creditNote')}
            </Button>
          )}
        </Group>
        <Title order={3} size="h5" mt="md" mb="xs">
          {t('invoices.payments')}
        </Title>
        {(payments.data?.data.length ?? 0) === 0 ? (
          <Text size="sm" c="dimmed">
            {t('invoices.noPayments')}
          </Text>
        ) : (
          <List size="sm">
            {payments.data!.data.map((p) => (
              <List.Item key={p.id}>
                {fmt.date(p.paidDate)} · {money(p.amountMinor)}
                {p.method ? ` · ${p.method}` : ''}
              </List.Item>
            ))}
          </List>
        )}
        {(creditNotes.data?.data.length ?? 0) > 0 && (
          <>
            <Title order={3} size="h5" mt="md" mb="xs">
              {t('invoices.creditNotes')}
            </Title>
            <List size="sm">
              {creditNotes.data!.data.map((c) => (
                <List.Item key={c.id}>
                  {c.number} · {fmt.date(c.issueDate)} · {money(c.totals.grossMinor)}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Card>
      <Modal opened={dialog === 'pay'} onClose={() => setDialog(null)} title={t('invoices.recordPayment')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            pay.mutate({
              amountMinor: amount === '' ? 0 : toMinorUnits(amount, invoice.currency),
              ...(paidDate && { paidDate }),
              ...(method.trim() && { method: method.trim() }),
            });
          }}
        >
          <Stack>
            <AmountWithCurrencyInput
              label={t('invoices.amount')}
              withAsterisk
              amount={amount}
              currency={invoice.currency}
              onAmountChange={setAmount}
              onCurrencyChange={() => undefined}
              error={fieldError(t, pay.error, 'amountMinor')}
            />
            <TextInput
              type="date"
              label={t('invoices.paidDate')}
              value={paidDate}
              onChange={(e) => setPaidDate(e.currentTarget.value)}
            />
            <TextInput
              label={t('invoices.method')}
              value={method}
              onChange={(e) => setMethod(e.currentTarget.value)}
            />
            <ErrorAlert error={pay.error} shownFields={['amountMinor']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={pay.isPending}>
                {t('invoices.recordPayment')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {dialog === 'credit' && (
        <LineQuantitiesModal
          opened
          onClose={() => setDialog(null)}
          title={t('invoices.creditNote')}
          submitLabel={t('invoices.creditNote')}
          lines={invoice.lines}
          done={invoice.creditedQuantities}
          pending={credit.isPending}
          error={credit.error}
          onSubmit={(lines) => credit.mutate({ lines, ...(reason.trim() && { reason: reason.trim() }) })}
        >
          <TextInput
            label={t('invoices.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        </LineQuantitiesModal>
      )}
    </Stack>
  );
}
