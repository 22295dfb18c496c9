import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { WebhookSettings } from './webhooks.settings.js';

/**
 * Keeps webhooks from reaching inside the network the server runs in (server-side request forgery):
 * a workspace admin names the URL, so without this guard they could make the server call its cloud's
 * metadata service, the database or an admin page on localhost. Targets are refused when they are,
 * or resolve to, an address that is not public, unless the instance's administrator allowed them
 * (`WEBHOOK_ALLOWED_HOSTS`). The check runs when an endpoint is saved (for a clear answer) and again
 * at every delivery, on the addresses actually connected to (DNS may have changed, or be made to).
 */

/** Addresses that are not on the public internet, for IPv4 and IPv6. */
const INSIDE = new BlockList();
for (const [address, bits] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches the local host
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const)
  INSIDE.addSubnet(address, bits, 'ipv4');
for (const [address, bits] of [
  ['::', 96], // unspecified, loopback and the old IPv4-compatible addresses
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local
  ['ff00::', 8], // multicast
] as const)
  INSIDE.addSubnet(address, bits, 'ipv6');

/** The IPv4 address inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address; BlockList reads mapped ones itself. */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const quad = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0))
    return quad(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return quad(groups[1]!, groups[2]!);
  return null;
}

function expandIpv6(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parts = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const start = parts(head);
  if (tail === undefined) return start;
  const end = parts(tail);
  return [...start, ...Array<number>(8 - start.length - end.length).fill(0), ...end];
}

/** Whether an IP address (v4 or v6) is private, loopback, link-local, unique-local, multicast or reserved. */
export function isInsideAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (INSIDE.check(address, family === 4 ? 'ipv4' : 'ipv6')) return true;
  const embedded = family === 6 ? embeddedIpv4(address) : null;
  return embedded !== null && INSIDE.check(embedded, 'ipv4');
}

/** A URL's host as an address or a lower-case name: without IPv6 brackets or a trailing dot. */
export function hostOf(url: URL): string {
  return url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

const isLocalhostName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

function addressAllowed(address: string, host: string, settings: WebhookSettings): boolean {
  if (!isInsideAddress(address) || settings.allowedNames.has(host)) return true;
  const family = isIP(address);
  return family !== 0 && settings.allowedAddresses.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why a delivery did not connect: the target is, or resolves to, an address that is not public. */
export class TargetRefusedError extends Error {
  constructor(readonly address: string) {
    super(`refused: ${address} is a private, loopback or link-local address that this server does not allow`);
    this.name = 'TargetRefusedError';
  }
}

/**
 * What is wrong with a webhook URL before any name is resolved, or null: not http(s), credentials in
 * it, plain http where it is not allowed, or a host that is an inside address or `localhost`.
 */
export function urlProblem(text: string, settings: WebhookSettings): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL such as https://example.com/webhooks';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https://';
  if (url.username || url.password) return 'must not contain a user name or password';
  const host = hostOf(url);
  const insideHost = isIP(host) ? !addressAllowed(host, host, settings) : isLocalhostName(host);
  if (insideHost && !settings.allowedNames.has(host))
    return 'points to a private, loopback or link-local address, which this server does not allow';
  const hostAllowed =
    settings.allowedNames.has(host) ||
    (isIP(host) !== 0 && settings.allowedAddresses.check(host, isIP(host) === 4 ? 'ipv4' : 'ipv6'));
  if (url.protocol === 'http:' && !settings.allowHttp && !hostAllowed)
    return 'must use https (plain http only to hosts the server administrator allowed)';
  return null;
}

const CHECK_LOOKUP_MS = 3000;

/**
 * `urlProblem`, then, for a host name, the addresses it resolves to now: any inside one that is not
 * allowed refuses the URL. A name that does not resolve (yet) is accepted; delivery checks again.
 */
export async function targetProblem(text: string, settings: WebhookSettings): Promise<string | null> {
  const problem = urlProblem(text, settings);
  if (problem) return problem;
  const host = hostOf(new URL(text));
  if (isIP(host) || settings.allowedNames.has(host)) return null;
  const addresses = await new Promise<LookupAddress[]>((resolve) => {
    const timer = setTimeout(() => resolve([]), CHECK_LOOKUP_MS);
    dnsLookup(host, { all: true }, (error, found) => {
      clearTimeout(timer);
      resolve(error ? [] : found);
    });
  });
  const refused = addresses.find(({ address }) => !addressAllowed(address, host, settings));
  return refused
    ? `resolves to ${refused.address}, a private, loopback or link-local address, which this server does not allow`
    : null;
}

/** Throws TargetRefusedError when a literal address in a URL may not be connected to. */
export function checkLiteralHost(url: URL, settings: WebhookSettings): void {
  const host = hostOf(url);
  if (isIP(host) && !addressAllowed(host, host, settings)) throw new TargetRefusedError(host);
  if (isLocalhostName(host) && !settings.allowedNames.has(host)) throw new TargetRefusedError(host);
}

/**
 * A `lookup` for the HTTP client: resolves the name, refuses it when any address it has is inside
 * and not allowed, and hands the checked addresses to the connection, so the address connected to is
 * the one checked (a second, different answer from DNS cannot slip in between).
 */
export function guardedLookup(settings: WebhookSettings): LookupFunction {
  return (hostname, options, callback) => {
    const host = hostname.replace(/\.$/, '').toLowerCase();
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find(({ address }) => !addressAllowed(address, host, settings));
      if (refused) return callback(new TargetRefusedError(refused.address), '', 0);
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      return callback(null, first!.address, first!.family);
    });
  };
}
