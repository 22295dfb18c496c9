import { BlockList, isIP } from 'node:net';

/**
 * Which webhook targets this instance accepts beyond public https addresses. Read from the
 * environment each time, like the mail settings, so a change needs no restart of a test.
 */
export interface WebhookSettings {
  /** Host names (lower case) that may point at private, loopback or link-local addresses. */
  allowedNames: ReadonlySet<string>;
  /** Private, loopback or link-local addresses that may be targets. */
  allowedAddresses: BlockList;
  /** Plain http to any public target: for development only. */
  allowHttp: boolean;
}

/**
 * `WEBHOOK_ALLOWED_HOSTS`: comma-separated host names, addresses or CIDR ranges an administrator of
 * the instance lets webhooks reach although they are inside (`hooks.internal, 10.1.0.0/16, ::1`);
 * plain http is allowed to them too. `WEBHOOK_ALLOW_HTTP=true` allows plain http to public targets.
 */
export function readWebhookSettings(env: NodeJS.ProcessEnv = process.env): WebhookSettings {
  const allowedNames = new Set<string>();
  const allowedAddresses = new BlockList();
  for (const entry of (env.WEBHOOK_ALLOWED_HOSTS ?? '').split(',')) {
    const text = entry
      .trim()
      .toLowerCase()
      .replace(/^\[|\]$/g, '');
    if (text === '') continue;
    const [address, prefix] = text.split('/');
    const family = isIP(address!);
    if (family === 0) {
      if (prefix !== undefined || !/^[a-z0-9.-]+$/.test(text))
        throw new Error(`WEBHOOK_ALLOWED_HOSTS: "${entry.trim()}" is not a host name, address or CIDR range`);
      allowedNames.add(text.replace(/\.$/, ''));
      continue;
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128))
      throw new Error(`WEBHOOK_ALLOWED_HOSTS: "${entry.trim()}" has an impossible prefix length`);
    allowedAddresses.addSubnet(address!, bits, type);
  }
  return { allowedNames, allowedAddresses, allowHttp: env.WEBHOOK_ALLOW_HTTP?.trim() === 'true' };
}
