import { Button, Menu } from '@mantine/core';
import { IconAddressBook, IconChevronDown, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toQueryString, type QueryParams } from '../../lib/api.js';
import type { FieldDef } from './fields.js';
import { filterParams, sortParam, type ListConfig } from './list-state.js';

/**
 * The address of a list's export: the list's search, filters, sort and trash, and its visible columns
 * as the export names them. A plain link, so the browser downloads it with the session cookie.
 */
export function exportUrl<T>(options: {
  apiPath: string;
  format: 'csv' | 'vcf';
  config: ListConfig;
  fields: FieldDef<T>[];
  visible: FieldDef<T>[];
  trash: boolean;
  moneyDigits: number;
}): string {
  const { config, fields } = options;
  const columns = [
    ...new Set(options.visible.flatMap((field) => field.exportKeys ?? [field.viewKey ?? field.id])),
  ];
  const query: QueryParams = {
    format: options.format,
    q: config.q.trim() || undefined,
    sort: sortParam(config.sort, fields),
    deleted: options.trash ? 'true' : undefined,
    columns: options.format === 'csv' ? columns.join(',') : undefined,
    ...filterParams(config.filter, fields, options.moneyDigits),
  };
  return `/api/v1${options.apiPath}/export${toQueryString(query)}`;
}

/** Export of what the list shows: CSV with its columns, and vCards for types that have them. */
export function ExportMenu({ csvUrl, vCardUrl }: { csvUrl: string; vCardUrl: string | null }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
        >
          {t('exports.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('exports.label')}</Menu.Label>
        <Menu.Item component="a" href={csvUrl} download leftSection={<IconFileSpreadsheet size={16} />}>
          {t('exports.csv')}
        </Menu.Item>
        {vCardUrl && (
          <Menu.Item component="a" href={vCardUrl} download leftSection={<IconAddressBook size={16} />}>
            {t('exports.vCard')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
