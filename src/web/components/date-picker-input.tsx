import { DateInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import localizedFormat from 'dayjs/plugin/localizedFormat.js';
import 'dayjs/locale/bg.js';
import 'dayjs/locale/pl.js';
import 'dayjs/locale/pt.js';
import 'dayjs/locale/ru.js';
import 'dayjs/locale/sk.js';
import { useTranslation } from 'react-i18next';
import type { DateFieldProps } from './dates.js';

dayjs.extend(customParseFormat);
dayjs.extend(localizedFormat);

/**
 * The date input with its calendar, in the app's language: month names, first day of the week and
 * the date order (15.12.2026 in Bulgarian and Polish, 12/15/2026 in English), whatever the browser's
 * own language. Loaded by `DateField` when a date is first edited (this library is large).
 */
export function DatePickerInput(props: DateFieldProps) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'en' ? 0 : 1 }}>
      <DateInput
        label={props.label}
        aria-label={props.label}
        withAsterisk={props.withAsterisk}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        size={props.size}
        w={props.w}
        autoFocus={props.autoFocus}
        onKeyDown={props.onKeyDown}
        popoverProps={props.withinPortal === false ? { withinPortal: false } : undefined}
        valueFormat="L"
        dateParser={(text) => {
          const day = dayjs(text.trim(), 'L', locale, true);
          return day.isValid() ? day.format('YYYY-MM-DD') : null;
        }}
        clearable
      />
    </DatesProvider>
  );
}
