// Notification email: through a real SMTP server on loopback (smtp-server) when ATTEST_SMTP_URL is set,
// only after the change commits; a failing server is logged, never an error; no SMTP → logged at info.
import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember, makeTestApp, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { closeMail, flushMail, useMailLogger } from '../src/services/mailer.ts';

interface Received { from: string; to: string[]; raw: string }
const received: Received[] = [];
const logged: { level: 'info' | 'warn'; obj: Record<string, unknown>; msg: string }[] = [];
let smtp: SMTPServer;
let port: number;

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return p;
}

beforeAll(async () => {
  useMailLogger({ info: (obj, msg) => logged.push({ level: 'info', obj: obj as Record<string, unknown>, msg }), warn: (obj, msg) => logged.push({ level: 'warn', obj: obj as Record<string, unknown>, msg }) });
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  port = (smtp.server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  closeMail();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Quoted-printable soft line breaks and escapes undone, so bodies can be matched. */
const decoded = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe('with SMTP configured', () => {
  let t: TestApp;
  let admin: Agent;
  let assigneeId: string;
  beforeAll(async () => {
    t = await makeTestApp({ env: { ATTEST_SMTP_URL: `smtp://127.0.0.1:${port}`, ATTEST_MAIL_FROM: 'attest <noreply@acme.test>', ATTEST_PUBLIC_URL: 'https://attest.acme.test' } });
    admin = (await setupInstance(t)).agent;
    assigneeId = (await inviteMember(t, admin, 'emma@acme.test', 'employee', 'Emma Employee')).userId;
  });
  afterAll(async () => { await flushMail(); await t.close(); });

  it('mails the assignee when a request is assigned, with a link into the app', async () => {
    received.length = 0;
    const res = await admin.post('/api/v1/requests', { title: 'Firewall rule review', assigneeId, dueOn: '2030-01-15' });
    expect(res.statusCode, res.body).toBe(201);
    await flushMail();
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.from).toBe('noreply@acme.test');
    expect(mail.to).toEqual(['emma@acme.test']);
    const text = decoded(mail.raw);
    expect(text).toContain('Subject: Request assigned to you: Firewall rule review');
    expect(text).toContain('owner@acme.test assigned you the request "Firewall rule review". It is due on 2030-01-15.');
    expect(text).toContain(`https://attest.acme.test/requests/${res.json().id}`);
    expect(logged.some((l) => l.level === 'info' && l.msg === 'mail sent' && l.obj.to === 'emma@acme.test')).toBe(true);
  });

  it('sends nothing when the change fails (mail only after commit)', async () => {
    received.length = 0;
    const res = await admin.post('/api/v1/requests', { title: 'Bad', assigneeId, controlIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(res.statusCode).toBe(400);
    await flushMail();
    expect(received).toEqual([]);
    expect((await admin.get('/api/v1/requests?q=Bad')).json().requests).toEqual([]);
  });

  it('does not mail people about their own actions', async () => {
    received.length = 0;
    const adminId = (await admin.get('/api/v1/session')).json().user.id;
    expect((await admin.post('/api/v1/requests', { title: 'Mine', assigneeId: adminId })).statusCode).toBe(201);
    await flushMail();
    expect(received).toEqual([]);
  });
});

describe('with an SMTP server that is down', () => {
  it('still makes the change and logs the failure', async () => {
    const t = await makeTestApp({ env: { ATTEST_SMTP_URL: `smtp://127.0.0.1:${await freePort()}` } });
    try {
      const admin = (await setupInstance(t)).agent;
      const { userId } = await inviteMember(t, admin, 'emma@acme.test', 'employee', 'Emma Employee');
      logged.length = 0;
      const res = await admin.post('/api/v1/requests', { title: 'Unlucky', assigneeId: userId });
      expect(res.statusCode).toBe(201);
      await flushMail();
      expect(logged.filter((l) => l.level === 'warn').map((l) => [l.msg, l.obj.to])).toEqual([['mail could not be sent', 'emma@acme.test']]);
      // The in-app notification is there all the same
      expect((await admin.get(`/api/v1/requests/${res.json().id}`)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('without SMTP', () => {
  it('logs the message at info instead of sending it', async () => {
    const t = await makeTestApp();
    try {
      const admin = (await setupInstance(t)).agent;
      const { userId, agent } = await inviteMember(t, admin, 'emma@acme.test', 'employee', 'Emma Employee');
      logged.length = 0;
      received.length = 0;
      await admin.post('/api/v1/requests', { title: 'Logged only', assigneeId: userId });
      await flushMail();
      expect(received).toEqual([]);
      const entry = logged.find((l) => l.msg === 'mail not sent (ATTEST_SMTP_URL is not set)');
      expect(entry?.level).toBe('info');
      expect(entry?.obj.mail).toMatchObject({ to: 'emma@acme.test', subject: 'Request assigned to you: Logged only' });
      expect((await agent.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 1 });
    } finally {
      await t.close();
    }
  });
});
