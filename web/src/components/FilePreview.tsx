// Shows a stored file in the page when the browser can do so safely: images as <img>, PDFs in a frame
// (from a local copy, since the server serves them sandboxed), text and CSV from their first 200 KB.
import { Alert, Code, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { parseCsv, previewKind } from './FilePreviewFormat.ts';
import { SectionLoader } from './FullPageLoader.tsx';

const TEXT_LIMIT = 200 * 1024;
const PDF_LIMIT = 30 * 1024 * 1024;

/** Reads at most `limit` bytes of a response body, then stops the download. */
async function readHead(response: Response, limit: number): Promise<{ text: string; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= limit) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const all = new Uint8Array(Math.min(size, limit));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, Math.min(c.byteLength, all.length - at));
    all.set(part, at);
    at += part.byteLength;
    if (at >= all.length) break;
  }
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(all), truncated };
}

function NoPreview({ children }: { children: string }) {
  return (
    <Alert color="gray" variant="light" icon={<IconEyeOff size={18} />}>
      {children}
    </Alert>
  );
}

export function FilePreview({ url, contentType, size, fileName }: { url: string; contentType: string; size: number; fileName: string }) {
  const kind = previewKind(contentType);
  if (kind === 'image') {
    return (
      <Paper withBorder radius="md" p="xs" ta="center" bg="var(--mantine-color-gray-light)">
        <img src={url} alt={`Preview of ${fileName}`} style={{ maxWidth: '100%', maxHeight: 560, objectFit: 'contain' }} />
      </Paper>
    );
  }
  if (kind === 'pdf') {
    if (size > PDF_LIMIT) return <NoPreview>This PDF is too large to preview here. Download it to read it.</NoPreview>;
    return <PdfPreview url={url} fileName={fileName} />;
  }
  if (kind === 'text' || kind === 'csv') return <TextPreview url={url} csv={kind === 'csv'} />;
  return <NoPreview>{`The browser cannot show this type of file (${contentType}). Download it to open it.`}</NoPreview>;
}

function PdfPreview({ url, fileName }: { url: string; fileName: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    void (async () => {
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (!live) return;
        objectUrl = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
        setSrc(objectUrl);
      } catch {
        if (live) setFailed(true);
      }
    })();
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  if (failed) return <NoPreview>The preview could not be loaded. Download the file to read it.</NoPreview>;
  if (!src) return <SectionLoader label="Loading preview" />;
  return <iframe src={src} title={`Preview of ${fileName}`} style={{ width: '100%', height: 640, border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }} />;
}

function TextPreview({ url, csv }: { url: string; csv: boolean }) {
  const [state, setState] = useState<{ text: string; truncated: boolean } | 'error' | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const response = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        setState(await readHead(response, TEXT_LIMIT));
      } catch {
        if (!controller.signal.aborted) setState('error');
      }
    })();
    return () => controller.abort();
  }, [url]);
  if (state === 'error') return <NoPreview>The preview could not be loaded. Download the file to read it.</NoPreview>;
  if (!state) return <SectionLoader label="Loading preview" />;
  const note = state.truncated ? <Text size="xs" c="dimmed" mt={4}>Showing the first 200 KB. Download the file for the rest.</Text> : null;
  if (csv) {
    // A cut-off file ends in a partial line: leave it out.
    const rows = state.truncated ? parseCsv(state.text, 201).slice(0, -1).slice(0, 200) : parseCsv(state.text);
    const [head, ...body] = rows;
    return (
      <>
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <ScrollArea h={Math.min(480, 40 + rows.length * 32)} type="auto">
            <Table striped withColumnBorders fz="xs" aria-label="CSV preview" stickyHeader>
              {head && <Table.Thead><Table.Tr>{head.map((h, i) => <Table.Th key={i}>{h}</Table.Th>)}</Table.Tr></Table.Thead>}
              <Table.Tbody>
                {body.map((r, i) => <Table.Tr key={i}>{r.map((cell, j) => <Table.Td key={j}>{cell}</Table.Td>)}</Table.Tr>)}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
        {rows.length >= 200 ? <Text size="xs" c="dimmed" mt={4}>Showing the first 200 rows.</Text> : note}
      </>
    );
  }
  return (
    <>
      <ScrollArea.Autosize mah={480} type="auto">
        <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} aria-label="Text preview">{state.text}</Code>
      </ScrollArea.Autosize>
      {note}
    </>
  );
}
