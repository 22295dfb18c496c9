import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api.js';
import type { CustomField, RecordEntity, RecordOf } from './types.js';

export interface Member {
  userId: string;
  name: string;
  email: string;
  active: boolean;
}

export const customFieldsQuery = (object: RecordEntity) =>
  queryOptions({
    queryKey: ['custom-fields', object],
    queryFn: async () => (await api<{ data: CustomField[] }>('/custom-fields', { query: { object } })).data,
    staleTime: 60_000,
  });

export const useCustomFields = (object: RecordEntity) => useQuery(customFieldsQuery(object));

/** Everyone in the workspace, for owner pickers and names. */
export function useMembers() {
  return useQuery({
    queryKey: ['members'],
    queryFn: async () => (await api<{ data: Member[] }>('/members')).data,
    staleTime: 5 * 60_000,
  });
}

export function useMemberName() {
  const members = useMembers();
  return (userId: string | null) => {
    if (!userId) return null;
    return members.data?.find((m) => m.userId === userId)?.name ?? null;
  };
}

/** One record by id; its page, pickers and the audit log share the cached answer. */
export const recordQuery = <E extends RecordEntity>(type: { entity: E; apiPath: string }, id: string) =>
  queryOptions({
    queryKey: [type.entity, id],
    queryFn: ({ signal }) => api<RecordOf<E>>(`${type.apiPath}/${id}`, { signal }),
  });
