// Loaded on demand (see Markdown.tsx): react-markdown and remark-gfm are only needed where text is previewed.
import { Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

const plugins = [remarkGfm];

export default function MarkdownRenderer({ children, fz }: { children: string; fz: 'xs' | 'sm' | 'md' }) {
  return (
    <Typography fz={fz} className="markdown">
      <ReactMarkdown remarkPlugins={plugins}>{children}</ReactMarkdown>
    </Typography>
  );
}
