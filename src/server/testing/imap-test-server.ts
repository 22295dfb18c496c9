import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { closedPort } from './smtp-test-server.js';

/**
 * A private Dovecot IMAP server for tests: its own configuration, users and maildirs in a temporary
 * folder, listening on a free loopback port without TLS, run as a child process in the foreground
 * (`dovecot -F -c <conf>`). Nothing of the machine's own Dovecot (its service, its configuration) is
 * used or touched. Needs Debian's dovecot-imapd; `findDovecot()` says whether it is installed.
 */

export const IMAP_USER = 'crm';
export const IMAP_PASSWORD = 'imap-test-secret';
/** A second account, for tests of one workspace's mailbox never reading another's. */
export const OTHER_IMAP_USER = 'other';

const DOVECOT_PATHS = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];

/** The dovecot binary, or null when it is not installed. */
export function findDovecot(): string | null {
  for (const path of DOVECOT_PATHS) if (spawnSync(path, ['--version']).status === 0) return path;
  return null;
}

export interface ImapTestServer {
  host: string;
  port: number;
  /** Appends a raw message to a folder of a user (created when missing); returns its UID. */
  append(raw: string | Buffer, options?: { folder?: string; user?: string }): Promise<number>;
  /** Deletes and creates a folder again: the server gives it a new UIDVALIDITY. */
  recreateFolder(folder: string, user?: string): Promise<void>;
  close(): Promise<void>;
}

/** Who the processes run as: as root, Dovecot's own users and `nobody` for the mail; else oneself. */
function accounts() {
  const me = userInfo();
  if (me.uid !== 0) return { internal: me.username, login: me.username, mailUid: me.uid, mailGid: me.gid };
  return { internal: 'dovecot', login: 'dovenull', mailUid: 65534, mailGid: 65534 };
}

function configuration(dir: string, port: number) {
  const who = accounts();
  return `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests of a wrong password need not wait for the delay that slows down guessing.
auth_failure_delay = 0
mail_location = maildir:${dir}/mail/%u
default_internal_user = ${who.internal}
default_internal_group = ${who.internal}
default_login_user = ${who.login}
first_valid_uid = ${Math.min(who.mailUid, 500)}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${who.mailUid} gid=${who.mailGid} home=${dir}/home/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  chroot =
}
`;
}

async function waitForPort(port: number, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `dovecot exited (${child.exitCode}): ${await readFile(logFile, 'utf8').catch(() => '')}`,
      );
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function asUser<T>(port: number, user: string, work: (client: ImapFlow) => Promise<T>) {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port,
    secure: false,
    auth: { user, pass: IMAP_PASSWORD },
    logger: false,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}

export async function startImapTestServer(): Promise<ImapTestServer> {
  const dovecot = findDovecot();
  if (!dovecot) throw new Error('dovecot is not installed (apt-get install dovecot-imapd)');
  const dir = await mkdtemp(join(tmpdir(), 'rapport-imap-'));
  const who = accounts();
  for (const sub of ['run', 'state', 'mail', 'home']) await mkdir(join(dir, sub));
  // Dovecot's own users must reach the sockets and the mail user its folders.
  await chmod(dir, 0o755);
  for (const sub of ['mail', 'home']) await chown(join(dir, sub), who.mailUid, who.mailGid);
  await writeFile(
    join(dir, 'passwd'),
    [IMAP_USER, OTHER_IMAP_USER].map((user) => `${user}:{PLAIN}${IMAP_PASSWORD}::::::\n`).join(''),
  );
  const port = await closedPort();
  const conf = join(dir, 'dovecot.conf');
  await writeFile(conf, configuration(dir, port));
  const child = spawn(dovecot, ['-F', '-c', conf], { stdio: 'ignore' });
  await waitForPort(port, child, join(dir, 'dovecot.log'));

  return {
    host: '127.0.0.1',
    port,
    append: (raw, { folder = 'INBOX', user = IMAP_USER } = {}) =>
      asUser(port, user, async (client) => {
        if (folder !== 'INBOX' && !(await client.list()).some((box) => box.path === folder))
          await client.mailboxCreate(folder);
        const appended = await client.append(folder, raw);
        if (!appended || !appended.uid) throw new Error('the server did not report the appended UID');
        return appended.uid;
      }),
    recreateFolder: (folder, user = IMAP_USER) =>
      asUser(port, user, async (client) => {
        await client.mailboxDelete(folder);
        await client.mailboxCreate(folder);
      }),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
