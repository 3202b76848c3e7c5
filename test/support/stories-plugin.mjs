// A @web/dev-server plugin that lets the generic quality tests find everything by themselves:
// a new story file, a new component folder or a new theme is covered without anyone writing a
// test for it. It serves three virtual modules, listed fresh from the disk on every request:
//
//   /__news/stories.js   `storyFiles`: { 'stories/x.stories.ts': () => import('/stories/x.stories.ts') }
//   /__news/elements.js  `elements`:   [{ tag, folder, load: () => import('/src/x/define.ts') }]
//   /__news/themes.js    `themes`:     ['auto', 'dark', 'light', ...] (src/themes/*.css)
//
// Imports are lazy so that one broken story file fails its own tests, not the whole suite.
// It also serves Vite's `?raw` / `?inline` imports, which stories may use and Storybook supports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const STORY_FILE = /\.stories\.(ts|js)$/;
// defineElement('news-x', Class) or customElements.define('news-x', Class)
const DEFINE_CALL = /(?:defineElement|customElements\.define)\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]/g;

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'assets' ? [] : walk(path);
      return [path];
    })
    .sort();
}

const urlOf = (root, path) => `/${relative(root, path).split(sep).join('/')}`;

export function storyModules(root) {
  const files = walk(join(root, 'stories')).filter((f) => STORY_FILE.test(f));
  const entries = files.map((file) => {
    const url = urlOf(root, file);
    return `  ${JSON.stringify(url.slice(1))}: () => import(${JSON.stringify(url)}),`;
  });
  return `export const storyFiles = {\n${entries.join('\n')}\n};\n`;
}

export function elementModules(root) {
  const src = join(root, 'src');
  const folders = existsSync(src)
    ? readdirSync(src, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(src, d.name, 'define.ts')))
        .map((d) => d.name)
        .sort()
    : [];
  const entries = folders.flatMap((folder) => {
    const define = join(src, folder, 'define.ts');
    const tags = [...readFileSync(define, 'utf8').matchAll(DEFINE_CALL)].map((m) => m[1]);
    const url = JSON.stringify(urlOf(root, define));
    return tags.map(
      (tag) =>
        `  { tag: ${JSON.stringify(tag)}, folder: ${JSON.stringify(folder)}, load: () => import(${url}) },`,
    );
  });
  return `export const elements = [\n${entries.join('\n')}\n];\n`;
}

export function themeModules(root) {
  const dir = join(root, 'src', 'themes');
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.css'))
        .map((f) => f.slice(0, -4))
        .sort()
    : [];
  return `export const themes = ${JSON.stringify(names)};\n`;
}

/**
 * Vite's `?raw` and `?inline` imports (a story showing a stylesheet or a source file as text):
 * the file's text as a module's default export, as Vite serves it to Storybook.
 */
function rawModule(root, context) {
  const params = new URLSearchParams(context.querystring);
  if (!params.has('raw') && !params.has('inline')) return undefined;
  const file = join(root, context.path);
  if (!file.startsWith(root) || !existsSync(file)) return undefined;
  return { body: `export default ${JSON.stringify(readFileSync(file, 'utf8'))};\n`, type: 'js' };
}

/** @param {{ root?: string }} [options] the repository root (defaults to the working directory) */
export function storiesPlugin({ root = process.cwd() } = {}) {
  const modules = {
    '/__news/stories.js': storyModules,
    '/__news/elements.js': elementModules,
    '/__news/themes.js': themeModules,
  };
  return {
    name: 'news-stories',
    serve(context) {
      const make = modules[context.path];
      if (make) return { body: make(root), type: 'js', headers: { 'cache-control': 'no-store' } };
      return rawModule(root, context);
    },
  };
}
