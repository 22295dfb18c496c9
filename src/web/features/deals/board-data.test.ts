import { describe, expect, it } from 'vitest';
import { isRotting } from './board-data.js';

describe('rotting deals', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  it('marks open deals longer in their stage than its rotting days', () => {
    expect(isRotting({ status: 'open', stageEnteredAt: '2026-11-10T12:00:00Z' }, 14, now)).toBe(false);
    expect(isRotting({ status: 'open', stageEnteredAt: '2026-11-10T11:59:00Z' }, 14, now)).toBe(true);
  });
  it('never marks closed deals, or stages without a limit', () => {
    expect(isRotting({ status: 'won', stageEnteredAt: '2020-01-01T00:00:00Z' }, 1, now)).toBe(false);
    expect(isRotting({ status: 'open', stageEnteredAt: '2020-01-01T00:00:00Z' }, null, now)).toBe(false);
  });
});
