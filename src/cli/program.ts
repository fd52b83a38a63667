// The `attest` command's full program (main.ts loads it for every command but the sampling ones). Local commands (serve, migrate, verify, user/token create, catalog import) open the
// instance's database like `npm start`; user commands call the HTTP API with ATTEST_URL and ATTEST_TOKEN.
import { Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { DataDirInUseError } from '../db/client.ts';
import { useMailLogger } from '../services/mailer.ts';
import { AppError } from '../services/errors.ts';
import { withRuntime, promptPassword } from './local.ts';
import { formatFailure, verifyInstance } from '../ledger/verify.ts';
import { createTokenLocally, createUserLocally } from '../services/local-accounts.ts';
import { importCatalogFile } from './catalog-import.ts';
import { createDemo } from '../services/demo.ts';
import { apiCommand } from './remote.ts';
import { programExportCommands } from './program-exports.ts';
import { peopleCommand } from './people-import.ts';
import { evidenceCommand } from './evidence.ts';
import { requestsCommand } from './requests.ts';
import { samplingCommands } from './sampling.ts';
import { reportCommand } from './report.ts';
import { ORGANIZATION_KINDS, ROLES } from '../contract/roles.ts';
import { VERSION } from '../runtime.ts';

const program = new Command('attest').description('attest: SOC 2 program and examination').version(VERSION);

program.command('serve').description('Serve the web app and the API (what `npm start` runs)').action(async () => {
  const { serve } = await import('./serve.ts'); // the HTTP server's modules load only for `serve`
  await serve(loadConfig());
});

program.command('migrate').description('Apply database migrations and exit').action(async () => {
  await withRuntime(async () => console.log('migrations applied'));
});

program
  .command('verify')
  .description('Recompute every ledger hash chain, check every checkpoint signature, re-hash every blob; prints ok or each failure')
  .action(async () => {
    const report = await withRuntime(({ deps }) => verifyInstance(deps));
    const counts = `${report.checkedEntries} entries, ${report.checkpoints} checkpoints, ${report.checkedBlobs} blobs`;
    if (report.failures.length === 0) {
      console.log(`ok ${counts}`);
      return;
    }
    for (const f of report.failures) console.log(formatFailure(f));
    console.log(`${report.failures.length} failure(s) in ${counts}`);
    process.exitCode = 1;
  });

const user = program.command('user').description('Manage users on this instance');
user
  .command('create')
  .description('Create a user (and the organization when it does not exist); password from ATTEST_PASSWORD or the prompt')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--org <name>', 'organization name')
  .addOption(new Option('--kind <kind>', 'kind of a new organization').choices(ORGANIZATION_KINDS).default('service_org'))
  .addOption(new Option('--role <role>').choices(ROLES).makeOptionMandatory())
  .action(async (o: { email: string; name: string; org: string; kind: 'service_org' | 'audit_firm'; role: (typeof ROLES)[number] }) => {
    const password = process.env.ATTEST_PASSWORD ?? (await promptPassword('Password for the new user: '));
    const result = await withRuntime(({ deps }) => createUserLocally(deps, { ...o, password }));
    console.log(`created ${o.email} as ${o.role} in ${result.organizationName}${result.createdOrganization ? ' (new organization)' : ''}`);
  });

const token = program.command('token').description('Manage API tokens on this instance');
token
  .command('create')
  .description('Create an API token for a member; prints the secret once')
  .requiredOption('--email <email>')
  .requiredOption('--org <name>', 'organization name')
  .addOption(new Option('--role <role>').choices(ROLES).makeOptionMandatory())
  .option('--name <name>', 'label shown in the token list', 'CLI')
  .action(async (o: { email: string; org: string; role: (typeof ROLES)[number]; name: string }) => {
    const result = await withRuntime(({ deps }) => createTokenLocally(deps, o));
    console.log(result.secret);
  });

const catalog = program.command('catalog').description('The Trust Services Criteria catalog');
catalog
  .command('import')
  .description('Replace titles, descriptions and points of focus with licensed text (CSV or JSON); all or nothing')
  .argument('<file>')
  .action(async (file: string) => {
    const n = await withRuntime(({ deps }) => importCatalogFile(deps, file));
    console.log(`imported licensed text for ${n} criteria`);
  });

program.command('demo').description('Create the demo organization (idempotent) and print its users\' credentials').action(async () => {
  // The demo's requests notify made-up addresses: keep "mail not sent" lines out of the command's output.
  useMailLogger({ info: () => undefined, warn: (_obj, msg) => console.error(msg) });
  const result = await withRuntime(({ deps }) => createDemo(deps));
  console.log(result.created ? `Created the demo organization "${result.organization}".` : `The demo organization "${result.organization}" already exists; nothing changed.`);
  console.log(`Its auditor, "${result.firm}", has users too. Log in with any of these (password: ${result.password}):`);
  for (const u of result.users) console.log(`  ${u.role.padEnd(20)} ${u.email}`);
});

apiCommand(program);
programExportCommands(program);
peopleCommand(program);
evidenceCommand(program);
requestsCommand(program);
samplingCommands(program);
reportCommand(program);

export async function run(argv: readonly string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`error (${err.code}): ${err.message}`);
    } else if (err instanceof DataDirInUseError) {
      console.error(`error (data_dir_in_use): ${err.message}`);
    } else {
      console.error(err instanceof Error ? `error: ${err.message}` : err);
    }
    process.exitCode = 1;
  }
}
