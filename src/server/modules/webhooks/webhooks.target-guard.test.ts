import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../jobs/jobs.js';
import { loopbackNameFromHostsFile } from '../../testing/hosts-file.js';
import { DELIVERY_RETRIES } from './webhooks.delivery.js';
import { readWebhookSettings } from './webhooks.settings.js';
import { newSecret, signatureHeader } from './webhooks.signature.js';
import { isInsideAddress, targetProblem, urlProblem } from './webhooks.target-guard.js';

const none = readWebhookSettings({});

describe('webhook target guard', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
  ])('%s is inside', (address) => {
    expect(isInsideAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '93.184.215.14', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])(
    '%s is public',
    (address) => {
      expect(isInsideAddress(address)).toBe(false);
    },
  );

  it.each([
    ['http://93.184.215.14/hook', /https/],
    ['ftp://93.184.215.14/hook', /https/],
    ['not a url', /absolute URL/],
    ['https://user:pass@93.184.215.14/', /user name/],
    ['https://127.0.0.1/hook', /private/],
    ['https://10.0.0.8/hook', /private/],
    ['https://169.254.169.254/latest/meta-data', /private/],
    ['https://[::1]:8443/hook', /private/],
    ['https://0.0.0.0/hook', /private/],
    ['https://[::ffff:127.0.0.1]/hook', /private/],
    ['https://2130706433/hook', /private/],
    ['https://0x7f.1/hook', /private/],
    ['https://localhost/hook', /private/],
    ['https://api.localhost/hook', /private/],
  ])('refuses %s', (url, message) => {
    expect(urlProblem(url, none)).toMatch(message);
  });

  it('accepts a public https address', () => {
    expect(urlProblem('https://93.184.215.14/hook', none)).toBeNull();
  });

  it('refuses names the hosts file points at loopback, unless allowed', async () => {
    expect(await targetProblem('https://localhost/hook', none)).toMatch(/private/);
    const name = loopbackNameFromHostsFile();
    if (!name) return console.warn('skipped: /etc/hosts names no loopback host besides localhost');
    expect(await targetProblem(`https://${name}/hook`, none)).toMatch(/resolves to 127\./);
    expect(
      await targetProblem(`https://${name}/hook`, readWebhookSettings({ WEBHOOK_ALLOWED_HOSTS: name })),
    ).toBeNull();
  });

  it('lets the instance allow inside hosts by name, address or range, and http to them', () => {
    const allowed = readWebhookSettings({
      WEBHOOK_ALLOWED_HOSTS: 'hooks.internal, 10.1.0.0/16, [::1], localhost',
    });
    expect(urlProblem('http://10.1.2.3:8080/hook', allowed)).toBeNull();
    expect(urlProblem('http://[::1]/hook', allowed)).toBeNull();
    expect(urlProblem('http://localhost:3000/hook', allowed)).toBeNull();
    expect(urlProblem('http://hooks.internal/hook', allowed)).toBeNull();
    expect(urlProblem('https://10.2.0.1/hook', allowed)).toMatch(/private/);
    expect(urlProblem('http://93.184.215.14/hook', allowed)).toMatch(/https/);
    expect(
      urlProblem('http://93.184.215.14/hook', readWebhookSettings({ WEBHOOK_ALLOW_HTTP: 'true' })),
    ).toBeNull();
    expect(() => readWebhookSettings({ WEBHOOK_ALLOWED_HOSTS: '10.0.0.0/99' })).toThrow(/prefix/);
    expect(() => readWebhookSettings({ WEBHOOK_ALLOWED_HOSTS: 'bad host!' })).toThrow(/not a host name/);
  });
});

describe('webhook signatures', () => {
  it('signs per Standard Webhooks with each secret', () => {
    const [first, second] = [newSecret(), newSecret()];
    expect(first).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = '{"type":"person.created"}';
    const expected = (secret: string) =>
      `v1,${createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
        .update(`msg_1.1700000000.${body}`)
        .digest('base64')}`;
    expect(signatureHeader([first], 'msg_1', 1700000000, body)).toBe(expected(first));
    expect(signatureHeader([first, second], 'msg_1', 1700000000, body)).toBe(
      `${expected(first)} ${expected(second)}`,
    );
  });
});

describe('webhook retry schedule', () => {
  const totalHours = (random: () => number) => {
    let ms = 0;
    for (let attempt = 1; attempt < DELIVERY_RETRIES.maxAttempts; attempt++)
      ms += retryDelayMs(attempt, DELIVERY_RETRIES.backoff, random);
    return ms / 3_600_000;
  };

  it('spreads the attempts over about three days', () => {
    expect(totalHours(() => 0)).toBeGreaterThan(36);
    expect(totalHours(() => 0.5)).toBeGreaterThan(60);
    expect(totalHours(() => 0.5)).toBeLessThan(84);
    expect(totalHours(() => 1)).toBeLessThan(100);
  });
});
