import { Tooltip } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, problemMessage } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import type { FieldDef } from './fields.js';

/** What a table needs to change values in place: where records are changed, and who may. */
export interface InlineEditing<T> {
  apiPath: string;
  canEdit: (row: T) => boolean;
  onSaved: () => void;
}

type Row = { id: string; version?: number; custom?: Record<string, unknown> } & Record<string, unknown>;

const customKey = (fieldId: string) => (fieldId.startsWith('custom.') ? fieldId.slice(7) : null);

/**
 * Text fields are changed in place: a built-in one the record holds as text, or a custom text field.
 * Others (lists, references, choices, money) keep to the form.
 */
export function editableText<T>(field: FieldDef<T>, row: T): string | null {
  if (field.filter !== 'text') return null;
  const record = row as Row;
  const key = customKey(field.id);
  const value = key ? record.custom?.[key] : Object.hasOwn(record, field.id) ? record[field.id] : undefined;
  if (value === null || (value === undefined && key)) return '';
  return typeof value === 'string' ? value : null;
}

function patchOf(fieldId: string, text: string) {
  const value = text.trim() === '' ? null : text;
  const key = customKey(fieldId);
  return key ? { custom: { [key]: value } } : { [fieldId]: value };
}

/**
 * A cell being edited: Enter saves, Escape cancels, Tab and Shift+Tab save and move to the next or
 * previous editable cell; leaving the cell saves. The change goes through the same API as the form
 * (its checks and permissions) against the version shown, and the server's message about the field
 * stays by the cell until it is fixed or cancelled.
 */
export function CellEditor<T>(props: {
  row: T;
  field: FieldDef<T>;
  initial: string;
  label: string;
  editing: InlineEditing<T>;
  onClose: (move: 1 | -1 | 0) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const closing = useRef(false);
  const row = props.row as Row;

  async function save(move: 1 | -1 | 0) {
    closing.current = true;
    if (draft === props.initial) return props.onClose(move);
    setSaving(true);
    try {
      await api(`${props.editing.apiPath}/${row.id}`, {
        method: 'PATCH',
        body: patchOf(props.field.id, draft),
        headers: row.version === undefined ? {} : { 'if-match': `"${row.version}"` },
      });
      props.editing.onSaved();
      props.onClose(move);
    } catch (caught) {
      closing.current = false;
      setError(fieldError(t, caught, props.field.id) ?? problemMessage(t, caught));
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      closing.current = true;
      props.onClose(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void save(0);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void save(event.shiftKey ? -1 : 1);
    }
  }

  return (
    <Tooltip
      label={error}
      opened={error !== null}
      color="red"
      position="bottom-start"
      withinPortal
      multiline
      maw={320}
    >
      <input
        className="cell-input"
        aria-label={props.label}
        aria-invalid={error !== null || undefined}
        autoFocus
        readOnly={saving}
        value={draft}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (!closing.current && error === null) void save(0);
        }}
      />
    </Tooltip>
  );
}
