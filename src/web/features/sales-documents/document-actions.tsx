import { Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { apiDecimal, milli, quantityText, type SalesLine } from './line-drafts.js';

/**
 * A POST action on a sales document (send, convert, deliver, pay…): on success the record pages and
 * lists of quotes, orders and invoices load again (one action changes several of them) and `done`
 * says what happened.
 */
export function useDocumentAction<Body, Result>(path: string, done: (result: Result) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => api<Result>(path, { method: 'POST', body: body ?? {} }),
    onSuccess: async (result) => {
      done(result);
      await Promise.all(
        ['quote', 'order', 'invoice', 'quotes', 'orders', 'invoices', 'timeline', 'customer-sales'].map(
          (key) => queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      );
    },
  });
}

export const notifyDone = (message: string) => notifications.show({ color: 'green', message });

/**
 * Quantities per line for a delivery, an invoice or a credit note, each starting at what is left
 * (ordered less delivered, invoiced or credited); lines left at 0 are not sent.
 */
export function LineQuantitiesModal(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  lines: SalesLine[];
  /** Per line, what was already done (a decimal string). */
  done: string[];
  pending: boolean;
  error: unknown;
  onSubmit: (lines: { line: number; quantity: string }[]) => void;
  /** Inputs of the action's own (a date, a reason). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const remaining = props.lines.map((line, i) => Math.max(0, milli(line.quantity) - milli(props.done[i])));
  const [values, setValues] = useState(() => remaining.map(quantityText));
  const chosen = values
    .map((value, line) => ({ line, quantity: apiDecimal(value) }))
    .filter((entry) => entry.quantity !== '' && milli(entry.quantity) !== 0);
  const shownFields = props.lines.map((_, i) => `lines.${i}.quantity`);
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit(chosen);
        }}
      >
        <Stack>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('salesDocs.lines.description')}</Table.Th>
                <Table.Th ta="right">{t('salesDocs.lines.left')}</Table.Th>
                <Table.Th w={120}>{t('salesDocs.lines.quantity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.lines.map((line, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td ta="right">{quantityText(remaining[i]!)}</Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="decimal"
                      aria-label={t('salesDocs.lines.quantityOf', { n: i + 1 })}
                      value={values[i]}
                      disabled={remaining[i] === 0}
                      onChange={(e) => {
                        const next = [...values];
                        next[i] = e.currentTarget.value;
                        setValues(next);
                      }}
                      error={fieldError(
                        t,
                        props.error,
                        `lines.${chosen.findIndex((c) => c.line === i)}.quantity`,
                      )}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {props.children}
          {chosen.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('salesDocs.actions.nothingChosen')}
            </Text>
          )}
          <ErrorAlert error={props.error} shownFields={shownFields} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.pending} disabled={chosen.length === 0}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
