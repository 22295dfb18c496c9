import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { companyQuery } from '../../lib/queries.js';
import type { Company, Page } from '../../lib/types.js';

/** Picks a company by typing part of its name; the list comes from the API, 20 at a time. */
export function CompanySelect(props: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const selected = useQuery({ ...companyQuery(props.value ?? ''), enabled: Boolean(props.value) });
  const options = useQuery({
    queryKey: ['company-options', debounced],
    queryFn: () =>
      api<Page<Company>>('/companies', {
        query: { q: debounced || undefined, limit: 20, sort: debounced ? undefined : 'name' },
      }),
    placeholderData: keepPreviousData,
  });
  const data = new Map<string, string>();
  if (selected.data) data.set(selected.data.id, selected.data.name);
  for (const company of options.data?.data ?? []) data.set(company.id, company.name);

  return (
    <Select
      label={props.label}
      placeholder={t('companies.pick')}
      searchable
      clearable
      size={props.size}
      data={[...data].map(([value, label]) => ({ value, label }))}
      value={props.value}
      onChange={(value) => props.onChange(value)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('companies.noneFound')}
      error={props.error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
