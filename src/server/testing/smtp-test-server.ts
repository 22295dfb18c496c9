import { freePort } from './ports.js';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it, with its text part decoded. */
export interface ReceivedEmail {
  mailFrom: string;
  recipients: string[];
  /** The user the client authenticated as, or null. */
  user: string | null;
  subject: string;
  text: string;
  html: string | null;
  raw: string;
}

export interface SmtpTestServer {
  /** `smtp://…@127.0.0.1:port`, for SMTP_URL. */
  url: string;
  received: ReceivedEmail[];
  /** The first message to `address`, waiting for it to arrive. */
  messageTo(address: string, timeoutMs?: number): Promise<ReceivedEmail>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback, on a free port, that keeps what it receives; never another host. */
export async function startSmtpTestServer(
  options: { username?: string; password?: string; rejectRecipients?: boolean } = {},
): Promise<SmtpTestServer> {
  const received: ReceivedEmail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    logger: false,
    // Plain SMTP on loopback: the test has no certificate, and credentials never leave the machine.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !options.username,
    onAuth(auth, _session, callback) {
      if (auth.username === options.username && auth.password === options.password)
        return callback(null, { user: auth.username });
      callback(new Error('Invalid username or password'));
    },
    onRcptTo(_address, _session, callback) {
      if (!options.rejectRecipients) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          ...parseMessage(raw),
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          recipients: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : null,
          raw,
        });
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  const credentials = options.username
    ? `${encodeURIComponent(options.username)}:${encodeURIComponent(options.password ?? '')}@`
    : '';

  async function messageTo(address: string, timeoutMs = 10_000) {
    const find = () => received.find((m) => m.recipients.includes(address));
    const deadline = Date.now() + timeoutMs;
    while (!find()) {
      if (Date.now() > deadline) throw new Error(`no email to ${address} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
        setTimeout(wake, 100);
      });
    }
    return find()!;
  }

  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    messageTo,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port that nothing listens on, for a server that refuses connections. */
export const closedPort = freePort;

// A small MIME reader, enough for what nodemailer writes: headers, one level of multipart,
// quoted-printable or base64 bodies, and RFC 2047 encoded words in the subject.

function splitHeaders(part: string) {
  const end = part.indexOf('\r\n\r\n');
  const head = part.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: part.slice(end + 4) };
}

function decodeBody(body: string, encoding: string | undefined) {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  const bytes = body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeWords(value: string) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeBody(data.replace(/_/g, ' '), 'quoted-printable'),
    );
}

function parseMessage(raw: string) {
  const { headers, body } = splitHeaders(raw);
  const parts: { type: string; text: string }[] = [];
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const sections = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const section of sections) {
    const part = splitHeaders(boundary ? section.replace(/^\r\n/, '') : section);
    const type = (part.headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim();
    parts.push({ type, text: decodeBody(part.body, part.headers.get('content-transfer-encoding')) });
  }
  return {
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts.find((p) => p.type === 'text/plain')?.text ?? '',
    html: parts.find((p) => p.type === 'text/html')?.text ?? null,
  };
}
