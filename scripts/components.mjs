// What counts as a component: a folder of src/ with a define.ts (src/internal has one for the
// registration guard itself, and is not a component). The build and the size budgets share this.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function componentFolders(root = '.') {
  const src = join(root, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'internal' && existsSync(join(src, d.name, 'define.ts')))
    .map((d) => d.name);
}
