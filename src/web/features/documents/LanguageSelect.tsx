import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale, languageName, LOCALES, type Locale } from '../../lib/i18n.js';

/** The language a customer's documents and emails are written in; empty follows the workspace. */
export function LanguageSelect({
  value,
  onChange,
  error,
}: {
  value: Locale | null;
  onChange: (language: Locale | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('fields.language')}
      placeholder={t('fields.languageDefault')}
      clearable
      data={LOCALES.map((locale) => ({ value: locale, label: languageName(locale) }))}
      value={value}
      onChange={(next) => onChange(isLocale(next) ? next : null)}
      error={error}
    />
  );
}
