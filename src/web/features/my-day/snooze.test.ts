import { describe, expect, it } from 'vitest';
import { snoozeChoices } from './snooze.js';

describe('snooze choices', () => {
  it('moves to an hour later, tomorrow 09:00 and next Monday 09:00, always later than now', () => {
    for (let day = 0; day < 14; day++) {
      const now = new Date(2026, 10, 20 + day, 15, 30).getTime();
      const [hour, tomorrow, nextWeek] = snoozeChoices(now).map((c) => new Date(c.patch.dueAt));
      expect(hour!.getTime() - now).toBe(3_600_000);
      expect(tomorrow!.getDate()).toBe(new Date(now + 86_400_000).getDate());
      expect([tomorrow!.getHours(), nextWeek!.getHours()]).toEqual([9, 9]);
      expect(nextWeek!.getDay()).toBe(1);
      expect(nextWeek!.getTime()).toBeGreaterThan(now);
      expect(nextWeek!.getTime() - now).toBeLessThanOrEqual(8 * 86_400_000);
    }
  });
});
