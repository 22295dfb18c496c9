/** A small XML writer: elements with attributes and children, escaped, indented by two spaces. */
export type XmlNode = string | null | undefined | false | XmlNode[];

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

function indent(lines: string) {
  return lines
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function flatten(children: XmlNode[]): string[] {
  return children.flatMap((child) => (Array.isArray(child) ? flatten(child) : child ? [child] : []));
}

/** An element holding other elements; left out entirely when it would be empty. */
export function element(
  name: string,
  attributes: Record<string, string>,
  ...children: XmlNode[]
): string | null {
  const inner = flatten(children);
  if (inner.length === 0) return null;
  return `<${name}${attributeText(attributes)}>\n${inner.map(indent).join('\n')}\n</${name}>`;
}

/** An element holding text; left out when the value is null or empty. */
export function text(
  name: string,
  value: string | number | null | undefined,
  attributes: Record<string, string> = {},
) {
  if (value === null || value === undefined || value === '') return null;
  return `<${name}${attributeText(attributes)}>${escapeXml(String(value))}</${name}>`;
}

function attributeText(attributes: Record<string, string>) {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}

export function xmlDocument(root: string | null): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root ?? ''}\n`;
}
