import type { RecordEntity } from '../../lib/types.js';
import { parseListSearch, type ListSearch } from './list-state.js';

/**
 * The list a user last looked at, per record type, on this device: its saved view, filters, sort and
 * columns as the address holds them (not the search text or the trash, which are passing looks). The
 * navigation's link to the list opens it, and so does any link to the list's bare address.
 */
const storageKey = (userId: string, entity: RecordEntity) => `rapport.lastList.${userId}.${entity}`;

/** What of a list's address is remembered. */
export function rememberedPart(search: ListSearch): ListSearch {
  const { q: _q, trash: _trash, ...kept } = search;
  return kept;
}

export const isBare = (search: object) => Object.keys(search).length === 0;

export function rememberedList(userId: string, entity: RecordEntity): ListSearch {
  try {
    const stored = localStorage.getItem(storageKey(userId, entity));
    return stored ? rememberedPart(parseListSearch(JSON.parse(stored) as Record<string, unknown>)) : {};
  } catch {
    // Storage off (private windows) or unreadable: the list opens with nothing chosen.
    return {};
  }
}

export function rememberList(userId: string, entity: RecordEntity, search: ListSearch): void {
  const kept = rememberedPart(search);
  try {
    if (isBare(kept)) localStorage.removeItem(storageKey(userId, entity));
    else localStorage.setItem(storageKey(userId, entity), JSON.stringify(kept));
  } catch {
    // As above: nothing is remembered.
  }
}
