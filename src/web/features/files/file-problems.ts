import type { TFunction } from 'i18next';
import { problemMessage } from '../../components/problem-message.js';
import { isApiError } from '../../lib/api.js';

/** Why the server refused a file (see server/modules/files/files.sniff.ts), in the reader's language. */
const FILE_MESSAGES: [RegExp, string][] = [
  [/^is a program or script/, 'files.errors.program'],
  [/^is HTML or SVG/, 'files.errors.active'],
  [/^is of a type that is not accepted/, 'files.errors.type'],
  [/^is declared as .* but its content is/, 'files.errors.mismatch'],
  [/^is named or declared as an email/, 'files.errors.email'],
  [/^is empty$/, 'files.errors.empty'],
  [/^needs a file name$/, 'files.errors.name'],
];

/** One line saying why a file was not uploaded. */
export function fileProblemMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return problemMessage(t, error);
  if (error.status === 413) {
    const limit = /limit of ([\d.]+) MB/.exec(error.detail)?.[1];
    return limit ? t('files.errors.tooLargeLimit', { limit }) : t('files.errors.tooLarge');
  }
  const message = error.forField('file');
  const known = message && FILE_MESSAGES.find(([pattern]) => pattern.test(message));
  if (known) return t(known[1]);
  return message ?? problemMessage(t, error);
}

/** "512 B", "1.5 MB", "23 kB" (steps of 1024, as the server counts its limit), in the locale's words. */
export function formatFileSize(locale: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
