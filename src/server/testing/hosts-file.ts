import { readFileSync } from 'node:fs';

/**
 * A name other than localhost that /etc/hosts points at a loopback address, or null when the file has
 * none: what a test of "names that resolve inside" can use without asking DNS.
 */
export function loopbackNameFromHostsFile(): string | null {
  for (const line of readFileSync('/etc/hosts', 'utf8').split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!address || !(address.startsWith('127.') || address === '::1')) continue;
    const name = names.find(
      (n) => n !== 'localhost' && !n.endsWith('.localhost') && /^[a-z0-9.-]+$/i.test(n),
    );
    if (name) return name.toLowerCase();
  }
  return null;
}
