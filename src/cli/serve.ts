// `attest serve`: open the instance, migrate, listen, and shut down gracefully on SIGINT/SIGTERM.
import path from 'node:path';
import type { Config } from '../config.ts';
import { buildApp } from '../http/app.ts';
import { openRuntime, ROOT_DIR, VERSION } from '../runtime.ts';
import { pruneExpired } from '../services/housekeeping.ts';
import { sendDueReminders } from '../services/requests.ts';
import { closeMail, flushMail, useMailLogger } from '../services/mailer.ts';

export async function serve(config: Config) {
  const rt = await openRuntime(config);
  const app = await buildApp({
    deps: rt.deps,
    driver: rt.database.driver,
    version: VERSION,
    webDir: path.join(ROOT_DIR, 'web', 'dist'),
    logger: { level: config.logLevel },
  });
  const housekeeping = setInterval(() => {
    pruneExpired(rt.deps).catch((err: unknown) => app.log.warn({ err }, 'housekeeping failed'));
    // Request due reminders: hourly is fine, each is given at most once a day.
    sendDueReminders(rt.deps).catch((err: unknown) => app.log.warn({ err }, 'request reminders failed'));
  }, 3600_000);
  useMailLogger(app.log);
  housekeeping.unref();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    clearInterval(housekeeping);
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await flushMail();
    closeMail();
    await rt.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`attest ${VERSION} on http://localhost:${config.port} (${rt.database.driver === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`);
}
