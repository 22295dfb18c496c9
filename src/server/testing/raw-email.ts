import { randomBytes } from 'node:crypto';

/** Builds raw RFC 5322 messages for tests of incoming email, as a mail program would send them. */

export interface RawAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface RawEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId?: string | null;
  inReplyTo?: string;
  references?: string[];
  cc?: string;
  attachments?: RawAttachment[];
  date?: Date;
}

export const newMessageId = (domain = 'mail.example.net') => `${randomBytes(8).toString('hex')}@${domain}`;

const encodedSubject = (subject: string) =>
  /^[\x20-\x7e]*$/.test(subject) ? subject : `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;

const base64Lines = (content: Buffer) => content.toString('base64').replace(/.{1,76}/g, '$&\r\n');

export function rawEmail(email: RawEmail): string {
  const headers = [
    `From: ${email.from}`,
    `To: ${email.to}`,
    ...(email.cc ? [`Cc: ${email.cc}`] : []),
    `Subject: ${encodedSubject(email.subject)}`,
    `Date: ${(email.date ?? new Date('2026-11-20T10:00:00Z')).toUTCString()}`,
    ...(email.messageId === null ? [] : [`Message-ID: <${email.messageId ?? newMessageId()}>`]),
    ...(email.inReplyTo ? [`In-Reply-To: <${email.inReplyTo}>`] : []),
    ...(email.references?.length ? [`References: ${email.references.map((id) => `<${id}>`).join(' ')}`] : []),
    'MIME-Version: 1.0',
  ];
  const textPart = [
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(email.text)),
  ];
  if (!email.attachments?.length) return [...headers, ...textPart].join('\r\n');
  const boundary = `b-${randomBytes(6).toString('hex')}`;
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    ...textPart,
    ...email.attachments.flatMap((file) => [
      `--${boundary}`,
      `Content-Type: ${file.contentType}; name="${file.filename}"`,
      `Content-Disposition: attachment; filename="${file.filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(file.content),
    ]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A delivery-status report (RFC 3464) saying that the message `originalMessageId` to `recipient` failed. */
export function rawBounce(options: {
  to: string;
  recipient: string;
  originalMessageId: string;
  originalSubject: string;
}) {
  const boundary = `r-${randomBytes(6).toString('hex')}`;
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    `To: ${options.to}`,
    'Subject: Undelivered Mail Returned to Sender',
    `Date: ${new Date('2026-11-20T10:05:00Z').toUTCString()}`,
    `Message-ID: <${newMessageId('mx.example.net')}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `I'm sorry to have to inform you that your message could not be delivered to ${options.recipient}.`,
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    'Arrival-Date: Fri, 20 Nov 2026 10:04:58 +0000',
    '',
    `Final-Recipient: rfc822; ${options.recipient}`,
    `Original-Recipient: rfc822;${options.recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <' + options.recipient + '>: Recipient address rejected: User unknown',
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    `From: Acme <sales@acme.example>`,
    `To: ${options.recipient}`,
    `Subject: ${options.originalSubject}`,
    `Message-ID: <${options.originalMessageId}>`,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
