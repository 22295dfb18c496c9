import type { Attachment, ParsedMail } from 'mailparser';
import { bareMessageId } from './mail.threading.js';

/** What a delivery-status report (RFC 3464) says: the message it is about and who did not get it. */
export interface BounceReport {
  /** The Message-ID of the returned message, when the report carries its headers. */
  originalMessageId: string | null;
  failed: { address: string; status: string; diagnostic: string | null }[];
}

/** Header-like `Name: value` fields of a report block, continuation lines folded in. */
function fieldsOf(block: string) {
  const fields = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

/** `rfc822; someone@example.com` → `someone@example.com`. */
const addressOf = (value: string) =>
  value
    .replace(/^[^;]*;\s*/, '')
    .replace(/^<|>$/g, '')
    .trim()
    .toLowerCase();

const isReport = (mail: ParsedMail) => {
  const type = mail.headers.get('content-type') as
    { value?: string; params?: Record<string, string> } | undefined;
  return (
    type?.value === 'multipart/report' && type.params?.['report-type']?.toLowerCase() === 'delivery-status'
  );
};

const partOf = (mail: ParsedMail, ...types: string[]) =>
  mail.attachments.find((attachment: Attachment) => types.includes(attachment.contentType.toLowerCase()));

/**
 * The bounce a message reports, or null when it is not a delivery-status report. Parse the message
 * with `keepDeliveryStatus` so that the status part arrives as an attachment. Only recipients whose
 * action is `failed` count: `delayed` and `delivered` reports are no bounce.
 */
export function readBounce(mail: ParsedMail): BounceReport | null {
  if (!isReport(mail)) return null;
  const status = partOf(mail, 'message/delivery-status', 'message/global-delivery-status');
  if (!status) return null;
  // The first block is about the message, each further one about one recipient.
  const [, ...recipients] = status.content
    .toString('utf8')
    .split(/\r?\n\s*\r?\n/)
    .map(fieldsOf);
  const failed = recipients
    .filter((fields) => fields.get('action')?.toLowerCase() === 'failed')
    .flatMap((fields) => {
      const recipient = fields.get('final-recipient') ?? fields.get('original-recipient');
      return recipient
        ? [
            {
              address: addressOf(recipient),
              status: fields.get('status') ?? '',
              diagnostic: fields.get('diagnostic-code') ?? null,
            },
          ]
        : [];
    });
  if (failed.length === 0) return null;
  const returned = partOf(
    mail,
    'message/rfc822',
    'text/rfc822-headers',
    'message/global',
    'message/global-headers',
  );
  const headers = returned ? fieldsOf(returned.content.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '') : null;
  const messageId = headers?.get('message-id');
  return { originalMessageId: messageId ? bareMessageId(messageId) : null, failed };
}
