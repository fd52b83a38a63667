// Deciding an evidence file's content type from its bytes, and refusing files whose name or declared
// type says something else, or that are programs. The byte signature is read by the shell (the
// `file-type` package) and passed in as `sniffed`; everything else here looks only at the first bytes.
import { extensionOf } from './file-name.ts';

export interface SniffedType {
  ext: string;
  mime: string;
}

export interface ContentTypeInput {
  /** The sanitized file name. */
  fileName: string;
  /** The Content-Type the client declared for the file part, if any. */
  declared: string | undefined;
  /** What a signature scan of the head found, if anything. */
  sniffed: SniffedType | undefined;
  /** The first bytes of the content. */
  head: Uint8Array;
  /** The whole content's size (to know whether the head is all of it). */
  size: number;
}

export type ContentTypeDecision =
  | { ok: true; contentType: string }
  | { ok: false; code: 'evidence_type_mismatch' | 'evidence_type_not_allowed'; message: string };

interface KnownExtension {
  mime: string;
  /** Signatures that legitimately carry this extension (e.g. an .xlsx is a ZIP). */
  accepts?: readonly string[];
  text?: true;
}

const ZIP = 'application/zip';
const CFB = 'application/x-cfb';

/** The extensions we know well enough to hold a file to. Unknown extensions are not judged. */
export const KNOWN_EXTENSIONS: Readonly<Record<string, KnownExtension>> = {
  pdf: { mime: 'application/pdf' },
  png: { mime: 'image/png' },
  jpg: { mime: 'image/jpeg' },
  jpeg: { mime: 'image/jpeg' },
  gif: { mime: 'image/gif' },
  webp: { mime: 'image/webp' },
  tif: { mime: 'image/tiff' },
  tiff: { mime: 'image/tiff' },
  bmp: { mime: 'image/bmp' },
  heic: { mime: 'image/heic', accepts: ['image/heif'] },
  zip: { mime: ZIP },
  gz: { mime: 'application/gzip' },
  tgz: { mime: 'application/gzip' },
  '7z': { mime: 'application/x-7z-compressed' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', accepts: [ZIP] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', accepts: [ZIP] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', accepts: [ZIP] },
  odt: { mime: 'application/vnd.oasis.opendocument.text', accepts: [ZIP] },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', accepts: [ZIP] },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation', accepts: [ZIP] },
  doc: { mime: 'application/msword', accepts: [CFB] },
  xls: { mime: 'application/vnd.ms-excel', accepts: [CFB] },
  ppt: { mime: 'application/vnd.ms-powerpoint', accepts: [CFB] },
  msg: { mime: 'application/vnd.ms-outlook', accepts: [CFB] },
  mp4: { mime: 'video/mp4', accepts: ['video/quicktime', 'video/x-m4v'] },
  mov: { mime: 'video/quicktime', accepts: ['video/mp4'] },
  webm: { mime: 'video/webm' },
  mp3: { mime: 'audio/mpeg' },
  wav: { mime: 'audio/wav' },
  txt: { mime: 'text/plain', text: true },
  log: { mime: 'text/plain', text: true },
  csv: { mime: 'text/csv', text: true },
  tsv: { mime: 'text/tab-separated-values', text: true },
  json: { mime: 'application/json', text: true },
  md: { mime: 'text/markdown', text: true },
  xml: { mime: 'application/xml', text: true },
  html: { mime: 'text/html', text: true },
  htm: { mime: 'text/html', text: true },
  svg: { mime: 'image/svg+xml', text: true },
  yaml: { mime: 'application/yaml', text: true },
  yml: { mime: 'application/yaml', text: true },
  eml: { mime: 'message/rfc822', text: true },
};

/** Signatures of native programs. */
const EXECUTABLE_MIMES = new Set(['application/x-elf', 'application/x-msdownload', 'application/x-mach-binary', 'application/x-executable', 'application/vnd.microsoft.portable-executable']);
/** Extensions that name programs or scripts, whatever their bytes. */
const EXECUTABLE_EXTENSIONS = new Set(['exe', 'dll', 'msi', 'com', 'scr', 'bat', 'cmd', 'ps1', 'vbs', 'sh', 'bash', 'command', 'apk', 'elf']);

/** Declared types that say nothing (browsers send these for unknown files) or that browsers send loosely. */
const UNINFORMATIVE_DECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/x-unknown', 'application/unknown']);

/** Types a browser may show inline (with a sandboxing CSP); everything else is downloaded. */
export const INLINE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'text/csv']);

