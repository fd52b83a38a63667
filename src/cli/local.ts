// Runs a local command against the instance's database, then closes it.
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { loadConfig } from '../config.ts';
import { openRuntime, type Runtime } from '../runtime.ts';

export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(loadConfig());
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

export async function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('Set ATTEST_PASSWORD, or run this command in a terminal to be asked for the password.');
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => rl.question(question, resolve));
  muted = true;
  const password = await answer;
  rl.close();
  process.stdout.write('\n');
  return password;
}
