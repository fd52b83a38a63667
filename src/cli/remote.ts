// Commands that act as a user through the HTTP API (ATTEST_URL, ATTEST_TOKEN).
import type { Command } from 'commander';

interface ErrorReply { error?: { code: string; message: string; fields?: { path: string; message: string }[] } }

async function errorOf(res: Response): Promise<Error> {
  const body = (await res.json().catch(() => null)) as ErrorReply | null;
  if (!body?.error) return new Error(`HTTP ${res.status}`);
  const fields = (body.error.fields ?? []).map((f) => `\n  ${f.path}: ${f.message}`).join('');
  return new Error(`${body.error.code}: ${body.error.message}${fields}`);
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const base = (process.env.ATTEST_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
  const token = process.env.ATTEST_TOKEN;
  if (!token) throw new Error('Set ATTEST_TOKEN to an API token (Settings → API tokens, or `attest token create`).');
  const res = await fetch(base + path, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
  if (!res.ok) throw await errorOf(res);
  return res;
}

export async function call(path: string): Promise<Response> {
  return send(path);
}

/** POSTs a JSON body as the token; errors (with their field errors) are thrown. */
export async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await send(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as T;
}

export function apiCommand(program: Command) {
  program.command('whoami').description('Show the organization and role of ATTEST_TOKEN').action(async () => {
    const org = (await (await call('/api/v1/organization')).json()) as { name: string; kind: string };
    console.log(`${org.name} (${org.kind})`);
  });
  program.command('members').description('List the members of the token\'s organization').action(async () => {
    const { members } = (await (await call('/api/v1/members')).json()) as { members: { email: string; name: string; role: string }[] };
    for (const m of members) console.log(`${m.role.padEnd(20)} ${m.email.padEnd(40)} ${m.name}`);
  });
  program
    .command('audit-log')
    .description('Print the audit log as CSV (filters as in the web app)')
    .option('--actor <text>')
    .option('--action <text>')
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--to <date>', 'YYYY-MM-DD')
    .action(async (o: Record<string, string>) => {
      const query = new URLSearchParams(Object.entries(o).filter(([, v]) => v)).toString();
      process.stdout.write(await (await call(`/api/v1/audit-log/export.csv${query ? `?${query}` : ''}`)).text());
    });
}
