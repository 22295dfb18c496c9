import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api.js';

export interface TagUse {
  tag: string;
  total: number;
  /** Records carrying the tag per record type (`person`…). */
  counts: Record<string, number>;
}

/** The workspace's tags, most used first; the tags input and the Tags settings page share it. */
export const tagsQuery = queryOptions({
  queryKey: ['tags'],
  queryFn: async () => (await api<{ data: TagUse[] }>('/tags')).data,
  staleTime: 60_000,
});
