import {
  Badge,
  Group,
  Kbd,
  Loader,
  Modal,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
  type MantineColor,
} from '@mantine/core';
import { useDebouncedValue, useWindowEvent } from '@mantine/hooks';
import {
  IconKeyboard,
  IconLanguage,
  IconPlus,
  IconSearch,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.js';
import { languageName, LOCALES } from '../lib/i18n.js';
import { useRecentRecords } from '../lib/remembered-records.js';
import { can, canOnRecord, useSession } from '../lib/session.js';
import type { SearchHit } from '../lib/types.js';
import type { RecordType } from '../records/record-type.js';
import { findRecordType, RECORD_TYPES } from '../records/registry.js';
import { useChangeLocale } from './UserMenu.js';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl-K (Cmd-K on a Mac) opens the command bar from anywhere. */
export function useCommandBarHotkey(open: () => void) {
  useWindowEvent('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      open();
    }
  });
}

export function SearchButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      onClick={onClick}
      px="sm"
      py={6}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: 'white' }}
    >
      <Group gap={8} wrap="nowrap">
        <IconSearch size={16} color="var(--mantine-color-gray-6)" />
        <Text size="sm" c="dimmed" visibleFrom="xs">
          {t('search.button')}
        </Text>
        <Kbd size="xs" visibleFrom="md">
          {isMac ? '⌘' : 'Ctrl'}+K
        </Kbd>
      </Group>
    </UnstyledButton>
  );
}

/** One line of the command bar: an action to run or a record to open. */
interface CommandItem {
  key: string;
  icon: Icon;
  title: string;
  subtitle?: string | null;
  badge?: { label: string; color: MantineColor };
  run: () => void;
}

/** Whether every word of the query is in the text, ignoring case. */
export function matchesQuery(text: string, query: string) {
  const haystack = text.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** What the command bar can do besides opening records: create, go to a page, switch the language. */
function useActions(close: () => void, openHelp: () => void): CommandItem[] {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const changeLocale = useChangeLocale();
  const go = (to: () => Promise<void>) => () => {
    close();
    void to();
  };
  const readable = RECORD_TYPES.filter((type) => can(session, type.module, 'read'));
  return [
    ...readable
      .filter((type) => canOnRecord(session, type.module, 'create', session.user.id))
      .map((type) => ({
        key: `new-${type.entity}`,
        icon: IconPlus,
        title: t(type.text('new')),
        run: go(() => navigate(type.newLink())),
      })),
    ...readable.map((type) => ({
      key: `go-${type.entity}`,
      icon: type.listIcon,
      title: t('commands.goTo', { page: t(type.text('title')) }),
      run: go(() => navigate({ to: type.routePath })),
    })),
    {
      key: 'go-settings',
      icon: IconSettings,
      title: t('commands.goTo', { page: t('nav.settings') }),
      run: go(() => navigate({ to: '/settings' })),
    },
    ...LOCALES.filter((locale) => locale !== i18n.language).map((locale) => ({
      key: `language-${locale}`,
      icon: IconLanguage,
      title: t('commands.language', { language: languageName(locale) }),
      run: () => {
        close();
        changeLocale.mutate(locale);
      },
    })),
    {
      key: 'shortcuts',
      icon: IconKeyboard,
      title: t('shortcuts.title'),
      run: () => {
        close();
        openHelp();
      },
    },
  ];
}

export function CommandBar({
  opened,
  onClose,
  openHelp,
}: {
  opened: boolean;
  onClose: () => void;
  openHelp: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const actions = useActions(onClose, openHelp);
  const recent = useRecentRecords();

  const results = useQuery({
    queryKey: ['search', debounced],
    queryFn: ({ signal }) =>
      api<{ data: SearchHit[] }>('/search', { query: { q: debounced, limit: 20 }, signal }),
    enabled: opened && debounced.length > 0,
    placeholderData: keepPreviousData,
  });
  const open = (type: RecordType, id: string) => () => {
    onClose();
    void navigate(type.link(id));
  };
  const recordItem = (type: RecordType, id: string, title: string, subtitle?: string | null) => ({
    key: `${type.entity}-${id}`,
    icon: type.icon,
    title,
    subtitle,
    badge: { label: t(type.text('singular')), color: type.color },
    run: open(type, id),
  });
  // The API returns hits best first; keep that order. Hits of a type this app does not know are left out.
  const hits: CommandItem[] = debounced
    ? (results.data?.data ?? []).flatMap((hit) => {
        const type = findRecordType(hit.entityType);
        return type ? [recordItem(type, hit.entityId, hit.title, hit.subtitle)] : [];
      })
    : [];
  const recentItems: CommandItem[] = recent.flatMap((record) => {
    const type = findRecordType(record.entity);
    return type ? [recordItem(type, record.id, record.title)] : [];
  });
  const trimmed = query.trim();
  const sections: { label: string; items: CommandItem[] }[] = trimmed
    ? [
        { label: t('commands.actions'), items: actions.filter((a) => matchesQuery(a.title, trimmed)) },
        { label: t('search.results'), items: hits },
      ]
    : [
        { label: t('commands.recent'), items: recentItems },
        { label: t('commands.actions'), items: actions },
      ];
  const items = sections.flatMap((section) => section.items);

  useEffect(() => setActive(0), [trimmed, debounced]);
  useEffect(() => {
    if (opened) document.getElementById(`command-result-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [opened, active]);
  useEffect(() => {
    if (!opened) setQuery('');
  }, [opened]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && items[active]) {
      event.preventDefault();
      items[active].run();
    }
  };

  let index = 0;
  return (
    <Modal opened={opened} onClose={onClose} title={t('search.title')} size="lg" yOffset="10vh">
      <TextInput
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        leftSection={<IconSearch size={16} />}
        rightSection={results.isFetching ? <Loader size="xs" /> : null}
        data-autofocus
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls="command-results"
        aria-activedescendant={items[active] ? `command-result-${active}` : undefined}
      />
      <Stack gap={2} mt="sm" id="command-results" role="listbox" aria-label={t('search.results')}>
        {sections.map(
          (section) =>
            section.items.length > 0 && (
              <Stack key={section.label} gap={2} role="group" aria-label={section.label}>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="xs" px="xs" aria-hidden>
                  {section.label}
                </Text>
                {section.items.map((item) => {
                  const i = index++;
                  return (
                    <UnstyledButton
                      key={item.key}
                      id={`command-result-${i}`}
                      role="option"
                      aria-selected={i === active}
                      className="command-result"
                      data-active={i === active}
                      onMouseEnter={() => setActive(i)}
                      onClick={item.run}
                      p="xs"
                      style={{ borderRadius: 6 }}
                    >
                      <Group gap="sm" wrap="nowrap">
                        <item.icon size={18} />
                        <div style={{ flex: 1, minWidth: 0 }}>
                          <Text size="sm" fw={500} truncate>
                            {item.title}
                          </Text>
                          {item.subtitle && (
                            <Text size="xs" c="dimmed" truncate>
                              {item.subtitle}
                            </Text>
                          )}
                        </div>
                        {item.badge && (
                          <Badge variant="light" color={item.badge.color}>
                            {item.badge.label}
                          </Badge>
                        )}
                      </Group>
                    </UnstyledButton>
                  );
                })}
              </Stack>
            ),
        )}
        {debounced && results.isSuccess && items.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md">
            {t('search.noResults', { query: debounced })}
          </Text>
        )}
        <Text c="dimmed" size="xs" ta="center" pt="xs">
          {t('search.hint')}
        </Text>
      </Stack>
    </Modal>
  );
}
