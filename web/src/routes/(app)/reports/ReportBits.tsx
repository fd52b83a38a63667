// Small pieces every report view shares: the short SHA-256 with a copy button, the download links of an issued
// version, and the "Replaced by vN" badge.
import { ActionIcon, Badge, Button, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { formatDate } from '../../../components/format.ts';
import { REPORT_FORMATS, type ReportSummary } from '../../../contract.ts';
import { FORMAT_LABELS, reportFileUrl, shortSha } from './reportData.ts';

export function ShaCode({ sha256 }: { sha256: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={sha256} maw={360} multiline>
        <Code data-testid="report-sha256" data-sha256={sha256}>{shortSha(sha256)}</Code>
      </Tooltip>
      <CopyButton value={sha256} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy the SHA-256'} withArrow>
            <ActionIcon size="sm" variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label="Copy the SHA-256">
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

export function ReportDownloads({ report }: { report: Pick<ReportSummary, 'id' | 'version'> }) {
  return (
    <Group gap={4} wrap="nowrap">
      {REPORT_FORMATS.map((f) => (
        <Button key={f} component="a" href={reportFileUrl(report.id, f)} download size="compact-xs" variant="default" leftSection={<IconDownload size={12} />}
          aria-label={`Download version ${report.version} as ${FORMAT_LABELS[f]}`}>
          {FORMAT_LABELS[f]}
        </Button>
      ))}
    </Group>
  );
}

export function ReplacedBadge({ replacedBy }: { replacedBy: ReportSummary['replacedBy'] }) {
  if (!replacedBy) return null;
  return (
    <Tooltip label={`Replaced on ${formatDate(replacedBy.issuedAt)}`} withArrow>
      <Badge color="orange" variant="light" tt="none" data-testid="report-replaced">Replaced by v{replacedBy.version}</Badge>
    </Tooltip>
  );
}
