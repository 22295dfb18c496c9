import { SimpleGrid, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AmountWithCurrencyInput, OwnerSelect, TagsField } from '../records/common-inputs.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { ProductNamesInput, ProductPricesInput } from './product-more-inputs.js';
import { type ProductInput } from './product-input.js';

const SHOWN_FIELDS = [
  'sku',
  'name',
  'description',
  'unit',
  'price',
  'cost',
  'taxRate',
  'names',
  'prices',
  'active',
  'ownerId',
  'tags',
  'custom',
];

export function ProductForm(props: RecordFormProps<ProductInput>) {
  const { t } = useTranslation();
  const { form, set, err, textProps } = useRecordForm(props.initial, props.error);

  return (
    <RecordForm
      object="product"
      shownFields={SHOWN_FIELDS}
      form={form}
      onCustomChange={(custom) => set('custom', custom)}
      formProps={props}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('products.fields.name')} required {...textProps('name')} data-autofocus />
        <TextInput
          label={t('fields.sku')}
          description={t('products.skuHint')}
          // Below the input, so that it lines up with the name beside it.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          {...textProps('sku')}
        />
      </SimpleGrid>
      <Textarea
        label={t('fields.description')}
        autosize
        minRows={2}
        maxRows={8}
        value={form.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={err('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AmountWithCurrencyInput
          label={t('fields.price')}
          amount={form.price}
          currency={form.currency}
          onAmountChange={(amount) => set('price', amount)}
          onCurrencyChange={(code) => set('currency', code)}
          error={err('price')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('fields.taxRate')}
            inputMode="decimal"
            rightSection={
              <Text size="sm" c="dimmed">
                %
              </Text>
            }
            {...textProps('taxRate')}
          />
          <TextInput label={t('fields.unit')} placeholder={t('products.unitHint')} {...textProps('unit')} />
        </SimpleGrid>
        {form.withCost && (
          <AmountWithCurrencyInput
            label={t('fields.cost')}
            description={t('products.costHint')}
            amount={form.cost}
            currency={form.costCurrency}
            onAmountChange={(amount) => set('cost', amount)}
            onCurrencyChange={(code) => set('costCurrency', code)}
            error={err('cost')}
          />
        )}
        <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
        <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
      </SimpleGrid>
      <ProductNamesInput names={form.names} onChange={(names) => set('names', names)} error={err} />
      <ProductPricesInput
        prices={form.prices}
        defaultCurrency={form.currency}
        onChange={(prices) => set('prices', prices)}
        error={err}
      />
      <Switch
        label={t('fields.active')}
        description={t('products.activeHint')}
        checked={form.active}
        onChange={(e) => set('active', e.currentTarget.checked)}
        error={err('active')}
      />
    </RecordForm>
  );
}
