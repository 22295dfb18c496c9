import type { Choice } from '../../lib/types.js';

/** "Contract value (€)" → "contractValue"; a key must start with a lowercase Latin letter. */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const key = words
    .map((word, i) =>
      i === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join('')
    .replace(/^[^a-z]+/, '');
  return key.slice(0, 50);
}

/** New choices keep their label as typed; the stored value is a stable key made from it. */
export function choicesFromLabels(labels: string[], existing: Choice[] = []): Choice[] {
  const used = new Set(existing.map((c) => c.value));
  const result = [...existing];
  for (const label of labels) {
    let value = keyFromLabel(label) || label.trim();
    let n = 2;
    while (used.has(value)) value = `${keyFromLabel(label) || label.trim()}${n++}`;
    used.add(value);
    result.push({ value, label: label.trim() });
  }
  return result;
}
