import { DateInput, DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import localizedFormat from 'dayjs/plugin/localizedFormat.js';
import 'dayjs/locale/bg.js';
import 'dayjs/locale/pl.js';
import 'dayjs/locale/pt.js';
import 'dayjs/locale/ru.js';
import 'dayjs/locale/sk.js';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);
dayjs.extend(localizedFormat);

/** Calendars and date inputs in the app's language: month names, first day of the week, date order. */
export function AppDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'en' ? 0 : 1 }}>{children}</DatesProvider>
  );
}

/**
 * A calendar day (`2026-12-15`) typed or picked the way the app's language writes dates (15.12.2026 in
 * Bulgarian and Polish, 12/15/2026 in English), whatever the browser's own language.
 */
export function DateField(props: {
  label: string;
  withAsterisk?: boolean;
  value: string | null;
  onChange: (day: string | null) => void;
  error?: string | undefined;
}) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <DateInput
      label={props.label}
      withAsterisk={props.withAsterisk}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      valueFormat="L"
      dateParser={(text) => {
        const day = dayjs(text.trim(), 'L', locale, true);
        return day.isValid() ? day.format('YYYY-MM-DD') : null;
      }}
      clearable
    />
  );
}
