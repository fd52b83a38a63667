// The `attest` command's entry. The sampling commands (sample, sample-size, udl) work on files alone, so they are
// dispatched before the rest of the application loads: an auditor's check starts in a fraction of a second instead
// of loading the server, the database drivers and every service first. `attest --help` still lists them.
const SAMPLING_COMMANDS = new Set(['sample', 'sample-size', 'udl']);

if (SAMPLING_COMMANDS.has(process.argv[2] ?? '')) {
  const { runSamplingCommand } = await import('./sampling.ts');
  await runSamplingCommand(process.argv);
} else {
  const { run } = await import('./program.ts');
  await run(process.argv);
}
