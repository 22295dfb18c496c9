import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api.js';
import type { Webhook, WebhookDelivery, WebhookWithSecret } from '../../lib/api-types.generated.js';
import { adminFieldError, adminProblem } from '../admin/admin-errors.js';

export type { Webhook, WebhookDelivery, WebhookWithSecret };

export const WEBHOOKS_KEY = ['webhooks'] as const;
export const deliveriesKey = (id: string) => [...WEBHOOKS_KEY, id, 'deliveries'] as const;

/** The server's messages about webhook input, in the reader's language. */
const WEBHOOK_MESSAGES: [RegExp, string][] = [
  [/^must be an absolute URL/, 'webhooks.errors.notUrl'],
  [/^must start with https/, 'webhooks.errors.scheme'],
  [/^must not contain a user name/, 'webhooks.errors.credentials'],
  [/^must use https/, 'webhooks.errors.https'],
  [/^points to a private/, 'webhooks.errors.inside'],
  [/^resolves to \S+, a private/, 'webhooks.errors.resolvesInside'],
  [/^must name at least one event type/, 'webhooks.errors.noEvents'],
  [/^the endpoint is disabled/, 'webhooks.errors.disabled'],
];

function translate(t: TFunction, message: string): string | undefined {
  const known = WEBHOOK_MESSAGES.find(([pattern]) => pattern.test(message));
  const address = /^resolves to (\S+),/.exec(message)?.[1] ?? '';
  return known ? t(known[1], { address }) : undefined;
}

export function webhookFieldError(t: TFunction, error: unknown, field: string): string | undefined {
  const message = isApiError(error) ? error.forField(field) : undefined;
  return (message && translate(t, message)) ?? adminFieldError(t, error, field);
}

export function webhookProblem(t: TFunction, error: unknown): string {
  if (isApiError(error))
    for (const { message } of error.fieldErrors) {
      const translated = translate(t, message);
      if (translated) return translated;
    }
  return adminProblem(t, error);
}

/** Colours of a delivery's status badge. */
export const DELIVERY_COLORS: Record<WebhookDelivery['status'], string> = {
  pending: 'gray',
  retrying: 'orange',
  succeeded: 'green',
  failed: 'red',
};
