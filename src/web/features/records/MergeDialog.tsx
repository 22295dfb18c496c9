import { Alert, Button, Group, Modal, Radio, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { problemMessage } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { recordQuery } from '../../lib/queries.js';
import type { RecordBase, RecordEntity } from '../../lib/types.js';
import { recordType } from '../../records/registry.js';
import { useChangeDescriber } from '../timeline/TimelinePanel.js';
import { RecordSelect } from './RecordSelect.js';

type Values = RecordBase & Record<string, unknown>;
/** Whose value a field keeps; lists may also keep `both` (the server's default for them). */
type Choice = 'this' | 'other' | 'both';

const STANDARD = new Set(['id', 'version', 'createdAt', 'updatedAt', 'deletedAt', 'custom']);
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * The fields in which two records differ, as the merge API names them (`custom.<key>` for custom
 * fields), each with both values and the display name of a reference, if it is one.
 */
function differences(refs: Partial<Record<string, RecordEntity>>, mine: Values, other: Values) {
  const refNames = new Set(Object.keys(refs).map((field) => `${field.replace(/Id$/, '')}Name`));
  const fields = Object.keys(mine).filter((key) => !STANDARD.has(key) && !refNames.has(key));
  const customKeys = [...new Set([...Object.keys(mine.custom), ...Object.keys(other.custom)])];
  const rows = [
    ...fields.map((field) => ({ field, mine: mine[field], other: other[field] })),
    ...customKeys.map((key) => ({
      field: `custom.${key}`,
      mine: mine.custom[key],
      other: other.custom[key],
    })),
  ];
  const nameOf = (record: Values, field: string) =>
    refs[field] ? ((record[`${field.replace(/Id$/, '')}Name`] as string | null) ?? null) : undefined;
  return (
    rows
      // Values come from one API schema, so equal values serialise alike.
      .filter((row) => JSON.stringify(row.mine ?? null) !== JSON.stringify(row.other ?? null))
      .map((row) => ({ ...row, mineName: nameOf(mine, row.field), otherName: nameOf(other, row.field) }))
  );
}

/** What the merge keeps when nobody chooses: lists keep both, otherwise this record's unless empty. */
const defaultChoice = (mine: unknown, other: unknown): Choice =>
  Array.isArray(mine) ? 'both' : isEmpty(mine) && !isEmpty(other) ? 'other' : 'this';

/**
 * "Merge with…": pick the duplicate with a search picker, compare both records side by side and
 * choose per differing field whose value stays; the duplicate's notes, files, timeline and links move
 * to this record and the duplicate goes to the trash.
 */
export function MergeDialog(props: {
  entity: RecordEntity;
  record: Values;
  title: string;
  opened: boolean;
  onClose: () => void;
  onMerged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const type = recordType(props.entity);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const other = useQuery({ ...recordQuery(type, otherId ?? ''), enabled: comparing && Boolean(otherId) });
  const describe = useChangeDescriber(props.entity);
  const queryClient = useQueryClient();

  const close = () => {
    setOtherId(null);
    setComparing(false);
    setChoices({});
    props.onClose();
  };
  const rows = other.data ? differences(type.refs, props.record, other.data) : [];
  const choiceOf = (row: (typeof rows)[number]) => choices[row.field] ?? defaultChoice(row.mine, row.other);
  const merge = useMutation({
    mutationFn: () =>
      api(`${type.apiPath}/${props.record.id}/merge`, {
        method: 'POST',
        headers: { 'if-match': `"${props.record.version}"` },
        body: {
          otherId,
          values: Object.fromEntries(
            rows.flatMap((row) => {
              const choice = choiceOf(row);
              return choice === 'both' ? [] : [[row.field, choice] as const];
            }),
          ),
        },
      }),
    onSuccess: async () => {
      const name = other.data ? type.displayName(other.data) : '';
      queryClient.removeQueries({ queryKey: [type.entity, otherId] });
      close();
      notifications.show({ color: 'green', message: t('merge.done', { name, into: props.title }) });
      await props.onMerged();
    },
  });
  const samePicked = otherId === props.record.id;

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      size={comparing ? 'xl' : 'md'}
      title={t('merge.title', { name: props.title })}
    >
      {!comparing ? (
        <Stack>
          <Text size="sm">{t('merge.intro')}</Text>
          <RecordSelect
            entity={props.entity}
            label={t('merge.pick')}
            value={otherId}
            onChange={setOtherId}
            error={samePicked ? t('merge.samePicked') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button disabled={!otherId || samePicked} onClick={() => setComparing(true)}>
              {t('merge.compare')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          {other.isPending && <Skeleton height={160} aria-label={t('merge.loading')} />}
          {other.error && <ErrorAlert error={other.error} />}
          {other.data && (
            <>
              <Text size="sm">
                {t('merge.explain', { name: type.displayName(other.data), into: props.title })}
              </Text>
              {rows.length === 0 ? (
                <Alert variant="light">{t('merge.noDifferences')}</Alert>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing="xs" withRowBorders>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w="22%">{t('merge.field')}</Table.Th>
                        <Table.Th>{t('merge.thisRecord', { name: props.title })}</Table.Th>
                        <Table.Th>{t('merge.otherRecord', { name: type.displayName(other.data) })}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((row) => {
                        const { label, value } = describe(row.field);
                        return (
                          <ChoiceRow
                            key={row.field}
                            label={label}
                            mine={value(row.mine, row.mineName)}
                            other={value(row.other, row.otherName)}
                            list={Array.isArray(row.mine)}
                            choice={choiceOf(row)}
                            onChange={(choice) => setChoices({ ...choices, [row.field]: choice })}
                          />
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Text size="sm" c="dimmed">
                {t('merge.moves')}
              </Text>
            </>
          )}
          {merge.error && (
            <Alert color="red" variant="light">
              {problemMessage(t, merge.error)}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => setComparing(false)}>
              {t('merge.back')}
            </Button>
            <Group>
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                disabled={!other.data}
                loading={merge.isPending}
                onClick={() => merge.mutate()}
              >
                {t('merge.confirm')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** One differing field: its label and a radio per record's value (and "both" for lists). */
function ChoiceRow(props: {
  label: string;
  mine: ReactNode;
  other: ReactNode;
  list: boolean;
  choice: Choice;
  onChange: (choice: Choice) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500} id={labelId}>
          {props.label}
        </Text>
        {props.list && (
          <Radio
            mt={4}
            size="xs"
            label={t('merge.keepBoth')}
            name={props.label}
            checked={props.choice === 'both'}
            onChange={() => props.onChange('both')}
          />
        )}
      </Table.Td>
      {(['this', 'other'] as const).map((side) => (
        <Table.Td key={side}>
          <Radio
            name={props.label}
            checked={props.choice === side}
            onChange={() => props.onChange(side)}
            label={
              <span style={{ overflowWrap: 'anywhere' }}>{side === 'this' ? props.mine : props.other}</span>
            }
            aria-describedby={labelId}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
