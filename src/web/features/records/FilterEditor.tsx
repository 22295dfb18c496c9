import { ActionIcon, Badge, Button, Group, Popover, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFilter, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, preloadDatePicker } from '../../components/dates.js';
import { useFormatters } from '../../lib/format.js';
import { useMembers } from '../../lib/queries.js';
import { usePhone } from '../../lib/use-phone.js';
import { byLabel, fieldLabel, OPERATORS, type FieldDef } from './fields.js';
import type { FilterRule } from './list-state.js';
import { RecordSelect } from './RecordSelect.js';

/**
 * Choices open inside the filter popover rather than in a portal: a click on a choice in a portal is a
 * click outside the popover, which then closed now and then before the choice was applied.
 */
const INSIDE_POPOVER = { withinPortal: false };

function ValueInput<T>({
  field,
  rule,
  onChange,
}: {
  field: FieldDef<T>;
  rule: FilterRule;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const members = useMembers();
  const label = t('filter.value');
  const common = { label, size: 'xs' as const, value: rule.value, w: 200 };
  const select = { ...common, comboboxProps: INSIDE_POPOVER, searchable: true };
  if (rule.op === 'empty') {
    const data = [
      { value: 'true', label: t('filter.isEmpty') },
      { value: 'false', label: t('filter.isNotEmpty') },
    ];
    return (
      <Select
        {...select}
        value={rule.value || 'true'}
        data={data}
        onChange={(v) => onChange(v ?? 'true')}
        allowDeselect={false}
      />
    );
  }
  switch (field.filter) {
    case 'boolean':
      return (
        <Select
          {...select}
          data={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
          onChange={(v) => onChange(v ?? '')}
        />
      );
    case 'select':
    case 'multiselect':
      return (
        <Select
          {...select}
          data={byLabel(
            (field.choices ?? []).map((c) => ({ value: c.value, label: c.label })),
            locale,
          )}
          onChange={(v) => onChange(v ?? '')}
        />
      );
    case 'member':
      return (
        <Select
          {...select}
          data={byLabel(
            (members.data ?? []).map((m) => ({ value: m.userId, label: m.name })),
            locale,
          )}
          onChange={(v) => onChange(v ?? '')}
        />
      );
    case 'record':
      return (
        <div style={{ width: 200 }}>
          <RecordSelect
            entity={field.ref!}
            label={label}
            size="xs"
            value={rule.value || null}
            onChange={(v) => onChange(v ?? '')}
            withinPortal={false}
          />
        </div>
      );
    case 'date':
      return (
        <DateField
          label={label}
          size="xs"
          w={200}
          value={rule.value || null}
          onChange={(day) => onChange(day ?? '')}
          withinPortal={false}
        />
      );
    case 'number':
    case 'money':
      return <TextInput {...common} inputMode="decimal" onChange={(e) => onChange(e.currentTarget.value)} />;
    default:
      return <TextInput {...common} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}

/** Builds filters as rows of field + condition + value; they apply when the user says so. */
export function FilterEditor<T>({
  fields,
  value,
  onApply,
}: {
  fields: FieldDef<T>[];
  value: FilterRule[];
  onApply: (rules: FilterRule[]) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const phone = usePhone();
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState<FilterRule[]>(value);
  const filterable = fields.filter((f) => f.filter);
  const fieldOptions = byLabel(
    filterable.map((f) => ({ value: f.id, label: fieldLabel(f, t) })),
    locale,
  );

  const open = () => {
    void preloadDatePicker();
    setDraft(value.length ? value : []);
    setOpened(true);
  };
  const update = (index: number, patch: Partial<FilterRule>) =>
    setDraft((rules) => rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const add = () => {
    const first = filterable[0];
    if (first)
      setDraft((rules) => [...rules, { field: first.id, op: OPERATORS[first.filter!][0]!, value: '' }]);
  };
  const apply = (rules: FilterRule[]) => {
    onApply(rules.filter((r) => r.value !== '' || r.op === 'empty'));
    setOpened(false);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus>
      <Popover.Target>
        <Button
          variant={value.length ? 'light' : 'default'}
          leftSection={<IconFilter size={16} />}
          rightSection={
            value.length ? (
              <Badge size="sm" circle>
                {value.length}
              </Badge>
            ) : null
          }
          onClick={() => (opened ? setOpened(false) : open())}
        >
          {t('filter.button')}
        </Button>
      </Popover.Target>
      {/* On a phone the rows wrap within the screen rather than run off its edge. */}
      <Popover.Dropdown miw={phone ? undefined : 680} maw="95vw">
        <Stack gap="sm">
          <Text fw={600} size="sm">
            {t('filter.title')}
          </Text>
          {draft.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('filter.none')}
            </Text>
          )}
          {draft.map((rule, index) => {
            const field = filterable.find((f) => f.id === rule.field) ?? filterable[0]!;
            const ops = OPERATORS[field.filter!];
            return (
              <Group key={index} gap="xs" align="flex-end" wrap={phone ? 'wrap' : 'nowrap'}>
                <Select
                  label={t('filter.field')}
                  comboboxProps={INSIDE_POPOVER}
                  size="xs"
                  w={190}
                  searchable
                  data={fieldOptions}
                  value={rule.field}
                  allowDeselect={false}
                  onChange={(id) => {
                    const next = filterable.find((f) => f.id === id);
                    if (next) update(index, { field: next.id, op: OPERATORS[next.filter!][0]!, value: '' });
                  }}
                />
                <Select
                  label={t('filter.condition')}
                  comboboxProps={INSIDE_POPOVER}
                  size="xs"
                  w={170}
                  data={ops.map((op) => ({ value: op, label: t(`filter.ops.${op}`) }))}
                  value={rule.op}
                  allowDeselect={false}
                  onChange={(op) =>
                    op &&
                    update(index, {
                      op,
                      value: op === 'empty' ? 'true' : rule.op === 'empty' ? '' : rule.value,
                    })
                  }
                />
                <ValueInput field={field} rule={rule} onChange={(v) => update(index, { value: v })} />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mb={4}
                  aria-label={t('filter.remove')}
                  onClick={() => setDraft((rules) => rules.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            );
          })}
          <Group justify="space-between">
            <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
              {t('filter.add')}
            </Button>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => apply([])}>
                {t('filter.clear')}
              </Button>
              <Button size="xs" onClick={() => apply(draft)}>
                {t('filter.apply')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
