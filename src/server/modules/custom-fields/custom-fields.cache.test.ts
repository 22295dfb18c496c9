import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbOrTrx } from '../../db/database.js';
import { cachedCustomFields, forgetCustomFields } from './custom-fields.cache.js';
import type { CustomField } from './custom-fields.schemas.js';

const field = (key: string): CustomField => ({
  id: `id-${key}`,
  object: 'person',
  key,
  label: key,
  type: 'text',
  choices: [],
  required: false,
  position: 0,
  createdAt: '2026-11-24T00:00:00.000Z',
  updatedAt: '2026-11-24T00:00:00.000Z',
});

describe('custom field definitions cache', () => {
  const db = {} as DbOrTrx;
  const otherDb = {} as DbOrTrx;
  let stored: CustomField[];
  let loads: number;
  const load = async () => {
    loads++;
    return stored.map((f) => ({ ...f }));
  };
  const read = (workspaceId = 'w1', object: string | undefined = 'person', handle = db) =>
    cachedCustomFields(handle, workspaceId, object, load);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    stored = [field('size')];
    loads = 0;
    forgetCustomFields('w1');
    forgetCustomFields('w2');
  });
  afterEach(() => vi.useRealTimers());

  it('reads the table once for a burst of requests', async () => {
    expect((await read()).map((f) => f.key)).toEqual(['size']);
    await read();
    await read();
    expect(loads).toBe(1);
  });

  it('keeps workspaces, record types and databases apart', async () => {
    await read('w1', 'person');
    await read('w2', 'person');
    await read('w1', 'company');
    await cachedCustomFields(db, 'w1', undefined, load);
    await read('w1', 'person', otherDb);
    expect(loads).toBe(5);
  });

  it('reads again at once after a change on this node', async () => {
    await read();
    stored = [field('size'), field('tier')];
    forgetCustomFields('w1');
    expect((await read()).map((f) => f.key)).toEqual(['size', 'tier']);
  });

  it('sees a change made elsewhere within a second', async () => {
    await read();
    stored = [field('tier')];
    vi.setSystemTime(new Date('2026-11-24T10:00:00.900Z'));
    expect((await read()).map((f) => f.key)).toEqual(['size']);
    vi.setSystemTime(new Date('2026-11-24T10:00:01.001Z'));
    expect((await read()).map((f) => f.key)).toEqual(['tier']);
  });

  it('does not keep what a read overlapping a change found', async () => {
    let release!: () => void;
    const slow = cachedCustomFields(db, 'w1', 'person', async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return [field('old')];
    });
    forgetCustomFields('w1');
    release();
    expect((await slow).map((f) => f.key)).toEqual(['old']);
    expect((await read()).map((f) => f.key)).toEqual(['size']);
    expect(loads).toBe(1);
  });

  it('hands out definitions nobody can change in place', async () => {
    const fields = await read();
    expect(() => {
      (fields[0] as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    expect(() => fields[0]!.choices.push({ value: 'x', label: 'x' })).toThrow(TypeError);
  });
});
