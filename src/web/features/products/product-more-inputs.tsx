import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AmountWithCurrencyInput } from '../records/common-inputs.js';

/** The languages a product's name may be given in, as the API takes them. */
export const PRODUCT_LOCALES = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const;
export type ProductLocale = (typeof PRODUCT_LOCALES)[number];

/** A price in a further currency as typed: major units, '' while empty. */
export interface PriceDraft {
  amount: number | '';
  currency: string;
}

/** The name per language; documents in a customer's language print it. */
export function ProductNamesInput(props: {
  names: Partial<Record<ProductLocale, string>>;
  onChange: (names: Partial<Record<ProductLocale, string>>) => void;
  error: (field: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const languages = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (
    <Fieldset legend={t('products.namesTitle')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {PRODUCT_LOCALES.map((locale) => (
          <TextInput
            key={locale}
            label={languages.of(locale) ?? locale}
            lang={locale}
            value={props.names[locale] ?? ''}
            onChange={(e) => props.onChange({ ...props.names, [locale]: e.currentTarget.value })}
            error={props.error(`names.${locale}`)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

/** Prices in further currencies, one per currency. */
export function ProductPricesInput(props: {
  prices: PriceDraft[];
  defaultCurrency: string;
  onChange: (prices: PriceDraft[]) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { prices, onChange } = props;
  const set = (index: number, patch: Partial<PriceDraft>) =>
    onChange(prices.map((price, i) => (i === index ? { ...price, ...patch } : price)));
  return (
    <Fieldset legend={t('products.pricesTitle')} variant="unstyled">
      <Stack gap="xs">
        {prices.map((price, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <AmountWithCurrencyInput
                label={t('products.priceIn', { n: index + 1 })}
                amount={price.amount}
                currency={price.currency}
                onAmountChange={(amount) => set(index, { amount })}
                onCurrencyChange={(currency) => set(index, { currency })}
                error={props.error(`prices.${index}.amount`) ?? props.error(`prices.${index}.currency`)}
              />
            </div>
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('products.removePrice', { n: index + 1 })}
              onClick={() => onChange(prices.filter((_, i) => i !== index))}
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
            onClick={() => onChange([...prices, { amount: '', currency: props.defaultCurrency }])}
          >
            {t('products.addPrice')}
          </Button>
        </Group>
        {props.error('prices') && (
          <div
            role="alert"
            style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-sm)' }}
          >
            {props.error('prices')}
          </div>
        )}
      </Stack>
    </Fieldset>
  );
}
