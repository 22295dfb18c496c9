import { SimpleGrid, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toMajorUnits, toMinorUnits } from '../../lib/format.js';
import type { Product, RequestBody } from '../../lib/types.js';
import { AmountWithCurrencyInput, OwnerSelect, TagsField } from '../records/common-inputs.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import {
  ProductNamesInput,
  ProductPricesInput,
  type PriceDraft,
  type ProductLocale,
} from './product-more-inputs.js';

export interface ProductInput {
  sku: string;
  name: string;
  description: string;
  unit: string;
  /** In major units as typed; converted to minor units on submit. */
  price: number | '';
  currency: string;
  /** The purchase cost, for roles that see it (`withCost`); others neither see nor send it. */
  withCost: boolean;
  cost: number | '';
  costCurrency: string;
  /** In percent, as typed ("20", "9,5"); the API takes it as a decimal string. */
  taxRate: string;
  /** The name per language, as typed; blank ones are left out. */
  names: Partial<Record<ProductLocale, string>>;
  /** Prices in further currencies. */
  prices: PriceDraft[];
  active: boolean;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

export function productInput(defaultCurrency: string, withCost: boolean, product?: Product): ProductInput {
  const price = product?.price;
  const cost = product?.cost;
  return {
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    description: product?.description ?? '',
    unit: product?.unit ?? '',
    price: price ? toMajorUnits(price.amount, price.currency) : '',
    currency: price?.currency ?? defaultCurrency,
    withCost,
    cost: cost ? toMajorUnits(cost.amount, cost.currency) : '',
    costCurrency: cost?.currency ?? price?.currency ?? defaultCurrency,
    taxRate: product?.taxRate ?? '',
    names: { ...product?.names },
    prices: (product?.prices ?? []).map((p) => ({
      amount: toMajorUnits(p.amount, p.currency),
      currency: p.currency,
    })),
    active: product?.active ?? true,
    ownerId: product?.ownerId ?? null,
    tags: product?.tags ?? [],
    custom: product?.custom ?? {},
  };
}

const money = (amount: number | '', currency: string) =>
  amount === '' ? null : { amount: toMinorUnits(amount, currency), currency };

/** The request body: blank texts as null, money in minor units of its currency. */
export function productBody(input: ProductInput, isNew: boolean): RequestBody<'/products', 'post'> {
  return {
    sku: input.sku,
    name: input.name,
    description: input.description.trim() || null,
    unit: input.unit.trim() || null,
    price: money(input.price, input.currency),
    // The API refuses a cost from roles that may not see it, even an empty one.
    ...(input.withCost && { cost: money(input.cost, input.costCurrency) }),
    taxRate: input.taxRate.trim() === '' ? null : input.taxRate.trim().replace(',', '.'),
    names: Object.fromEntries(
      Object.entries(input.names).flatMap(([locale, name]): [string, string][] =>
        name.trim() ? [[locale, name.trim()]] : [],
      ),
    ),
    prices: input.prices.flatMap((p) => money(p.amount, p.currency) ?? []),
    active: input.active,
    // A new product without a chosen owner belongs to its creator (the API's default).
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}

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
