/** The reminder email's words in the six languages; `{subject}` and `{due}` are filled in. */
export const REMINDER_MESSAGES = {
  en: { subject: 'Reminder: {subject}', due: 'Due: {due}', open: 'Open it in Rapport' },
  bg: { subject: 'Напомняне: {subject}', due: 'Срок: {due}', open: 'Отворете в Rapport' },
  ru: { subject: 'Напоминание: {subject}', due: 'Срок: {due}', open: 'Открыть в Rapport' },
  sk: { subject: 'Pripomienka: {subject}', due: 'Termín: {due}', open: 'Otvoriť v Rapporte' },
  pt: { subject: 'Lembrete: {subject}', due: 'Prazo: {due}', open: 'Abrir no Rapport' },
  pl: { subject: 'Przypomnienie: {subject}', due: 'Termin: {due}', open: 'Otwórz w Rapporcie' },
} as const;

type ReminderLocale = keyof typeof REMINDER_MESSAGES;

const isReminderLocale = (locale: string): locale is ReminderLocale => locale in REMINDER_MESSAGES;

/** The reminder of one activity in the member's language, the due time in UTC spelled by that locale. */
export function reminderEmail(
  locale: string,
  activity: { subject: string; dueAt: string | null; body: string | null },
  link: string,
) {
  const language = isReminderLocale(locale) ? locale : 'en';
  const words = REMINDER_MESSAGES[language];
  const due = activity.dueAt
    ? new Intl.DateTimeFormat(language, {
        dateStyle: 'full',
        timeStyle: 'long',
        timeZone: 'UTC',
      }).format(new Date(activity.dueAt))
    : null;
  const subject = words.subject.replace('{subject}', activity.subject);
  const text = [
    activity.subject,
    ...(due ? [words.due.replace('{due}', due)] : []),
    ...(activity.body ? [activity.body] : []),
    `${words.open}:\n${link}`,
    '— Rapport',
  ].join('\n\n');
  return { locale: language, subject, text: `${text}\n` };
}
