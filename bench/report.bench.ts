// The SOC 2 report: a generated Type II engagement with 150 controls and 5,000 sample results (sample sizes summing to
// 5,000, ten controls with exceptions) built into the report model and rendered to PDF and to DOCX, each in its own
// process so that its peak RSS is its own. The reference, measured in the same run: the same document rendered to
// HTML (a string renderer, no layout engine).
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildReportModel, type ReportInput } from '../src/domain/report-model/index.ts';
import { reportDocument } from '../src/render/report/blocks.ts';

const CONTROLS = 150;
const RESULTS = 5_000;

function generatedInput(): ReportInput {
  const criteria = Array.from({ length: 33 }, (_, i) => ({ id: `CC${Math.floor(i / 4) + 1}.${(i % 4) + 1}`, category: 'security', title: `Criterion ${i + 1}` }));
  const controls = Array.from({ length: CONTROLS }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    code: `CTL-${String(i + 1).padStart(3, '0')}`,
    title: `Control ${i + 1}`,
    description: `The team reviews item group ${i + 1} on a schedule, records the review in the ticketing system and follows up every finding until it is closed.`,
    criteria: [criteria[i % criteria.length]!.id, criteria[(i * 7) % criteria.length]!.id],
  }));
  const base = Math.floor(RESULTS / CONTROLS);
  const tests = controls.map((c, i) => {
    const sampleSize = base + (i < RESULTS - base * CONTROLS ? 1 : 0);
    const exception = i % 15 === 0;
    return {
      controlId: c.id,
      procedures: [
        { type: 'inquiry' as const, text: 'Inquired of the control owner about how the control operates.' },
        { type: 'inspection' as const, text: `Inspected a sample of ${sampleSize} occurrences for evidence of review and follow-up.` },
      ],
      sampleSize,
      populationSize: sampleSize * 10,
      conclusion: exception ? ('exceptions_noted' as const) : ('operating_effectively' as const),
      resultText: exception ? `Exception noted: 1 of ${sampleSize} sampled items was reviewed late.` : 'No exceptions noted.',
      exceptions: exception ? [{ id: `x-${i}`, description: `1 of ${sampleSize} sampled items was reviewed late.`, managementResponse: 'Reviews now have a calendar reminder and a backup reviewer.' }] : [],
    };
  });
  return {
    reportType: 'type2', asOf: null, periodStart: '2026-01-01', periodEnd: '2026-12-31', reportDate: '2027-02-15',
    serviceOrganization: { name: 'Bench Co' }, firm: { name: 'Bench CPAs', city: 'Denver, Colorado' },
    system: {
      name: 'Bench Platform', servicesProvided: 'A hosted platform.\n\n- payroll\n- reporting', boundaries: 'Production only.', commitments: [], incidents: '',
      components: { infrastructure: [], software: [], people: [], procedures: [], data: [] }, cuecs: [], subserviceOrganizations: [], notRelevant: [], significantChanges: [],
    },
    categories: [], criteria, controls, tests,
    opinion: { opinion: 'unqualified', basis: '', affectedCriteria: [] },
    assertion: { acceptedBy: 'admin@bench.example', acceptedAt: '2027-02-10' },
  } as ReportInput;
}

async function renderOnce(format: 'pdf' | 'docx' | 'html'): Promise<{ seconds: number; peakRssMb: number; bytes: number }> {
  const start = performance.now();
  const spec = { ...reportDocument(buildReportModel(generatedInput()), { draft: false }), createdAt: new Date('2027-02-15T00:00:00Z') };
  let bytes: number;
  if (format === 'pdf') bytes = (await (await import('../src/render/pdf/render.ts')).renderPdf(spec)).length;
  else if (format === 'docx') bytes = (await (await import('../src/render/docx/render.ts')).renderDocx(spec)).length;
  else bytes = Buffer.byteLength((await import('../src/render/html/render.ts')).renderHtml(spec, { standalone: true }));
  const seconds = Number(((performance.now() - start) / 1000).toFixed(2));
  return { seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes };
}

const mode = process.argv[2];
if (mode === 'pdf' || mode === 'docx' || mode === 'html') {
  console.log(JSON.stringify(await renderOnce(mode)));
} else {
  const run = (format: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), format], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
  const [pdf, docx, html] = [run('pdf'), run('docx'), run('html')];
  console.log(JSON.stringify({ bench: 'report', controls: CONTROLS, sampleResults: RESULTS, pdf, docx, reference: { html } }));
}
