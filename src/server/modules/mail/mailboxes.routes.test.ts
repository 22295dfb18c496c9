import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../jobs/jobs.js';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import {
  findDovecot,
  IMAP_PASSWORD,
  IMAP_USER,
  OTHER_IMAP_USER,
  startImapTestServer,
  type ImapTestServer,
} from '../../testing/imap-test-server.js';
import { newMessageId, rawBounce, rawEmail } from '../../testing/raw-email.js';
import { testDialects } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';
import { queueEmail } from './mail.outbox.js';
import { pollMailbox, pollMailboxJob } from './mailboxes.poll.js';
import type { Mailbox, ReceivedEmail } from './mailboxes.schemas.js';

const dovecot = findDovecot();
if (!dovecot)
  console.warn('Incoming email tests skipped: Dovecot is not installed (apt-get install dovecot-imapd)');

type Problem = { status: number; errors?: { field: string }[] };
type TimelineEvent = {
  kind: string;
  ref: { type: string; id: string } | null;
  data: { subject: string; emailId: string };
};

describe.runIf(dovecot !== null).each(testDialects())('incoming email on %s', (dialect) => {
  let imap: ImapTestServer;
  let t: TestApp;
  beforeAll(async () => {
    imap = await startImapTestServer();
    t = await createTestApp(dialect, { jobs: [pollMailboxJob] });
  });
  afterAll(async () => {
    await t?.close();
    await imap?.close();
  });

  /** Each test reads its own folder, so tests never see each other's messages. */
  const newFolder = () => `T${randomBytes(4).toString('hex')}`;
  const mailboxOf = async (owner: Client, folder: string, overrides: Record<string, unknown> = {}) => {
    const response = await owner.post('/mailboxes', {
      name: 'Sales inbox',
      host: imap.host,
      port: imap.port,
      tls: false,
      username: IMAP_USER,
      password: IMAP_PASSWORD,
      folder,
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Mailbox>();
  };
  const poll = (owner: Client, mailboxId: string) =>
    pollMailbox(t.app.db, t.app.files, owner.info.workspaceId, mailboxId);
  const emailsOf = (workspaceId: string) =>
    t.app.db.selectFrom('received_emails').selectAll().where('workspace_id', '=', workspaceId).execute();
  const emailByMessageId = async (owner: Client, messageId: string) => {
    const row = (await emailsOf(owner.info.workspaceId)).find((email) => email.message_id === messageId);
    expect(row, `no email ${messageId}`).toBeDefined();
    return (await owner.get(`/emails/${row!.id}`)).json<ReceivedEmail>();
  };
  const expectProblem = (response: { statusCode: number; body: string }, status: number, field?: string) => {
    expect(response.statusCode, response.body).toBe(status);
    const problem = JSON.parse(response.body) as Problem;
    expect(problem.status).toBe(status);
    if (field) expect(problem.errors?.map((error) => error.field)).toContain(field);
  };

  it('imports everything on the first poll and only what is new afterwards (UID bookkeeping)', async () => {
    const owner = await signUpOwner(t.app);
    const folder = newFolder();
    for (const n of [1, 2, 3])
      await imap.append(
        rawEmail({
          from: `c${n}@client.example`,
          to: 'sales@acme.example',
          subject: `Hello ${n}`,
          text: 'Hi',
        }),
        { folder },
      );
    const mailbox = await mailboxOf(owner, folder);
    expect(mailbox).toMatchObject({ status: 'new', importedCount: 0 });

    expect(await poll(owner, mailbox.id)).toEqual({ status: 'ok', imported: 3, duplicates: 0 });
    expect(await poll(owner, mailbox.id)).toEqual({ status: 'ok', imported: 0, duplicates: 0 });
    await imap.append(
      rawEmail({ from: 'c4@client.example', to: 'sales@acme.example', subject: 'Hello 4', text: 'Hi' }),
      { folder },
    );
    expect(await poll(owner, mailbox.id)).toEqual({ status: 'ok', imported: 1, duplicates: 0 });

    expect((await emailsOf(owner.info.workspaceId)).map((email) => email.subject).sort()).toEqual([
      'Hello 1',
      'Hello 2',
      'Hello 3',
      'Hello 4',
    ]);
    const status = (await owner.get(`/mailboxes/${mailbox.id}`)).json<Mailbox>();
    expect(status).toMatchObject({ status: 'ok', importedCount: 4, lastError: null });
    expect(status.lastPolledAt).not.toBeNull();
  });

  it('reads the folder again when its UIDVALIDITY changes, without importing anything twice', async () => {
    const owner = await signUpOwner(t.app);
    const folder = newFolder();
    const messages = [1, 2].map((n) =>
      rawEmail({
        from: 'c@client.example',
        to: 'sales@acme.example',
        subject: `Before ${n}`,
        text: 'x',
        messageId: newMessageId(),
      }),
    );
    for (const message of messages) await imap.append(message, { folder });
    const mailbox = await mailboxOf(owner, folder);
    expect((await poll(owner, mailbox.id)).imported).toBe(2);
    const before = await t.app.db
      .selectFrom('mailboxes')
      .select(['uid_validity', 'last_uid'])
      .where('id', '=', mailbox.id)
      .executeTakeFirstOrThrow();

    // The server renumbers the folder: the same two messages come back with UIDs 1 and 2, then a new one.
    await imap.recreateFolder(folder);
    for (const message of messages) await imap.append(message, { folder });
    await imap.append(
      rawEmail({ from: 'c@client.example', to: 'sales@acme.example', subject: 'After', text: 'y' }),
      { folder },
    );
    expect(await poll(owner, mailbox.id)).toEqual({ status: 'ok', imported: 1, duplicates: 2 });
    const after = await t.app.db
      .selectFrom('mailboxes')
      .select(['uid_validity', 'last_uid'])
      .where('id', '=', mailbox.id)
      .executeTakeFirstOrThrow();
    expect(after.uid_validity).not.toBe(before.uid_validity);
    expect(Number(after.last_uid)).toBe(3);
    expect((await emailsOf(owner.info.workspaceId)).map((email) => email.subject).sort()).toEqual([
      'After',
      'Before 1',
      'Before 2',
    ]);
  });

  it('stores a message found in two folders once (de-duplication by Message-ID)', async () => {
    const owner = await signUpOwner(t.app);
    const [inbox, archive] = [newFolder(), newFolder()];
    const message = rawEmail({
      from: 'c@client.example',
      to: 'sales@acme.example',
      subject: 'Twice',
      text: 'x',
    });
    await imap.append(message, { folder: inbox });
    await imap.append(message, { folder: archive });
    const first = await mailboxOf(owner, inbox);
    const second = await mailboxOf(owner, archive, { name: 'Archive' });
    expect((await poll(owner, first.id)).imported).toBe(1);
    expect(await poll(owner, second.id)).toMatchObject({ imported: 0, duplicates: 1 });
    expect(await emailsOf(owner.info.workspaceId)).toHaveLength(1);
  });

  it('links an email to the people it names and their companies, on their timelines', async () => {
    const owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Client Ltd' })).json<{ id: string }>();
    const person = (
      await owner.post('/people', {
        firstName: 'Zoë',
        lastName: 'Client',
        emails: [{ email: 'zoe@client.example' }],
        companyId: company.id,
      })
    ).json<{ id: string }>();
    const colleague = (
      await owner.post('/people', {
        firstName: 'Ann',
        emails: [{ email: 'other@x.example' }, { email: 'ann@client.example' }],
      })
    ).json<{ id: string }>();
    const folder = newFolder();
    const messageId = newMessageId();
    await imap.append(
      rawEmail({
        from: 'Zoë Client <Zoe@Client.example>',
        to: 'sales@acme.example',
        cc: 'ann@client.example',
        subject: 'Prices for 2027',
        text: 'Could you send your prices?',
        messageId,
      }),
      { folder },
    );
    const mailbox = await mailboxOf(owner, folder);
    await poll(owner, mailbox.id);

    const email = await emailByMessageId(owner, messageId);
    expect(email).toMatchObject({
      from: { address: 'zoe@client.example', name: 'Zoë Client' },
      cc: ['ann@client.example'],
      subject: 'Prices for 2027',
      text: 'Could you send your prices?',
    });
    expect(email.records).toEqual(
      expect.arrayContaining([
        { type: 'person', id: person.id },
        { type: 'person', id: colleague.id },
        { type: 'company', id: company.id },
      ]),
    );
    for (const path of [`/people/${person.id}`, `/people/${colleague.id}`, `/companies/${company.id}`]) {
      const events = (await owner.get(`${path}/timeline?kind=email`)).json<{ data: TimelineEvent[] }>().data;
      expect(events).toMatchObject([
        {
          kind: 'email',
          ref: { type: 'email', id: email.id },
          data: { subject: 'Prices for 2027', emailId: email.id },
        },
      ]);
    }
  });

  it('threads replies by In-Reply-To/References, and by the token in the subject when those are gone', async () => {
    const owner = await signUpOwner(t.app);
    const workspaceId = owner.info.workspaceId;
    const outgoingId = await queueEmail(t.app.db, {
      workspaceId,
      to: 'zoe@client.example',
      locale: 'en',
      subject: 'Our offer',
      text: 'Here it is',
    });
    const outgoing = await t.app.db
      .selectFrom('outbound_emails')
      .selectAll()
      .where('id', '=', outgoingId)
      .executeTakeFirstOrThrow();
    const token = /\[#(R-\w{6})\]/.exec(outgoing.subject)![1]!;

    const folder = newFolder();
    const [reply, replyToReply, lostHeaders, unrelated] = [
      newMessageId(),
      newMessageId(),
      newMessageId(),
      newMessageId(),
    ];
    await imap.append(
      rawEmail({
        from: 'zoe@client.example',
        to: 'sales@acme.example',
        subject: `Re: ${outgoing.subject}`,
        text: 'Thanks',
        messageId: reply,
        inReplyTo: outgoing.message_id!,
      }),
      { folder },
    );
    await imap.append(
      rawEmail({
        from: 'ann@client.example',
        to: 'sales@acme.example',
        subject: 'Re: Re: Our offer',
        text: 'Me too',
        messageId: replyToReply,
        references: [outgoing.message_id!, reply],
      }),
      { folder },
    );
    await imap.append(
      rawEmail({
        from: 'zoe@client.example',
        to: 'sales@acme.example',
        subject: `AW: Our offer [#${token.toLowerCase()}]`,
        text: 'Forwarded',
        messageId: lostHeaders,
      }),
      { folder },
    );
    await imap.append(
      rawEmail({
        from: 'zoe@client.example',
        to: 'sales@acme.example',
        subject: 'Our offer',
        text: 'A new question',
        messageId: unrelated,
      }),
      { folder },
    );
    const mailbox = await mailboxOf(owner, folder);
    expect((await poll(owner, mailbox.id)).imported).toBe(4);

    for (const id of [reply, replyToReply, lostHeaders]) {
      const email = await emailByMessageId(owner, id);
      expect(email).toMatchObject({ threadId: outgoing.thread_id, threadToken: token });
    }
    expect((await emailByMessageId(owner, unrelated)).threadId).not.toBe(outgoing.thread_id);
  });

  it('stores attachments in the file store and serves them for download to those who may read the email', async () => {
    const owner = await signUpOwner(t.app);
    await owner.post('/people', { firstName: 'Zoë', emails: [{ email: 'zoe@client.example' }] });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(5000)]);
    const folder = newFolder();
    const messageId = newMessageId();
    await imap.append(
      rawEmail({
        from: 'zoe@client.example',
        to: 'sales@acme.example',
        subject: 'Signed contract',
        text: 'Attached.',
        messageId,
        attachments: [{ filename: 'Smlouva č. 7.pdf', contentType: 'application/pdf', content: pdf }],
      }),
      { folder },
    );
    const mailbox = await mailboxOf(owner, folder);
    await poll(owner, mailbox.id);
    const email = await emailByMessageId(owner, messageId);
    expect(email.attachments).toMatchObject([
      { name: 'Smlouva č. 7.pdf', contentType: 'application/pdf', size: pdf.length },
    ]);
    const path = `/emails/${email.id}/attachments/${email.attachments[0]!.id}`;

    const download = await owner.get(path);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Smlouva%20%C4%8D.%207.pdf");
    expect(download.headers['content-type']).toBe('application/octet-stream');

    // A member reads people, so they read the email of one; another workspace does not see it at all.
    const member = await addMember(owner, 'member');
    expect((await member.get(path)).statusCode).toBe(200);
    const stranger = await signUpOwner(t.app);
    expectProblem(await stranger.get(`/emails/${email.id}`), 404);
    expectProblem(await stranger.get(path), 404);
    expectProblem(await owner.get(`/emails/${email.id}/attachments/${email.id}`), 404);
  });

  it('recognises a delivery-status report: the outgoing message is bounced and the address flagged', async () => {
    const owner = await signUpOwner(t.app);
    const workspaceId = owner.info.workspaceId;
    const outgoingId = await queueEmail(t.app.db, {
      workspaceId,
      to: 'gone@client.example',
      locale: 'en',
      subject: 'Invoice',
      text: 'x',
    });
    const outgoing = await t.app.db
      .selectFrom('outbound_emails')
      .selectAll()
      .where('id', '=', outgoingId)
      .executeTakeFirstOrThrow();
    const folder = newFolder();
    await imap.append(
      rawBounce({
        to: 'sales@acme.example',
        recipient: 'gone@client.example',
        originalMessageId: outgoing.message_id!,
        originalSubject: outgoing.subject,
      }),
      { folder },
    );
    const mailbox = await mailboxOf(owner, folder);
    expect((await poll(owner, mailbox.id)).imported).toBe(1);

    const listed = (await owner.get('/email/outbox?status=bounced')).json<{
      data: { id: string; status: string; bouncedAt: string | null }[];
    }>();
    expect(listed.data).toMatchObject([{ id: outgoingId, status: 'bounced' }]);
    expect(listed.data[0]!.bouncedAt).not.toBeNull();
    const flagged = await t.app.db
      .selectFrom('bounced_addresses')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(flagged).toMatchObject([{ address: 'gone@client.example', outbound_email_id: outgoingId }]);
    expect(flagged[0]!.reason).toMatch(/5\.1\.1.*User unknown/);
    const [report] = await emailsOf(workspaceId);
    expect(report).toMatchObject({ bounce_of: outgoingId });
  });

  it('keeps workspaces apart: mailboxes, emails and their attachments', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const folder = newFolder();
    const messageId = newMessageId();
    await imap.append(
      rawEmail({
        from: 'c@client.example',
        to: 'sales@acme.example',
        subject: 'Shared',
        text: 'x',
        messageId,
      }),
      { folder },
    );
    const mailboxA = await mailboxOf(a, folder);
    const mailboxB = await mailboxOf(b, folder, { username: OTHER_IMAP_USER });
    await imap.append(
      rawEmail({
        from: 'c@client.example',
        to: 'sales@acme.example',
        subject: 'Shared',
        text: 'x',
        messageId,
      }),
      { folder, user: OTHER_IMAP_USER },
    );
    expect((await poll(a, mailboxA.id)).imported).toBe(1);
    // The same Message-ID is a new message in another workspace.
    expect((await poll(b, mailboxB.id)).imported).toBe(1);
    const emailA = (await emailsOf(a.info.workspaceId))[0]!;
    expect((await b.get('/mailboxes')).json<{ data: Mailbox[] }>().data.map((m) => m.id)).toEqual([
      mailboxB.id,
    ]);
    for (const response of [
      await b.get(`/mailboxes/${mailboxA.id}`),
      await b.patch(`/mailboxes/${mailboxA.id}`, { name: 'Mine now' }),
      await b.post(`/mailboxes/${mailboxA.id}/test`),
      await b.post(`/mailboxes/${mailboxA.id}/poll`),
      await b.delete(`/mailboxes/${mailboxA.id}`),
      await b.get(`/emails/${emailA.id}`),
    ])
      expectProblem(response, 404);
    // B's poll of its own mailbox id under A's workspace finds nothing.
    expect(await pollMailbox(t.app.db, t.app.files, a.info.workspaceId, mailboxB.id)).toMatchObject({
      status: 'skipped',
    });
    expect((await a.get(`/mailboxes/${mailboxA.id}`)).json<Mailbox>().name).toBe('Sales inbox');
  });

  it('refuses bad mailbox settings with a 400 naming the field, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const good = {
      name: 'Inbox',
      host: imap.host,
      port: imap.port,
      tls: false,
      username: IMAP_USER,
      password: IMAP_PASSWORD,
      folder: 'INBOX',
    };
    for (const [field, value] of [
      ['port', 0],
      ['port', 70000],
      ['port', '143'],
      ['host', 'not a host'],
      ['host', ''],
      ['tls', 'yes'],
      ['password', ''],
      ['username', ''],
      ['name', ' '],
      ['folder', ''],
    ] as const)
      expectProblem(await owner.post('/mailboxes', { ...good, [field]: value }), 400, field);
    const { password: _password, ...noPassword } = good;
    expectProblem(await owner.post('/mailboxes', noPassword), 400, 'password');
    expect((await owner.get('/mailboxes')).json<{ data: unknown[] }>().data).toEqual([]);
    const mailbox = await mailboxOf(owner, 'INBOX');
    expectProblem(await owner.patch(`/mailboxes/${mailbox.id}`, { port: -1 }), 400, 'port');
    expectProblem(await owner.get('/mailboxes/not-a-uuid'), 400, 'id');
    expect((await owner.get(`/mailboxes/${mailbox.id}`)).json<Mailbox>().port).toBe(imap.port);
  });

  it('shows a wrong password on the mailbox: its test and its status say what the server answered', async () => {
    const owner = await signUpOwner(t.app);
    const mailbox = await mailboxOf(owner, 'INBOX', { password: 'not-the-password' });
    const tested = await owner.post(`/mailboxes/${mailbox.id}/test`);
    expect(tested.statusCode).toBe(200);
    expect(tested.json()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Authentication failed/) as unknown,
    });
    expect((await poll(owner, mailbox.id)).status).toBe('error');
    const status = (await owner.get(`/mailboxes/${mailbox.id}`)).json<Mailbox>();
    expect(status).toMatchObject({
      status: 'error',
      lastError: expect.stringMatching(/Authentication failed/) as unknown,
    });

    // Fixed, it tests and polls cleanly again; the password itself is never shown.
    const fixed = await owner.patch(`/mailboxes/${mailbox.id}`, { password: IMAP_PASSWORD });
    expect(fixed.json()).not.toHaveProperty('password');
    expect((await owner.post(`/mailboxes/${mailbox.id}/test`)).json()).toMatchObject({
      ok: true,
      error: null,
    });
    expect((await poll(owner, mailbox.id)).status).toBe('ok');
    expect((await owner.get(`/mailboxes/${mailbox.id}`)).json<Mailbox>()).toMatchObject({
      status: 'ok',
      lastError: null,
    });
  });

  it('lets only admins manage mailboxes', async () => {
    const owner = await signUpOwner(t.app);
    const mailbox = await mailboxOf(owner, newFolder());
    for (const role of ['manager', 'member', 'viewer']) {
      const someone = await addMember(owner, role);
      for (const response of [
        await someone.get('/mailboxes'),
        await someone.get(`/mailboxes/${mailbox.id}`),
        await someone.post('/mailboxes', { name: 'x', host: 'h', port: 1, username: 'u', password: 'p' }),
        await someone.patch(`/mailboxes/${mailbox.id}`, { enabled: false }),
        await someone.post(`/mailboxes/${mailbox.id}/poll`),
        await someone.delete(`/mailboxes/${mailbox.id}`),
      ])
        expectProblem(response, 403);
    }
    const admin = await addMember(owner, 'admin');
    expect((await admin.get('/mailboxes')).statusCode).toBe(200);
  });

  it('polls on request through one job per mailbox at a time', async () => {
    const owner = await signUpOwner(t.app);
    const folder = newFolder();
    await imap.append(
      rawEmail({ from: 'c@client.example', to: 'sales@acme.example', subject: 'Now', text: 'x' }),
      { folder },
    );
    const mailbox = await mailboxOf(owner, folder);
    // Two polls asked for in one transaction are one job.
    const [first, second] = await t.app.db
      .transaction()
      .execute(async (trx) => [
        await enqueue(
          trx,
          pollMailboxJob,
          { mailboxId: mailbox.id },
          { workspaceId: owner.info.workspaceId, dedupeKey: mailbox.id },
        ),
        await enqueue(
          trx,
          pollMailboxJob,
          { mailboxId: mailbox.id },
          { workspaceId: owner.info.workspaceId, dedupeKey: mailbox.id },
        ),
      ]);
    expect(second).toEqual({ id: first.id, created: false });
    await waitFor(
      async () => (await owner.get(`/mailboxes/${mailbox.id}`)).json<Mailbox>().importedCount === 1,
      { what: 'the queued poll' },
    );

    await imap.append(
      rawEmail({ from: 'c@client.example', to: 'sales@acme.example', subject: 'Later', text: 'x' }),
      { folder },
    );
    const asked = await owner.post(`/mailboxes/${mailbox.id}/poll`);
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toMatchObject({ queued: true });
    await waitFor(
      async () => (await owner.get(`/mailboxes/${mailbox.id}`)).json<Mailbox>().importedCount === 2,
      { what: 'the poll asked for' },
    );
  });
});
