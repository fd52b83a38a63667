// `attest report list | get | verify`: the operator's view of issued reports, run against the instance's database.
// `verify` answers whether a file is an issued report byte for byte: exit 0 when it is (replaced or not, said in the
// output), 1 when it is not.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { listAllReports } from '../db/reports.ts';
import { downloadReportAsOperator, verifyReportFile } from '../services/reports.ts';
import { withRuntime } from './local.ts';

const periodOf = (r: { asOfDate: string | null; periodStart: string | null; periodEnd: string | null }) =>
  r.asOfDate ? `as of ${r.asOfDate}` : `${r.periodStart} to ${r.periodEnd}`;
const TYPE = { type1: 'Type I', type2: 'Type II' } as const;

export function reportCommand(program: Command) {
  const report = program.command('report').description('Issued SOC 2 reports on this instance');
  report
    .command('list')
    .description('Print the issued reports: id, organization, type, period, version, SHA-256 (tab-separated)')
    .action(async () => {
      const rows = await withRuntime(({ deps }) => listAllReports(deps.db));
      if (rows.length === 0) console.error('No report is issued yet.');
      for (const r of rows) console.log([r.id, r.organizationName, TYPE[r.reportType], periodOf(r), `v${r.version}`, r.pdfSha256].join('\t'));
    });
  report
    .command('get')
    .description('Write an issued report\'s PDF (byte for byte what was signed) to a file')
    .argument('<id>', 'the report id (from `attest report list`)')
    .requiredOption('--out <file>', 'where to write the PDF')
    .action(async (id: string, o: { out: string }) => {
      await withRuntime(async ({ deps }) => {
        const file = await downloadReportAsOperator(deps, id);
        await pipeline(file.stream, fs.createWriteStream(o.out));
        console.log(`wrote ${o.out} (${file.size} bytes, SHA-256 ${file.sha256})`);
      });
    });
  report
    .command('verify')
    .description('Say whether a file is an issued report, which version, by which firm, for which organization and period, and whether it was replaced')
    .argument('<file>', 'the PDF to check')
    .action(async (file: string) => {
      const bytes = fs.readFileSync(file);
      const result = await withRuntime(({ deps }) => verifyReportFile(deps, bytes));
      if (!result.report) {
        console.log(`NOT ISSUED: ${file} (SHA-256 ${result.sha256}) is not an issued report byte for byte`);
        if (result.copy) console.log(`  it is a copy of report ${result.copy.reportId} stamped for ${result.copy.recipient} on ${result.copy.downloadedAt.slice(0, 10)} (trust portal)`);
        process.exitCode = 1;
        return;
      }
      const r = result.report;
      console.log(`ISSUED: ${r.organizationName}, ${TYPE[r.reportType]} ${periodOf(r)}, version ${r.version}, by ${r.firmName}, dated ${r.reportDate}`);
      console.log(`  report ${r.id}, SHA-256 ${r.pdfSha256}`);
      console.log(`  signature: ${r.signatureValid ? 'valid' : 'INVALID'} (Ed25519 key ${r.keyId})`);
      console.log(r.replacedBy ? `  REPLACED by version ${r.replacedBy.version} (${r.replacedBy.id}) on ${r.replacedBy.issuedAt.slice(0, 10)}` : '  current: not replaced');
      if (!r.signatureValid) process.exitCode = 1;
    });
}
