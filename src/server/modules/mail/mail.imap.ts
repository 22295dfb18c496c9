import { ImapFlow, type ImapFlowError } from 'imapflow';

/** How to reach one IMAP folder. */
export interface ImapTarget {
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password: string;
  folder: string;
}

const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 120_000 };

/** A connected client with the folder open read-only; the caller logs out. */
export async function openFolder(target: ImapTarget) {
  const client = new ImapFlow({
    host: target.host,
    port: target.port,
    secure: target.tls,
    auth: { user: target.username, pass: target.password },
    logger: false,
    disableAutoIdle: true,
    ...TIMEOUTS,
  });
  // A connection dropped between commands surfaces as the next command's error, not as an event.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const folder = await client.mailboxOpen(target.folder, { readOnly: true });
    return { client, uidValidity: String(folder.uidValidity), messages: folder.exists };
  } catch (error) {
    client.close();
    throw error;
  }
}

export async function closeQuietly(client: ImapFlow) {
  try {
    await client.logout();
  } catch {
    client.close();
  }
}

/** UIDs above `afterUid`, ascending, at most `limit` (`n:*` also matches the last UID when none is above). */
export async function uidsAfter(client: ImapFlow, afterUid: number, limit: number) {
  const found = (await client.search({ uid: `${afterUid + 1}:*` }, { uid: true })) || [];
  return found
    .filter((uid) => uid > afterUid)
    .sort((a, b) => a - b)
    .slice(0, limit);
}

export async function fetchSource(client: ImapFlow, uid: number) {
  const message = await client.fetchOne(String(uid), { source: true, uid: true }, { uid: true });
  return message ? (message.source ?? null) : null;
}

/** What went wrong, in words an admin can act on. */
export function describeImapError(error: unknown): string {
  const failure = error as ImapFlowError;
  if (failure.authenticationFailed)
    return `Authentication failed: the server refused the user name or password${failure.responseText ? ` (${failure.responseText})` : ''}`;
  if (failure.mailboxMissing)
    return `The folder does not exist${failure.responseText ? ` (${failure.responseText})` : ''}`;
  if (failure.tlsFailed) return `TLS failed: ${failure.message}`;
  const text = failure.responseText ?? failure.message ?? String(error);
  return (failure.code && !text.includes(failure.code) ? `${failure.code}: ${text}` : text).slice(0, 1000);
}
