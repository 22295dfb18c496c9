import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { findRecordType, RECORD_TYPES } from '../records/registry.js';
import type { components } from './api-types.generated.js';
import type { RecordBase } from './types.js';

/**
 * Live updates: one stream of the workspace's record changes per signed-in tab
 * (`GET /api/v1/events/stream`), which refetches the lists and the record pages a change affects.
 * A record open in an edit form is not reloaded under the user's typing: the form is told instead
 * (`useChangedWhileEditing`), and its save meets the colleague's change through If-Match (412).
 */
export type RecordEvent = components['schemas']['RecordEvent'];

/** When the server refused the stream (signed out, too many tabs), how long before asking again. */
const REOPEN_AFTER_MS = 15_000;

const editing = new Map<string, number>();
const editListeners = new Set<(event: RecordEvent) => void>();
const keyOf = (entity: string, id: string) => `${entity}:${id}`;

function applyEvent(queryClient: QueryClient, event: RecordEvent) {
  const type = findRecordType(event.recordType);
  if (!type) return;
  const recordKey = [type.entity, event.recordId];
  // A change this tab made itself is in the cache already, with its version.
  const cached = queryClient.getQueryData<RecordBase>(recordKey);
  if (cached && cached.version >= event.version) return;
  // Lists show the names of the records they refer to (a person their company's): any may change.
  void queryClient.invalidateQueries({ queryKey: ['records'] });
  void queryClient.invalidateQueries({ queryKey: ['record-options', type.entity] });
  void queryClient.invalidateQueries({ queryKey: ['history', event.recordId] });
  const open = editing.has(keyOf(type.entity, event.recordId));
  void queryClient.invalidateQueries({
    queryKey: recordKey,
    exact: true,
    refetchType: open ? 'none' : 'active',
  });
  for (const listener of editListeners) listener(event);
}

/** After a gap too long to replay: everything the app shows of records may be out of date. */
function reloadAll(queryClient: QueryClient) {
  for (const key of [['records'], ['record-options'], ['history'], ['search']])
    void queryClient.invalidateQueries({ queryKey: key });
  for (const type of RECORD_TYPES)
    void queryClient.invalidateQueries({
      queryKey: [type.entity],
      predicate: (query) => !editing.has(keyOf(type.entity, String(query.queryKey[1]))),
    });
}

/** Keeps the tab's record queries current while it is mounted (once, in the signed-in layout). */
export function useLiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => {
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let lastSeq: string | null = null;

    const open = () => {
      // The browser resumes by itself after a dropped connection (Last-Event-ID); a stream opened
      // anew names where it stopped.
      source = new EventSource(`/api/v1/events/stream${lastSeq ? `?after=${lastSeq}` : ''}`);
      source.addEventListener('ready', (message) => {
        lastSeq = message.lastEventId || lastSeq;
      });
      source.addEventListener('record', (message) => {
        lastSeq = message.lastEventId;
        applyEvent(queryClient, JSON.parse(message.data as string) as RecordEvent);
      });
      source.addEventListener('reset', (message) => {
        lastSeq = message.lastEventId;
        reloadAll(queryClient);
      });
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        reopen = setTimeout(open, REOPEN_AFTER_MS);
      };
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [queryClient]);
}

/**
 * Whether someone else changed the record since `version` while its edit form is open. While open,
 * the record's page is not refetched under the form.
 */
export function useChangedWhileEditing(entity: string, id: string, open: boolean, version: number | null) {
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    setChanged(false);
    if (!open) return;
    const key = keyOf(entity, id);
    editing.set(key, (editing.get(key) ?? 0) + 1);
    const listener = (event: RecordEvent) => {
      if (
        event.recordType === entity &&
        event.recordId === id &&
        (version === null || event.version > version)
      )
        setChanged(true);
    };
    editListeners.add(listener);
    return () => {
      editListeners.delete(listener);
      const left = (editing.get(key) ?? 1) - 1;
      if (left > 0) editing.set(key, left);
      else editing.delete(key);
    };
  }, [entity, id, open, version]);
  return changed;
}

/** Calls `listener` with every record event this tab receives (reminders watch activities'). */
export function subscribeToRecordEvents(listener: (event: RecordEvent) => void): () => void {
  editListeners.add(listener);
  return () => {
    editListeners.delete(listener);
  };
}
