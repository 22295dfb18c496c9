import {
  ActionIcon,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../lib/format.js';
import { OwnerSelect, TagsField } from '../records/common-inputs.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { RecordSelect } from '../records/RecordSelect.js';
import { type PriceListInput } from './price-list-input.js';

const SHOWN_FIELDS = ['name', 'currency', 'description', 'active', 'companyIds', 'ownerId', 'tags', 'custom'];
const CURRENCIES = currencyCodes();

export function PriceListForm(props: RecordFormProps<PriceListInput>) {
  const { t } = useTranslation();
  const { form, set, err, textProps } = useRecordForm(props.initial, props.error);
  const setCompany = (index: number, id: string | null) =>
    set(
      'companyIds',
      form.companyIds.map((value, i) => (i === index ? id : value)),
    );
  return (
    <RecordForm
      object="price_list"
      shownFields={SHOWN_FIELDS}
      form={form}
      onCustomChange={(custom) => set('custom', custom)}
      formProps={props}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('priceLists.fields.name')} required {...textProps('name')} data-autofocus />
        <Select
          label={t('customFields.currency')}
          searchable
          data={CURRENCIES}
          value={form.currency}
          disabled={Boolean(props.recordId)}
          allowDeselect={false}
          onChange={(code) => code && set('currency', code)}
          error={err('currency')}
        />
      </SimpleGrid>
      <Textarea
        label={t('fields.description')}
        autosize
        minRows={2}
        value={form.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={err('description')}
      />
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('priceLists.customers')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('priceLists.customersHint')}
        </Text>
        {form.companyIds.map((id, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <RecordSelect
                entity="company"
                label={t('priceLists.customerOf', { n: index + 1 })}
                value={id}
                onChange={(next) => setCompany(index, next)}
                error={err(`companyIds.${index}`)}
              />
            </div>
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('priceLists.removeCustomer', { n: index + 1 })}
              onClick={() =>
                set(
                  'companyIds',
                  form.companyIds.filter((_, i) => i !== index),
                )
              }
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => set('companyIds', [...form.companyIds, null])}
          >
            {t('priceLists.addCustomer')}
          </Button>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
        <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
      </SimpleGrid>
      <Switch
        label={t('fields.active')}
        checked={form.active}
        onChange={(e) => set('active', e.currentTarget.checked)}
        error={err('active')}
      />
    </RecordForm>
  );
}
