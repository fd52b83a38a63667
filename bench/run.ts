// `npm run bench`: runs every bench/*.bench.ts in its own process, one after the other; each prints one JSON line.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  execFileSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' });
}
