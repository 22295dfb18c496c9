import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { canOnRecord, useSession } from '../lib/session.js';
import { isTypingTarget, useShortcuts } from '../lib/shortcuts.js';
import { RECORD_TYPES } from '../records/registry.js';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

/** The keys the help lists, with the locale key of what each does. */
const SHORTCUTS: [keys: string[], text: string][] = [
  [[mod, 'K'], 'shortcuts.commandBar'],
  [['?'], 'shortcuts.help'],
  [['/'], 'shortcuts.search'],
  [['c'], 'shortcuts.create'],
  [['↑', '↓'], 'shortcuts.move'],
  [['Enter'], 'shortcuts.open'],
  [['e'], 'shortcuts.edit'],
  [[mod, 'Enter'], 'shortcuts.saveNote'],
  [['Esc'], 'shortcuts.close'],
];

/** The search box of the list on the page, if there is one (it carries `data-list-search`). */
const listSearch = () => document.querySelector<HTMLInputElement>('input[data-list-search]');

/** The link to each record of the list on the page, in order. */
const rowLinks = () =>
  [...document.querySelectorAll<HTMLTableRowElement>('[data-testid="record-table"] tbody tr[data-index]')]
    .map((row) => row.querySelector<HTMLAnchorElement>('a[href]'))
    .filter((link): link is HTMLAnchorElement => link !== null);

/**
 * Moves the focus to the next or previous row of the list; from the list's search box, down goes to the
 * first row. The focused row's link opens with Enter, as any link does.
 */
function moveInList(event: KeyboardEvent): boolean {
  const links = rowLinks();
  if (links.length === 0) return false;
  const current = links.findIndex((link) => link === document.activeElement);
  const step = event.key === 'ArrowDown' ? 1 : -1;
  if (current === -1) {
    if (step === -1) return false;
    links[0]!.focus();
  } else if (current + step < 0) {
    listSearch()?.focus();
  } else {
    links[Math.min(current + step, links.length - 1)]!.focus();
  }
  return true;
}

/**
 * The shortcuts of every page: `?` opens the help, `/` focuses the list's search (or opens the command
 * bar where there is no list), `c` creates a record of the type whose pages are shown, arrows move
 * between a list's rows. A record's page adds `e` (RecordHeader); a note's box Ctrl+Enter.
 */
export function useAppShortcuts(options: { openHelp: () => void; openCommandBar: () => void }) {
  const session = useSession();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const type = RECORD_TYPES.find((t) => pathname === t.routePath || pathname.startsWith(`${t.routePath}/`));

  useShortcuts({
    '?': options.openHelp,
    '/': () => {
      const search = listSearch();
      if (search) search.focus();
      else options.openCommandBar();
    },
    c: () => {
      if (!type || !canOnRecord(session, type.module, 'create', session.user.id)) return false;
      void navigate(type.newLink());
    },
    ArrowDown: moveInList,
    ArrowUp: moveInList,
  });

  // From the list's search box (where single keys are typing), the down arrow goes to the first row.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'ArrowDown' || !target?.matches?.('input[data-list-search]')) return;
      if (isTypingTarget(target) && moveInList(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')}>
      <Stack gap="xs">
        {SHORTCUTS.map(([keys, text]) => (
          <Group key={text} justify="space-between" wrap="nowrap" gap="md">
            <Text size="sm">{t(text)}</Text>
            <Group gap={4} wrap="nowrap">
              {keys.map((key) => (
                <Kbd key={key} size="sm">
                  {key}
                </Kbd>
              ))}
            </Group>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
