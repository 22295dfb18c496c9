/**
 * A strict reader of iCalendar text, for tests: it refuses what RFC 5545 refuses of a producer (bare
 * LF, lines over 75 octets, unbalanced BEGIN/END, a property without a value) and gives back the
 * components with their properties, so that a generated calendar is checked by reading it back.
 */

export interface Property {
  value: string;
  params: Record<string, string>;
}

export interface Component {
  name: string;
  properties: Record<string, Property>;
  components: Component[];
}

const encoder = new TextEncoder();

/** Splits `NAME;P1=a;P2="b;c":value` at the first colon outside quotes. */
function parseLine(line: string): { name: string; params: Record<string, string>; value: string } {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 1) throw new Error(`not a content line: ${line}`);
  const [name, ...params] = line.slice(0, colon).split(';');
  return {
    name: name!.toUpperCase(),
    params: Object.fromEntries(params.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)])),
    value: line.slice(colon + 1),
  };
}

export function parseCalendar(text: string): Component {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('lines must end in CRLF');
  const physical = text.split('\r\n');
  if (physical.pop() !== '') throw new Error('the last line must end in CRLF');
  for (const line of physical)
    if (encoder.encode(line).length > 75) throw new Error(`line over 75 octets: ${line}`);
  const lines = physical
    .join('\r\n')
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const stack: Component[] = [];
  let root: Component | null = null;
  for (const line of lines) {
    const { name, params, value } = parseLine(line);
    if (name === 'BEGIN') {
      const component: Component = { name: value, properties: {}, components: [] };
      if (stack.length > 0) stack[stack.length - 1]!.components.push(component);
      else if (root) throw new Error('more than one calendar');
      else root = component;
      stack.push(component);
    } else if (name === 'END') {
      if (stack.pop()?.name !== value) throw new Error(`END:${value} without its BEGIN`);
    } else {
      const current = stack[stack.length - 1];
      if (!current) throw new Error(`${name} outside a component`);
      current.properties[name] = { value, params };
    }
  }
  if (!root || stack.length > 0) throw new Error('unbalanced calendar');
  return root;
}

export const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
