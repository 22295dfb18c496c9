import type { PersonEmail, PersonPhone } from './people.schemas.js';

/**
 * One entry per address (the schema already trimmed and lowercased them) and exactly one primary:
 * the first one marked, or the first address when none is. A duplicate keeps its first label but
 * passes on a primary mark.
 */
export function normalizeEmails(
  input: { email: string; label?: string | null | undefined; primary?: boolean | undefined }[],
): PersonEmail[] {
  const byEmail = new Map<string, { label: string | null; marked: boolean }>();
  for (const { email, label, primary } of input) {
    const seen = byEmail.get(email);
    if (seen) seen.marked ||= primary === true;
    else byEmail.set(email, { label: label || null, marked: primary === true });
  }
  const entries = [...byEmail];
  const primaryIndex = Math.max(
    0,
    entries.findIndex(([, entry]) => entry.marked),
  );
  return entries.map(([email, entry], i) => ({ email, label: entry.label, primary: i === primaryIndex }));
}

export function normalizePhones(
  input: { number: string; label?: string | null | undefined }[],
): PersonPhone[] {
  const seen = new Set<string>();
  const phones: PersonPhone[] = [];
  for (const { number, label } of input) {
    // Formatting differs between entries of one number ("+421 905…" vs "+421905…"); digits do not.
    const digits = number.replace(/\D/g, '');
    if (seen.has(digits)) continue;
    seen.add(digits);
    phones.push({ number, label: label || null });
  }
  return phones;
}
