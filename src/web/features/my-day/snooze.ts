/** Where "Later" moves a task, from now: in an hour, tomorrow 09:00, next Monday 09:00 (browser's zone). */
export type SnoozeKey = 'hour' | 'tomorrow' | 'nextWeek';

const atNine = (date: Date) => {
  const morning = new Date(date);
  morning.setHours(9, 0, 0, 0);
  return morning;
};

export function snoozeChoices(now: number) {
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  const monday = new Date(now);
  monday.setDate(monday.getDate() + ((8 - monday.getDay()) % 7 || 7));
  const choices: { key: SnoozeKey; at: Date }[] = [
    { key: 'hour', at: new Date(now + 60 * 60_000) },
    { key: 'tomorrow', at: atNine(tomorrow) },
    { key: 'nextWeek', at: atNine(monday) },
  ];
  return choices.map(({ key, at }) => ({ key, patch: { dueAt: at.toISOString() } }));
}
