// Outgoing mail: sent through SMTP when ATTEST_SMTP_URL is configured, logged at info when not.
// Mail is only ever sent after the change it reports has committed; a failure is logged, never thrown.
import nodemailer, { type Transporter } from 'nodemailer';
import { pino, type Logger } from 'pino';
import type { Config } from '../config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

let logger: MailLogger | null = null;
const transports = new Map<string, Transporter>();
const pending = new Set<Promise<void>>();

/** Where the mailer logs (the server passes its own logger; tests capture). */
export function useMailLogger(l: MailLogger): void {
  logger = l;
}

function log(config: Config): MailLogger {
  logger ??= pino({ name: 'attest-mail', level: config.logLevel }) as Logger as MailLogger;
  return logger;
}

function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

async function sendOne(config: Config, mail: Mail): Promise<void> {
  const l = log(config);
  if (!config.smtpUrl) {
    l.info({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, 'mail not sent (ATTEST_SMTP_URL is not set)');
    return;
  }
  try {
    await transportFor(config.smtpUrl).sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
    l.info({ to: mail.to, subject: mail.subject }, 'mail sent');
  } catch (err) {
    l.warn({ err: err instanceof Error ? { message: err.message } : String(err), to: mail.to, subject: mail.subject }, 'mail could not be sent');
  }
}

/** Sends the mails in the background (call after the transaction commits). */
export function sendMails(config: Config, mails: readonly Mail[]): void {
  for (const mail of mails) {
    const p = sendOne(config, mail).finally(() => pending.delete(p));
    pending.add(p);
  }
}

/** Waits until every mail started so far has been sent or has failed (for shutdown and tests). */
export async function flushMail(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

/** Closes the SMTP connections (at shutdown). */
export function closeMail(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
