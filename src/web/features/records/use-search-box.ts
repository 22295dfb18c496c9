import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

/**
 * How long the list waits after a key before searching: short, so that results follow the last key
 * closely (bench/web-perceived.ts), and long enough that a quick typist's keys (about 60 ms apart) do
 * not each start a search. A search that a further key overtakes is aborted by the query.
 */
export const SEARCH_WAIT_MS = 40;

/**
 * A list's search box: the text typed, and the search the list runs, which follows the text a moment
 * after the last key. The address follows the search (`onSettled`) without the list waiting for it;
 * an address changed otherwise (a link, a view) puts its search in the box.
 */
export function useSearchBox(addressQ: string, onSettled: (q: string) => void) {
  const [text, setText] = useState(addressQ);
  const [q] = useDebouncedValue(text, SEARCH_WAIT_MS);
  // Searches handed to the address: its catching up with one of them is no change from elsewhere,
  // even when the user has typed on meanwhile.
  const sent = useRef<string[]>([]);
  useEffect(() => {
    if (q === addressQ) return;
    sent.current.push(q);
    onSettled(q);
  }, [q]);
  useEffect(() => {
    // Addresses arrive in the order they were asked for: those before this one will not come.
    const index = sent.current.indexOf(addressQ);
    if (index >= 0) sent.current = sent.current.slice(index + 1);
    else if (addressQ !== q) setText(addressQ);
  }, [addressQ]);
  return { text, setText, q };
}
