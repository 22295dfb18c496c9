/**
 * Waits until `condition` holds, checking every 20 ms; fails after `timeoutMs`. For tests of work that
 * happens in the background (job workers, other processes): a wait, not a timing assertion.
 */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  { timeoutMs = 15_000, what = 'the condition' }: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
