import { Button, Group, Paper, Popover, Select, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPencil, IconTag, IconTrash, IconUserShare, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../components/problem-message.js';
import { api, toQueryString, type QueryParams } from '../../lib/api.js';
import { useMembers } from '../../lib/queries.js';
import { can, useSession } from '../../lib/session.js';
import type { RecordEntity } from '../../lib/types.js';
import { BulkFieldChange } from './BulkFieldChange.js';
import type { FieldEdit } from './field-edit.js';
import type { FieldDef } from './fields.js';
import { filterParams, type ListConfig } from './list-state.js';

interface BulkAction {
  id: string;
  action: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  changed: number;
  skipped: number;
  failed: number;
}

/** What a bulk action applies to: ticked rows, or every record the list's search and filters match. */
export type BulkSelection =
  { ids: string[] } | { q: string | undefined; filter: Record<string, Record<string, string>> };

/** `filter[field][op]=value` query pairs (as the list sends them) as the bulk API's filter object. */
export function filterObject(params: QueryParams): Record<string, Record<string, string>> {
  const filter: Record<string, Record<string, string>> = {};
  for (const [key, value] of Object.entries(params)) {
    const match = /^filter\[(.+)\]\[(\w+)\]$/.exec(key);
    if (match && value !== undefined) (filter[match[1]!] ??= {})[match[2]!] = String(value);
  }
  return filter;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The bar over a list with ticked rows: how many are selected, selecting every matching record, and
 * the bulk actions (tag, assign an owner, move to the trash). Large selections run on the server as a
 * job whose progress shows in a notification; the result's notification offers to undo it.
 */
export function BulkBar<T>(props: {
  entity: RecordEntity;
  apiPath: string;
  module: string;
  selected: number;
  /** Loaded rows are all ticked and more match: offer to select them all. */
  canSelectMatching: boolean;
  matching: boolean;
  onSelectMatching: () => void;
  ids: string[];
  /** The list's search and filters, for a selection of every matching record. */
  config: ListConfig;
  fields: FieldDef<T>[];
  moneyDigits: number;
  /** How a field is changed outside the form, for "Change a field" (see `fieldEdit`). */
  editOf: (field: FieldDef<T>) => FieldEdit | null;
  defaultCurrency: string;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const members = useMembers();
  const [tags, setTags] = useState<string[]>([]);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  type Action = 'tag' | 'assign' | 'change' | 'delete';
  const [open, setOpen] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['records', props.entity] });

  /** Waits for a running action, showing its progress; returns it finished. */
  async function finished(started: BulkAction) {
    let bulk = started;
    const id = `bulk-${bulk.id}`;
    while (bulk.status === 'running') {
      notifications.show({
        id,
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: t('bulk.progress', { processed: bulk.processed, total: bulk.total }),
      });
      await wait(1000);
      bulk = await api<BulkAction>(`${props.apiPath}/bulk/${bulk.id}`);
    }
    notifications.hide(id);
    return bulk;
  }

  function report(bulk: BulkAction, undoable: boolean) {
    const id = `bulk-done-${bulk.id}`;
    notifications.show({
      id,
      color: bulk.failed > 0 || bulk.status === 'failed' ? 'orange' : 'green',
      autoClose: 10_000,
      message: (
        <Stack gap={4}>
          <Text size="sm">
            {t(bulk.action === 'undo' ? 'bulk.undone' : 'bulk.done', { count: bulk.changed })}
            {bulk.skipped > 0 && ` ${t('bulk.skipped', { count: bulk.skipped })}`}
            {bulk.failed > 0 && ` ${t('bulk.failed', { count: bulk.failed })}`}
          </Text>
          {undoable && bulk.changed > 0 && (
            <Button
              size="compact-xs"
              variant="light"
              w="fit-content"
              onClick={() => {
                notifications.hide(id);
                void run(() => api<BulkAction>(`${props.apiPath}/bulk/${bulk.id}/undo`, { method: 'POST' }));
              }}
            >
              {t('bulk.undo')}
            </Button>
          )}
        </Stack>
      ),
    });
  }

  async function run(start: () => Promise<BulkAction>) {
    setBusy(true);
    try {
      const bulk = await finished(await start());
      report(bulk, bulk.action !== 'undo');
      if (bulk.action !== 'undo') props.onClear();
    } catch (error) {
      notifications.show({ color: 'red', message: problemMessage(t, error) });
    } finally {
      setBusy(false);
      setOpen(null);
      await refresh();
    }
  }

  const selection = (): BulkSelection =>
    props.matching
      ? {
          q: props.config.q.trim() || undefined,
          filter: filterObject(filterParams(props.config.filter, props.fields, props.moneyDigits)),
        }
      : { ids: props.ids };
  // A CSV of the ticked rows, or of every matching record, with every column the role sees.
  const exportHref = `/api/v1${props.apiPath}/export${toQueryString(
    props.matching
      ? {
          q: props.config.q.trim() || undefined,
          ...filterParams(props.config.filter, props.fields, props.moneyDigits),
        }
      : { ids: props.ids.join(',') },
  )}`;
  const apply = (action: string, values: Record<string, unknown> = {}) =>
    run(() =>
      api<BulkAction>(`${props.apiPath}/bulk`, {
        method: 'POST',
        body: { action, selection: selection(), values },
      }),
    );

  const toggle = (name: Action) => () => setOpen(open === name ? null : name);
  /** An action's button, and what it asks before it runs in a pop-up under it. */
  const popover = (name: Action, Icon: typeof IconTag, label: string, body: ReactNode) => (
    <Popover
      opened={open === name}
      onChange={(opened) => setOpen(opened ? name : null)}
      position="bottom-start"
      withinPortal
      trapFocus
    >
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="default"
          color={name === 'delete' ? 'red' : undefined}
          leftSection={<Icon size={14} />}
          onClick={toggle(name)}
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={260}>
          {body}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );

  return (
    <Paper withBorder radius="md" px="sm" py={6} mb="sm" bg="blue.0" data-testid="bulk-bar">
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Text size="sm" fw={600} aria-live="polite">
            {props.matching ? t('bulk.allMatching') : t('bulk.selected', { count: props.selected })}
          </Text>
          {props.canSelectMatching && !props.matching && (
            <Button size="compact-sm" variant="subtle" onClick={props.onSelectMatching}>
              {t('bulk.selectMatching')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          {can(session, props.module, 'update') &&
            popover(
              'tag',
              IconTag,
              t('bulk.tag'),
              <>
                <TagsInput
                  label={t('bulk.tagsToAdd')}
                  value={tags}
                  onChange={setTags}
                  data-autofocus
                  comboboxProps={{ withinPortal: false }}
                />
                <Button
                  size="xs"
                  disabled={tags.length === 0}
                  loading={busy}
                  onClick={() => void apply('tag', { tags })}
                >
                  {t('bulk.addTags')}
                </Button>
              </>,
            )}
          {can(session, props.module, 'update') &&
            popover(
              'assign',
              IconUserShare,
              t('bulk.assign'),
              <>
                <Select
                  label={t('bulk.newOwner')}
                  data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
                  value={ownerId}
                  onChange={setOwnerId}
                  searchable
                  data-autofocus
                  comboboxProps={{ withinPortal: false }}
                />
                <Button
                  size="xs"
                  disabled={!ownerId}
                  loading={busy}
                  onClick={() => void apply('assign', { ownerId })}
                >
                  {t('bulk.assignOwner')}
                </Button>
              </>,
            )}
          {can(session, props.module, 'update') &&
            popover(
              'change',
              IconPencil,
              t('bulk.change'),
              <BulkFieldChange
                fields={props.fields}
                editOf={props.editOf}
                defaultCurrency={props.defaultCurrency}
                count={props.matching ? null : props.selected}
                busy={busy}
                onApply={(values) => void apply('update', values)}
              />,
            )}
          {can(session, props.module, 'delete') &&
            popover(
              'delete',
              IconTrash,
              t('bulk.delete'),
              <>
                <Text size="sm">
                  {props.matching
                    ? t('bulk.deleteMatching')
                    : t('bulk.deleteBody', { count: props.selected })}
                </Text>
                <Button size="xs" color="red" loading={busy} onClick={() => void apply('delete')}>
                  {t('bulk.deleteConfirm')}
                </Button>
              </>,
            )}
          {(props.matching || props.ids.length <= 1000) && (
            <Button
              component="a"
              href={exportHref}
              download
              size="compact-sm"
              variant="default"
              leftSection={<IconDownload size={14} />}
            >
              {t('bulk.export')}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            leftSection={<IconX size={14} />}
            onClick={props.onClear}
          >
            {t('bulk.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
