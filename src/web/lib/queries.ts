import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api.js';
import type { Company, CustomField, RecordObject } from './types.js';

export interface Member {
  userId: string;
  name: string;
  email: string;
  active: boolean;
}

export const customFieldsQuery = (object: RecordObject) =>
  queryOptions({
    queryKey: ['custom-fields', object],
    queryFn: async () => (await api<{ data: CustomField[] }>('/custom-fields', { query: { object } })).data,
    staleTime: 60_000,
  });

export const useCustomFields = (object: RecordObject) => useQuery(customFieldsQuery(object));

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

export const companyQuery = (id: string) =>
  queryOptions({ queryKey: ['company', id], queryFn: () => api<Company>(`/companies/${id}`) });
