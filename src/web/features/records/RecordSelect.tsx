import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { recordQuery } from '../../lib/queries.js';
import type { Page, RecordEntity } from '../../lib/types.js';
import { recordType } from '../../records/registry.js';

/**
 * Picks a record of a type by typing part of its name; the choices come from the type's list API,
 * 20 at a time, in its default order until something is typed.
 */
export function RecordSelect(props: {
  entity: RecordEntity;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  size?: 'xs' | 'sm';
  /** `false` inside a popover, so that choosing does not count as a click outside it. */
  withinPortal?: boolean;
}) {
  const { t } = useTranslation();
  const type = recordType(props.entity);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const selected = useQuery({ ...recordQuery(type, props.value ?? ''), enabled: Boolean(props.value) });
  const options = useQuery({
    queryKey: ['record-options', type.entity, debounced],
    queryFn: ({ signal }) =>
      api<Page<Record<string, unknown> & { id: string }>>(type.apiPath, {
        query: { q: debounced || undefined, limit: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const name = (record: Record<string, unknown>) => type.displayName(record) || t(type.text('unnamed'));
  const data = new Map<string, string>();
  if (selected.data) data.set(selected.data.id, name(selected.data));
  for (const record of options.data?.data ?? []) data.set(record.id, name(record));

  return (
    <Select
      label={props.label}
      placeholder={t(type.text('pick'))}
      searchable
      clearable
      size={props.size}
      data={[...data].map(([value, label]) => ({ value, label }))}
      value={props.value}
      onChange={(value) => props.onChange(value)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t(type.text('noneFound'))}
      error={props.error}
      comboboxProps={{ withinPortal: props.withinPortal ?? true }}
    />
  );
}
