import { Button, Group, Popover, Stack, Tooltip } from '@mantine/core';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, problemMessage } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { editPatch, editValue, FieldValueInput, type FieldEdit } from './field-edit.js';
import type { FieldDef } from './fields.js';

/** What a table needs to change values in place: where records are changed, and who may. */
export interface InlineEditing<T> {
  apiPath: string;
  canEdit: (row: T) => boolean;
  /** How a field is changed in place, or null when it keeps to the form (see `fieldEdit`). */
  editOf: (field: FieldDef<T>) => FieldEdit | null;
  defaultCurrency: string;
  onSaved: () => void;
}

type Row = { id: string; version?: number };

export interface CellEditorProps<T> {
  row: T;
  field: FieldDef<T>;
  edit: FieldEdit;
  label: string;
  editing: InlineEditing<T>;
  /** The cell's content as shown, under a value edited in a pop-up. */
  shown: ReactNode;
  onClose: (move: 1 | -1 | 0) => void;
}

/**
 * Saving a cell: the change goes through the same API as the form (its checks and permissions)
 * against the version shown; the server's message about the field stays by the cell until it is
 * fixed or cancelled.
 */
function useCellSave<T>(props: CellEditorProps<T>) {
  const { t } = useTranslation();
  const initial = editValue(props.edit, props.row);
  const [value, setValue] = useState<unknown>(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const done = useRef(false);
  const row = props.row as Row;
  const changed = (next: unknown) => JSON.stringify(next ?? null) !== JSON.stringify(initial ?? null);

  async function save(move: 1 | -1 | 0, next: unknown = value) {
    if (done.current || saving) return;
    if (!changed(next)) {
      done.current = true;
      return props.onClose(move);
    }
    setSaving(true);
    try {
      await api(`${props.editing.apiPath}/${row.id}`, {
        method: 'PATCH',
        body: editPatch(props.edit, next),
        headers: row.version === undefined ? {} : { 'if-match': `"${row.version}"` },
      });
      done.current = true;
      props.editing.onSaved();
      props.onClose(move);
    } catch (caught) {
      const path = props.edit.custom ? `custom.${props.edit.name}` : props.edit.name;
      setError(fieldError(t, caught, path) ?? problemMessage(t, caught));
    } finally {
      setSaving(false);
    }
  }
  function cancel() {
    done.current = true;
    props.onClose(0);
  }
  /** Escape cancels, Tab and Shift+Tab save and move on. */
  function onLeaveKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      void save(event.shiftKey ? -1 : 1);
    }
  }
  /** Enter saves, unless a list of choices took it to pick one; no key reaches the table under it. */
  function onKeyDown(event: KeyboardEvent) {
    event.stopPropagation();
    onLeaveKey(event);
    if (event.key === 'Enter' && !event.defaultPrevented && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save(0);
    }
  }
  const update = (next: unknown) => {
    setValue(next);
    setError(null);
  };
  return { value, update, error, saving, save, cancel, onKeyDown, onLeaveKey };
}

/** Kinds whose value is picked from choices or a calendar: picking it saves the cell. */
const SAVED_ON_PICK = new Set(['select', 'member', 'record', 'date', 'boolean']);

/**
 * A cell being edited. Text is typed in the cell itself; other values (choices, numbers, money,
 * dates, references, yes/no) with the form's own input in a small pop-up under the cell. Enter saves,
 * Escape cancels, Tab and Shift+Tab save and move to the next or previous editable cell; leaving the
 * cell (or clicking outside its pop-up) saves.
 */
export function CellEditor<T>(props: CellEditorProps<T>) {
  const cell = useCellSave(props);
  if (props.edit.kind === 'text') {
    return (
      <Tooltip
        label={cell.error}
        opened={cell.error !== null}
        color="red"
        position="bottom-start"
        withinPortal
        multiline
        maw={320}
      >
        <input
          className="cell-input"
          aria-label={props.label}
          aria-invalid={cell.error !== null || undefined}
          autoFocus
          readOnly={cell.saving}
          value={typeof cell.value === 'string' ? cell.value : ''}
          onChange={(event) => cell.update(event.currentTarget.value)}
          onKeyDown={cell.onKeyDown}
          onBlur={() => {
            if (cell.error === null) void cell.save(0);
          }}
        />
      </Tooltip>
    );
  }
  return <PopupCellEditor {...props} cell={cell} />;
}

function PopupCellEditor<T>(props: CellEditorProps<T> & { cell: ReturnType<typeof useCellSave> }) {
  const { t } = useTranslation();
  const { cell } = props;
  const pickSaves = SAVED_ON_PICK.has(props.edit.kind);
  return (
    <Popover
      opened
      onChange={(opened) => !opened && void cell.save(0)}
      position="bottom-start"
      shadow="md"
      trapFocus
      withinPortal
    >
      <Popover.Target>
        <div className="cell-editing">{props.shown}</div>
      </Popover.Target>
      <Popover.Dropdown
        // Escape and Tab before the input sees them (a choice list would only close); Enter after.
        onKeyDownCapture={cell.onLeaveKey}
        onKeyDown={cell.onKeyDown}
        data-testid="cell-editor"
      >
        <Stack gap="xs" w={props.edit.kind === 'money' ? 300 : 240}>
          <FieldValueInput
            edit={props.edit}
            field={props.field}
            label={props.label}
            value={cell.value}
            onChange={(next) => {
              cell.update(next);
              if (pickSaves) void cell.save(0, next);
            }}
            error={cell.error ?? undefined}
            defaultCurrency={props.editing.defaultCurrency}
            size="xs"
            withinPortal={false}
            autoFocus
          />
          {!pickSaves && (
            <Group gap="xs" justify="flex-end">
              <Button size="compact-xs" variant="default" onClick={cell.cancel}>
                {t('common.cancel')}
              </Button>
              <Button size="compact-xs" loading={cell.saving} onClick={() => void cell.save(0)}>
                {t('inlineEdit.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
