import { Alert, Card, Modal, Spoiler, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { useCustomFields, useMemberName, useMembers } from '../../lib/queries.js';
import { useChangedWhileEditing } from '../../lib/realtime.js';
import type { RecordBase, RecordEntity } from '../../lib/types.js';
import { useRememberViewed } from '../../lib/remembered-records.js';
import { usePhone } from '../../lib/use-phone.js';
import type { RecordType } from '../../records/record-type.js';
import { FilesPanel } from '../files/FilesPanel.js';
import { HistoryPanel } from '../history/HistoryPanel.js';
import { QuickActivities } from '../activities/QuickActivities.js';
import { NoteComposer } from '../notes/NoteComposer.js';
import { TimelinePanel } from '../timeline/TimelinePanel.js';
import { CustomValue, TagList } from './fields.js';
import { FieldList, type FieldItem } from './FieldList.js';
import { RecordHeader } from './RecordHeader.js';
import type { RecordFormProps } from './RecordForm.js';

/**
 * The edit form of a record page: open, closed, and saving. A save names the version the form was
 * opened on (If-Match), so it never silently overwrites a colleague's change: the server answers 412,
 * the page reloads the record behind the form, the form takes the colleague's changes to the fields
 * the user left alone (useRecordForm), and a second save deliberately keeps the user's edits. The saved
 * record replaces the cached one; its history and the lists named by `listsKey` are refetched.
 */
export function useRecordEditor<Saved, Input>(options: {
  object: RecordEntity;
  queryKey: unknown[];
  id: string;
  save: (input: Input, ifMatch: Record<string, string>) => Promise<Saved>;
  listsKey: unknown[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState<number | null>(null);
  const cachedVersion = () => queryClient.getQueryData<RecordBase>(options.queryKey)?.version ?? null;
  // Asked for here, while the page waits for the record, so that custom field labels and owner names
  // arrive with it rather than after it.
  useCustomFields(options.object);
  useMembers();
  const update = useMutation({
    mutationFn: (input: Input) => options.save(input, version === null ? {} : { 'if-match': `"${version}"` }),
    onError: async (error) => {
      if (!isApiError(error) || error.status !== 412) return;
      await queryClient.refetchQueries({ queryKey: options.queryKey, exact: true });
      setVersion(cachedVersion());
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(options.queryKey, saved);
      setEditing(false);
      notifications.show({ color: 'green', message: t('record.saved') });
      await queryClient.invalidateQueries({ queryKey: ['history', options.id] });
      await queryClient.invalidateQueries({ queryKey: options.listsKey });
    },
  });
  const changedByColleague = useChangedWhileEditing(options.object, options.id, editing, version);
  const close = () => {
    setEditing(false);
    // Live updates leave the record alone while its form is open; catch up once it closes.
    void queryClient.invalidateQueries({ queryKey: options.queryKey, exact: true });
  };
  const formProps: Omit<RecordFormProps<Input>, 'initial' | 'submitLabel'> = {
    pending: update.isPending,
    error: update.error,
    onSubmit: (input) => update.mutate(input),
    onCancel: close,
  };
  const open = () => {
    update.reset();
    setVersion(cachedVersion());
    setEditing(true);
  };
  return { editing, open, close, formProps, changedByColleague };
}

export type RecordEditor = Pick<
  ReturnType<typeof useRecordEditor>,
  'editing' | 'open' | 'close' | 'changedByColleague'
>;

/** Details every record has, after the object's own: owner, tags, custom fields and timestamps. */
function useCommonItems(object: RecordEntity, record: RecordBase): FieldItem[] {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const memberName = useMemberName();
  const customFields = useCustomFields(object);
  const context = { fmt, t, memberName };
  return [
    { label: t('fields.owner'), value: memberName(record.ownerId) },
    { label: t('fields.tags'), value: record.tags.length ? <TagList tags={record.tags} /> : null },
    ...(customFields.data ?? []).map((field) => ({
      label: field.label,
      value:
        record.custom[field.key] == null ? null : (
          <CustomValue field={field} value={record.custom[field.key]} context={context} />
        ),
    })),
    { label: t('fields.createdAt'), value: fmt.dateTime(record.createdAt) },
    { label: t('fields.updatedAt'), value: fmt.dateTime(record.updatedAt) },
  ];
}

/**
 * A record's page: header with its actions; the timeline with the note box as its main column; beside
 * it the details (the object's own `items`, then what every record has), any further cards (children),
 * files and the full history; and the edit form (full screen on a phone).
 */
export function RecordPage(props: {
  type: Pick<RecordType, 'entity' | 'module' | 'apiPath' | 'routePath' | 'text' | 'fieldLabel'>;
  record: RecordBase;
  title: string;
  subtitle: string | null;
  queryKey: unknown[];
  items: FieldItem[];
  editor: RecordEditor;
  editTitle: string;
  editForm: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { record, editor, type } = props;
  const customFields = useCustomFields(type.entity);
  const commonItems = useCommonItems(type.entity, record);
  // On a phone the details fold to their first lines so that the note box and timeline are near.
  const phone = usePhone();
  useRememberViewed({ entity: type.entity, id: record.id, title: props.title });
  const details = <FieldList items={[...props.items, ...commonItems]} />;
  const labelFor = (field: string) =>
    field.startsWith('custom.')
      ? (customFields.data?.find((f) => `custom.${f.key}` === field)?.label ?? field)
      : t(type.fieldLabel(field), { defaultValue: field });

  return (
    <>
      <RecordHeader
        type={type}
        record={record}
        title={props.title}
        subtitle={props.subtitle ? <Text c="dimmed">{props.subtitle}</Text> : undefined}
        queryKey={props.queryKey}
        onEdit={editor.open}
      />
      <div className="record-layout">
        <Stack gap="lg" className="record-layout-details">
          <Card withBorder p="lg">
            <Text fw={600} mb="md">
              {t('record.details')}
            </Text>
            {phone ? (
              <Spoiler
                maxHeight={170}
                showLabel={t('record.showAllDetails')}
                hideLabel={t('record.showFewerDetails')}
              >
                {details}
              </Spoiler>
            ) : (
              details
            )}
          </Card>
        </Stack>
        <div className="record-layout-timeline">
          <Card withBorder p="lg" component="section" aria-label={t('timeline.title')}>
            <Text fw={600} mb="md">
              {t('timeline.title')}
            </Text>
            <Stack gap="md">
              <QuickActivities entity={type.entity} id={record.id} readOnly={record.deletedAt !== null} />
              <NoteComposer
                entityType={type.entity}
                entityId={record.id}
                readOnly={record.deletedAt !== null}
              />
              <TimelinePanel entity={type.entity} apiPath={type.apiPath} id={record.id} />
            </Stack>
          </Card>
        </div>
        {/* Further cards come under the details beside the timeline, and after it on a phone. */}
        <Stack gap="lg" className="record-layout-more">
          {props.children}
          <Card withBorder p="lg">
            <Tabs defaultValue="files" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="files">{t('files.title')}</Tabs.Tab>
                <Tabs.Tab value="history">{t('history.title')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="files">
                <FilesPanel
                  apiPath={type.apiPath}
                  module={type.module}
                  recordId={record.id}
                  ownerId={record.ownerId}
                  readOnly={record.deletedAt !== null}
                />
              </Tabs.Panel>
              <Tabs.Panel value="history">
                <HistoryPanel apiPath={type.apiPath} id={record.id} labelFor={labelFor} />
              </Tabs.Panel>
            </Tabs>
          </Card>
        </Stack>
      </div>
      <Modal
        opened={editor.editing}
        onClose={editor.close}
        title={props.editTitle}
        size="xl"
        fullScreen={phone}
      >
        {editor.changedByColleague && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle size={18} />}
            title={t('errors.changedMeanwhileTitle')}
            mb="md"
            role="status"
          >
            {t('record.changedWhileEditing')}
          </Alert>
        )}
        {props.editForm}
      </Modal>
    </>
  );
}
