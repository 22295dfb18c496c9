import { useLocalStorage } from '@mantine/hooks';
import { useEffect } from 'react';
import { useSession } from './session.js';
import type { RecordEntity } from './types.js';

/** A record the user viewed or marked as a favourite, with its name as it was then. */
export interface RememberedRecord {
  entity: RecordEntity;
  id: string;
  title: string;
}

export const RECENT_LIMIT = 8;

/** The list with `record` first and no other copy of it, at most `limit` long. */
export function putFirst(list: RememberedRecord[], record: RememberedRecord, limit: number) {
  return [record, ...list.filter((r) => r.id !== record.id)].slice(0, limit);
}

/** The list with `record` added at the end, or without it when it was there. */
export function toggle(list: RememberedRecord[], record: RememberedRecord) {
  return list.some((r) => r.id === record.id) ? list.filter((r) => r.id !== record.id) : [...list, record];
}

/** The list with the record's name brought up to date, where it is in it. */
export function renamed(list: RememberedRecord[], record: RememberedRecord) {
  return list.map((r) => (r.id === record.id ? record : r));
}

/**
 * A list kept in this browser for the signed-in user of the workspace, so that two people sharing a
 * computer keep their own; every component using it sees a change at once.
 */
function useUserList(name: 'recent' | 'favourites') {
  const session = useSession();
  return useLocalStorage<RememberedRecord[]>({
    key: `rapport.${name}.${session.workspace.id}.${session.user.id}`,
    defaultValue: [],
    getInitialValueInEffect: false,
  });
}

export function useRecentRecords() {
  return useUserList('recent')[0];
}

export function useFavourites() {
  const [favourites, setFavourites] = useUserList('favourites');
  return {
    favourites,
    isFavourite: (id: string) => favourites.some((r) => r.id === id),
    toggle: (record: RememberedRecord) => setFavourites((list) => toggle(list, record)),
  };
}

/** Puts a record first among the recently viewed, and keeps its name in the favourites current. */
export function useRememberViewed(record: RememberedRecord) {
  const [, setRecent] = useUserList('recent');
  const [, setFavourites] = useUserList('favourites');
  const { entity, id, title } = record;
  useEffect(() => {
    const viewed = { entity, id, title };
    setRecent((list) => putFirst(list, viewed, RECENT_LIMIT));
    setFavourites((list) =>
      list.some((r) => r.id === id && r.title !== title) ? renamed(list, viewed) : list,
    );
  }, [entity, id, title, setRecent, setFavourites]);
}
