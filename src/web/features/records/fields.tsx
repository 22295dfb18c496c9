import { Anchor, Badge, Group } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { COUNTRY_CODES } from '../../lib/countries.js';
import type { Formatters } from '../../lib/format.js';
import type {
  Choice,
  CustomField,
  CustomFieldType,
  Money,
  RecordBase,
  RecordEntity,
} from '../../lib/types.js';

/** What the list API can filter on, which decides the operators and the value input. */
export type FilterKind =
  'text' | 'number' | 'money' | 'date' | 'boolean' | 'select' | 'multiselect' | 'tags' | 'record' | 'member';

export interface RenderContext {
  fmt: Formatters;
  t: TFunction;
  memberName: (id: string | null) => string | null;
}

/** One column/field of a record list: how to show it, sort by it and filter on it. */
export interface FieldDef<T> {
  id: string;
  /** A locale key for built-in fields; custom fields carry the label the admin typed. */
  labelKey?: string;
  label?: string;
  /** The API sort key(s) for this column, or none when the API cannot sort by it. */
  sortKeys?: string[];
  /** The name a saved view stores for this column, one the API knows (defaults to `id`). */
  viewKey?: string;
  /** The columns of an export this column becomes (defaults to `viewKey`): a person's name is two. */
  exportKeys?: string[];
  /** `false` for fields that can be filtered on but are not a column of their own. */
  column?: false;
  /** Shown only to roles that see the type's sensitive fields (see `seesSensitive`). */
  sensitive?: true;
  /** The API field filters apply to (defaults to `id`). */
  filterField?: string;
  filter?: FilterKind;
  /** With the `record` filter: the type of the records the field refers to. */
  ref?: RecordEntity;
  choices?: Choice[];
  width: number;
  render: (record: T, context: RenderContext) => ReactNode;
}

export const fieldLabel = <T,>(field: FieldDef<T>, t: TFunction) =>
  field.label ?? t(field.labelKey ?? field.id);

export const OPERATORS: Record<FilterKind, string[]> = {
  text: ['contains', 'eq', 'ne', 'empty'],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'empty'],
  money: ['eq', 'gt', 'gte', 'lt', 'lte', 'empty'],
  date: ['eq', 'gt', 'lt', 'gte', 'lte', 'empty'],
  boolean: ['eq'],
  select: ['eq', 'ne', 'empty'],
  multiselect: ['eq', 'ne', 'empty'],
  tags: ['eq', 'ne', 'empty'],
  record: ['eq', 'empty'],
  member: ['eq', 'empty'],
};

const customFilterKind: Record<CustomFieldType, FilterKind> = {
  text: 'text',
  url: 'text',
  email: 'text',
  phone: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  boolean: 'boolean',
  select: 'select',
  multiselect: 'multiselect',
};

/** A custom value for reading: formatted in the user's locale, links where the type is a link. */
export function CustomValue({
  field,
  value,
  context,
}: {
  field: Pick<CustomField, 'type' | 'choices'>;
  value: unknown;
  context: RenderContext;
}) {
  if (value === undefined || value === null || value === '') return null;
  const { fmt, t } = context;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const choiceLabel = (v: string) => field.choices.find((c) => c.value === v)?.label ?? v;
  switch (field.type) {
    case 'number':
      return <>{typeof value === 'number' ? fmt.number(value) : text}</>;
    case 'money':
      return <>{fmt.money(value as Money)}</>;
    case 'date':
      return <>{fmt.date(text)}</>;
    case 'boolean':
      return <>{value ? t('common.yes') : t('common.no')}</>;
    case 'select':
      return <>{choiceLabel(text)}</>;
    case 'multiselect':
      return (
        <Group gap={4} wrap="nowrap">
          {(value as string[]).map((v) => (
            <Badge key={v} variant="light" size="sm">
              {choiceLabel(v)}
            </Badge>
          ))}
        </Group>
      );
    case 'url':
      return (
        <Anchor href={text} target="_blank" rel="noreferrer" size="sm">
          {text}
        </Anchor>
      );
    case 'email':
      return (
        <Anchor href={`mailto:${text}`} size="sm">
          {text}
        </Anchor>
      );
    case 'phone':
      return (
        <Anchor href={`tel:${text}`} size="sm">
          {text}
        </Anchor>
      );
    default:
      return <>{text}</>;
  }
}

export function customFieldDefs<T extends RecordBase>(fields: CustomField[]): FieldDef<T>[] {
  return fields.map((field) => {
    const kind = customFilterKind[field.type];
    const sortable = kind !== 'multiselect';
    return {
      id: `custom.${field.key}`,
      label: field.label,
      ...(sortable && { sortKeys: [`custom.${field.key}`] }),
      filter: kind,
      choices: field.choices,
      width: field.type === 'multiselect' ? 220 : 160,
      render: (record, context) => (
        <CustomValue field={field} value={record.custom[field.key]} context={context} />
      ),
    };
  });
}

export function TagList({ tags }: { tags: string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" size="sm" color="gray">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}

/** Choices in the order of their names in the user's language ("Škoda" after "Saab" in Slovak). */
export function byLabel<C extends { label: string }>(choices: readonly C[], locale: string): C[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...choices].sort((a, b) => collator.compare(a.label, b.label));
}

/** The country of a person or company: named in the user's language, filtered by a choice of countries. */
export function countryFieldDef<T extends { country: string | null }>(fmt: Formatters): FieldDef<T> {
  return {
    id: 'country',
    labelKey: 'fields.country',
    sortKeys: ['country'],
    filter: 'select',
    choices: byLabel(
      COUNTRY_CODES.map((code) => ({ value: code, label: fmt.country(code) })),
      fmt.locale,
    ),
    width: 150,
    render: (r) => (r.country ? fmt.country(r.country) : null),
  };
}

/** Fields every record has: owner, tags, created and updated. */
export function commonFieldDefs<T extends RecordBase>(): FieldDef<T>[] {
  return [
    {
      id: 'ownerId',
      labelKey: 'fields.owner',
      filter: 'member',
      width: 160,
      render: (r, { memberName }) => memberName(r.ownerId),
    },
    {
      id: 'tags',
      labelKey: 'fields.tags',
      filter: 'tags',
      width: 200,
      render: (r) => <TagList tags={r.tags} />,
    },
    {
      id: 'createdAt',
      labelKey: 'fields.createdAt',
      sortKeys: ['createdAt'],
      filter: 'date',
      width: 170,
      render: (r, { fmt }) => fmt.dateTime(r.createdAt),
    },
    {
      id: 'updatedAt',
      labelKey: 'fields.updatedAt',
      sortKeys: ['updatedAt'],
      filter: 'date',
      width: 170,
      render: (r, { fmt }) => fmt.dateTime(r.updatedAt),
    },
  ];
}