export function isPreviewable(contentType: string): boolean {
  return INLINE_TYPES.has(contentType);
}

/** True when the head is UTF-8 text without NUL bytes (a multi-byte character cut at the head's end is allowed). */
export function looksLikeText(head: Uint8Array, size: number): boolean {
  if (head.length === 0) return false;
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < size });
    return true;
  } catch {
    return false;
  }
}

function startsWithShebang(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return head[i] === 0x23 && head[++i] === 0x21; // "#!"
}

const normalize = (mime: string | undefined) => (mime ?? '').split(';')[0]!.trim().toLowerCase();
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
  'application/x-zip-compressed': ZIP,
  'application/x-gzip': 'application/gzip',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/mp3': 'audio/mpeg',
  'text/x-csv': 'text/csv',
  'application/csv': 'text/csv',
  'text/json': 'application/json',
  'text/xml': 'application/xml',
};
const canonical = (mime: string) => ALIASES[mime] ?? mime;
const isTextType = (mime: string) => mime.startsWith('text/') || mime === 'application/json' || mime === 'application/xml' || mime === 'application/yaml' || mime === 'image/svg+xml' || mime === 'message/rfc822';

const mismatch = (message: string): ContentTypeDecision => ({ ok: false, code: 'evidence_type_mismatch', message });
const notAllowed = (message: string): ContentTypeDecision => ({ ok: false, code: 'evidence_type_not_allowed', message });

/**
 * The stored content type: from the byte signature when there is one, else text (named by a known
 * text extension, else text/plain), else application/octet-stream. Refuses programs, and files whose
 * known extension or informative declared type disagrees with the bytes.
 */
export function decideContentType(input: ContentTypeInput): ContentTypeDecision {
  const ext = extensionOf(input.fileName);
  const text = looksLikeText(input.head, input.size);
  // A signature is believed unless the bytes are plain text that merely starts like one
  // ("MZ" is also how a memo may start); XML is text with a declared shape.
  const sniffed = input.sniffed && input.sniffed.mime !== 'application/xml' && !(text && EXECUTABLE_MIMES.has(input.sniffed.mime)) ? input.sniffed : undefined;

  if ((sniffed && EXECUTABLE_MIMES.has(sniffed.mime)) || (text && startsWithShebang(input.head))) {
    return notAllowed('Programs and scripts are not accepted as evidence; upload a document, export, screenshot or archive of the output instead.');
  }
  if (EXECUTABLE_EXTENSIONS.has(ext)) return notAllowed(`Files named .${ext} are programs or scripts and are not accepted as evidence.`);

  const known = KNOWN_EXTENSIONS[ext];
  let contentType: string;
  if (sniffed) {
    const found = canonical(sniffed.mime);
    if (known && known.mime !== found && !(known.accepts ?? []).includes(found)) {
      return mismatch(`The file is named .${ext} but its content is ${found}.`);
    }
    contentType = known ? known.mime : found;
  } else if (text) {
    if (known && !known.text) return mismatch(`The file is named .${ext} but its content is plain text.`);
    contentType = known ? known.mime : input.sniffed?.mime === 'application/xml' ? 'application/xml' : 'text/plain';
  } else {
    if (known) return mismatch(`The file is named .${ext} but its content is not a ${ext.toUpperCase()} file.`);
    contentType = 'application/octet-stream';
  }

  const declared = canonical(normalize(input.declared));
  if (!UNINFORMATIVE_DECLARED.has(declared) && declared !== contentType) {
    const declaredText = isTextType(declared);
    const actualText = isTextType(contentType);
    // Browsers label files loosely (a CSV as application/vnd.ms-excel on Windows, any text as text/plain),
    // so only a clear disagreement counts: text declared for binary bytes, or one specific known binary
    // type declared for another.
    const declaredKinds = Object.values(KNOWN_EXTENSIONS).filter((k) => k.mime === declared);
    const knownDeclared = declaredKinds.length > 0;
    const looselyLabelledText = actualText && (declaredText || declared === 'application/vnd.ms-excel');
    const sameContainer = (known?.accepts ?? []).includes(declared) || declaredKinds.some((k) => (k.accepts ?? []).includes(contentType));
    if (!looselyLabelledText && !sameContainer && (declaredText || knownDeclared)) {
      return mismatch(`The file was sent as ${declared} but its content is ${contentType}.`);
    }
  }
  return { ok: true, contentType };
}
