import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { translateFieldMessage } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import type { Import, ImportPreview } from '../../lib/api-types.generated.js';
import type { CustomField, Page, RecordEntity } from '../../lib/types.js';
import type { RecordType } from '../../records/record-type.js';

export type { Import, ImportPreview };
export type ImportMode = Import['mode'];
export type PreviewRow = ImportPreview['rows'][number];

/** An import that is still working: its page polls it until it is done, failed or cancelled. */
export const isActive = (item: Pick<Import, 'status'>) =>
  item.status === 'queued' || item.status === 'running';

export const importKey = (id: string) => ['import', id] as const;

/** One import; polled every second while it is queued or running (imports send no live events). */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKey(id),
    queryFn: ({ signal }) => api<Import>(`/imports/${id}`, { signal }),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data) ? 1000 : false),
  });
}

/** The latest imports of a record type, newest first; polled while one of them is working. */
export function useRecentImports(object: RecordEntity) {
  return useQuery({
    queryKey: ['imports', object],
    queryFn: ({ signal }) => api<Page<Import>>('/imports', { query: { object, limit: 10 }, signal }),
    refetchInterval: (query) => (query.state.data?.data.some(isActive) ? 2000 : false),
  });
}

/** The first rows as the import would write them, with the file's own values. */
export function usePreview(item: Import, limit: number) {
  return useQuery({
    queryKey: ['import-preview', item.id, item.updatedAt, limit],
    queryFn: ({ signal }) => api<ImportPreview>(`/imports/${item.id}/preview`, { query: { limit }, signal }),
    retry: false,
    staleTime: Infinity,
  });
}

/**
 * A field's label as the record type's lists and forms name it: the type's own or the shared one,
 * a custom field's label, and "Price (currency)" for the currency column of money.
 */
export function importFieldLabel(
  t: TFunction,
  type: Pick<RecordType, 'fieldLabel'>,
  customFields: CustomField[],
  name: string,
): string {
  if (name.endsWith('.currency'))
    return t('imports.currencyOf', { field: importFieldLabel(t, type, customFields, name.slice(0, -9)) });
  if (name === 'id') return t('imports.recordId');
  if (name === 'email') return t('fields.email');
  if (name.startsWith('custom.')) {
    const key = name.slice('custom.'.length);
    return customFields.find((field) => field.key === key)?.label ?? key;
  }
  return t(type.fieldLabel(name), { defaultValue: name });
}

/** Reasons the server gives for skipping a row, in the reader's language. */
export function skipReason(t: TFunction, reason: string | null): string | null {
  if (reason === null) return null;
  if (reason.startsWith('matches an existing')) return t('imports.reasonExists');
  if (reason.startsWith('matches no')) return t('imports.reasonNoMatch');
  if (reason === 'nothing to change') return t('imports.reasonUnchanged');
  return reason;
}

export const rowProblem = (t: TFunction, problem: { column: string | null; message: string }) =>
  problem.column
    ? `${problem.column}: ${translateFieldMessage(t, problem.message)}`
    : translateFieldMessage(t, problem.message);

/** The address of an import's rows that could not be imported, as CSV (a plain download). */
export const errorsCsvUrl = (id: string) => `/api/v1/imports/${id}/errors`;
