/**
 * File names as people see them. A name is only ever shown and sent back in `Content-Disposition`;
 * it never becomes a path (the store picks its own keys), but it is still cleaned of folders,
 * control characters and the direction marks that can disguise `report‮fdp.exe` as `report.exe.pdf`.
 */

export const MAX_NAME_LENGTH = 255;

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The name without folders or invisible characters, at most 255 characters; null when nothing is left. */
export function cleanFileName(raw: string): string | null {
  const base = raw.toWellFormed().split(/[/\\]/).pop() ?? '';
  const name = base.normalize('NFC').replace(CONTROL, '').replace(DIRECTION_MARKS, '').trim();
  if (name === '' || /^\.+$/.test(name)) return null;
  const chars = [...name];
  if (chars.length <= MAX_NAME_LENGTH) return name;
  // Keep the extension: it says what the file is.
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return chars.slice(0, MAX_NAME_LENGTH - extension.length).join('') + extension;
}

/** RFC 5987 `attr-char`: what may stand unencoded in `filename*`. */
const encodeAttrValue = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition: attachment` with the name twice (RFC 6266): `filename*` in UTF-8 for every
 * current browser, and an ASCII `filename` for the rest.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeAttrValue(name)}`;
}
