interface WaitOptions {
  timeoutMs?: number;
  what?: string;
}

/**
 * Reads `read` every 20 ms until `ok` holds of what it gives, and returns that; fails after
 * `timeoutMs` with the last value read. For tests of work that happens in the background (job
 * workers, other processes): a wait, not a timing assertion.
 */
export async function eventually<T>(
  read: () => Promise<T> | T,
  ok: (value: T) => boolean,
  { timeoutMs = 15_000, what = 'the condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`waited ${timeoutMs} ms for ${what}; last read ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until `condition` holds (see eventually). */
export async function waitFor(condition: () => Promise<boolean> | boolean, options: WaitOptions = {}) {
  await eventually(condition, (held) => held, options);
}
