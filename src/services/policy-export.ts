// A policy version as a PDF document: title block, approval and review facts, mapped criteria and
// controls, then the Markdown body. Versions that are not approved carry a diagonal watermark.
// A read: nothing is recorded in the ledger.
import type { Policy, PolicyVersionSummary } from '../contract/policies.ts';
import { CRITERIA } from '../domain/catalog/index.ts';
import { addMonths } from '../domain/policies/review.ts';
import { getControl } from '../db/controls.ts';
import { getOrganization } from '../db/organizations.ts';
import { plainText, text, type Block, type DocumentSpec, type Inline } from '../render/blocks.ts';
import { markdownToBlocks } from '../render/markdown-blocks.ts';
import { renderPdf } from '../render/pdf/render.ts';
import type { Ctx, Deps } from './context.ts';
import { authorize } from './gate.ts';
import { policyOr404, presentPolicy } from './policies.ts';
import { presentVersions, versionOr404 } from './policy-versions.ts';

const CRITERION_TITLES = new Map(CRITERIA.map((c) => [c.id, c.title]));

export interface PolicyControlRef {
  code: string;
  title: string;
  status: 'active' | 'retired';
}

export interface PolicyDocumentInput {
  organization: string;
  policy: Policy;
  version: PolicyVersionSummary;
  body: string;
  controls: PolicyControlRef[];
  createdAt: Date;
}

const STATUS_LABEL: Record<PolicyVersionSummary['status'], string> = { draft: 'Draft', in_review: 'In review', approved: 'Approved', retired: 'Retired (superseded)' };

/** The watermark for a version's status: none once approved. */
export function watermarkFor(status: PolicyVersionSummary['status']): string | undefined {
  if (status === 'approved') return undefined;
  return status === 'retired' ? 'SUPERSEDED' : 'DRAFT';
}

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The document for one version (pure: everything it shows is passed in). */
export function policyDocument(input: PolicyDocumentInput): DocumentSpec {
  const { policy, version } = input;
  const approved = version.approvedAt && version.approvedBy ? `${version.approvedBy.name} (${version.approvedBy.email}) on ${when(version.approvedAt)}` : version.approvedAt ? when(version.approvedAt) : null;
  const nextReview = version.status === 'approved' && version.approvedAt ? addMonths(version.approvedAt, policy.reviewIntervalMonths) : null;
  const facts: Array<{ label: string; value: Inline[] }> = [
    { label: 'Policy', value: text(policy.key, { code: true }) },
    { label: 'Version', value: text(String(version.number)) },
    { label: 'Status', value: text(STATUS_LABEL[version.status], { bold: true }) },
    { label: 'Approved by', value: approved ? text(approved) : text('Not approved', { italic: true }) },
    ...(version.publishedAt ? [{ label: 'Published', value: text(when(version.publishedAt)) }] : []),
    ...(policy.owner ? [{ label: 'Owner', value: text(policy.owner.name) }] : []),
    { label: 'Review interval', value: text(`Every ${policy.reviewIntervalMonths} month${policy.reviewIntervalMonths === 1 ? '' : 's'}`) },
    { label: 'Next review', value: nextReview ? text(nextReview) : text(version.status === 'retired' ? 'Superseded by a later version' : 'Set when this version is approved', { italic: true }) },
    ...(version.changeNote ? [{ label: 'Change note', value: text(version.changeNote) }] : []),
  ];

  const mapping: Block[] = [];
  if (policy.criteria.length) {
    mapping.push(
      { kind: 'heading', level: 2, text: text('Trust Services Criteria addressed') },
      { kind: 'table', header: [text('Criterion'), text('Summary')], rows: policy.criteria.map((id) => [text(id), text(CRITERION_TITLES.get(id) ?? '')]), widths: [70, '*'] },
    );
  }
  if (input.controls.length) {
    mapping.push(
      { kind: 'heading', level: 2, text: text('Related controls') },
      { kind: 'table', header: [text('Control'), text('Title'), text('Status')], rows: input.controls.map((c) => [text(c.code), text(c.title), text(c.status === 'active' ? 'Active' : 'Retired')]), widths: [70, '*', 60] },
    );
  }

  const body = markdownToBlocks(input.body);
  // The title block already shows the policy's title: drop a first heading that repeats it.
  const [first] = body;
  if (first?.kind === 'heading' && first.level === 1 && normalize(plainText(first.text)) === normalize(policy.title)) body.shift();
  const tocWorthy = [...mapping, ...body].filter((b) => b.kind === 'heading' && b.level <= 2).length >= 4;

  return {
    title: policy.title,
    subtitle: `Version ${version.number} · ${STATUS_LABEL[version.status]}`,
    organization: input.organization,
    watermark: watermarkFor(version.status),
    subject: `${policy.title}, version ${version.number}`,
    keywords: ['policy', policy.key, ...policy.criteria],
    createdAt: input.createdAt,
    blocks: [{ kind: 'facts', rows: facts }, ...(tocWorthy ? [{ kind: 'toc', title: 'Contents' } as Block] : []), ...mapping, ...body],
  };
}

const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export async function exportPolicyVersionPdf(deps: Deps, ctx: Ctx, id: string, n: number): Promise<{ filename: string; body: Buffer }> {
  const scope = authorize(ctx, 'policy.read');
  const row = await policyOr404(deps.db, scope, id);
  const versionRow = await versionOr404(deps.db, scope, id, n);
  const policy = await presentPolicy(deps, deps.db, scope, row);
  const [version] = await presentVersions(deps.db, [versionRow]);
  const organization = await getOrganization(deps.db, scope);
  const controls: PolicyControlRef[] = [];
  for (const controlId of policy.controlIds) {
    const c = await getControl(deps.db, scope, controlId);
    if (c) controls.push({ code: c.code, title: c.title, status: c.status });
  }
  controls.sort((a, b) => a.code.localeCompare(b.code));
  const doc = policyDocument({ organization: organization?.name ?? '', policy, version: version!, body: versionRow.body, controls, createdAt: deps.now() });
  return { filename: `${policy.key}-v${n}.pdf`, body: await renderPdf(doc) };
}
