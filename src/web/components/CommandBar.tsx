import { Badge, Group, Kbd, Loader, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useWindowEvent } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.js';
import type { SearchHit } from '../lib/types.js';
import type { RecordType } from '../records/record-type.js';
import { findRecordType } from '../records/registry.js';

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

/** A search hit with the record type it belongs to; hits of a type this app does not know are left out. */
type TypedHit = SearchHit & { type: RecordType };

export function CommandBar({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [debounced] = useDebouncedValue(query.trim(), 150);

  const results = useQuery({
    queryKey: ['search', debounced],
    queryFn: ({ signal }) =>
      api<{ data: SearchHit[] }>('/search', { query: { q: debounced, limit: 20 }, signal }),
    enabled: opened && debounced.length > 0,
    placeholderData: keepPreviousData,
  });
  // The API returns hits best first; keep that order and make sure of it when ranks tie.
  const hits: TypedHit[] = debounced
    ? (results.data?.data ?? []).flatMap((hit) => {
        const type = findRecordType(hit.entityType);
        return type ? [{ ...hit, type }] : [];
      })
    : [];

  useEffect(() => setActive(0), [debounced]);
  useEffect(() => {
    if (!opened) setQuery('');
  }, [opened]);

  const open = (hit: TypedHit) => {
    onClose();
    void navigate(hit.type.link(hit.entityId));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && hits[active]) {
      event.preventDefault();
      open(hits[active]);
    }
  };

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
        aria-expanded={hits.length > 0}
        aria-controls="command-results"
        aria-activedescendant={hits[active] ? `command-result-${active}` : undefined}
      />
      <Stack gap={2} mt="sm" id="command-results" role="listbox" aria-label={t('search.results')}>
        {hits.map((hit, index) => (
          <UnstyledButton
            key={`${hit.entityType}-${hit.entityId}`}
            id={`command-result-${index}`}
            role="option"
            aria-selected={index === active}
            className="command-result"
            data-active={index === active}
            onMouseEnter={() => setActive(index)}
            onClick={() => open(hit)}
            p="xs"
            style={{ borderRadius: 6 }}
          >
            <Group gap="sm" wrap="nowrap">
              <hit.type.icon size={18} />
              <div style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {hit.title}
                </Text>
                {hit.subtitle && (
                  <Text size="xs" c="dimmed" truncate>
                    {hit.subtitle}
                  </Text>
                )}
              </div>
              <Badge variant="light" color={hit.type.color}>
                {t(hit.type.text('singular'))}
              </Badge>
            </Group>
          </UnstyledButton>
        ))}
        {debounced && results.isSuccess && hits.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md">
            {t('search.noResults', { query: debounced })}
          </Text>
        )}
        {!debounced && (
          <Text c="dimmed" size="sm" ta="center" py="md">
            {t('search.hint')}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
