// The Node-side tests and the SSR middleware run the TypeScript sources in Node. esbuild bundles
// the server entry points from src/ (dependencies stay external, so Node resolves lit, React and
// @lit-labs/ssr to their Node builds) into one cache folder, with shared chunks, so every entry
// sees the same element classes. Types are checked by `tsc`, not here.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';
import { REACT_18_ALIAS } from './react-node.mjs';

const root = new URL('../../', import.meta.url);
// One folder per process (node --test runs files in parallel), removed when the process ends.
const processDir = new URL(`node_modules/.cache/news-elements-ssr/${process.pid}/`, root).pathname;
const entries = { ssr: 'src/ssr/index.ts', schema: 'src/schema/index.ts', react: 'src/react/server.ts' };

const builds = new Map();

/**
 * The Node build of one package entry: `ssr` (news-elements/ssr), `schema` or `react` (the server
 * side of news-elements/react). All are built together once; each is imported only when asked for,
 * so a process that renders pages never loads React. `react: 18` builds them as a React 18 app
 * sees them (`react` imports mean react-18; load React 18 itself with react-node.mjs). Use one
 * build per process: each has its own copy of the element classes. `minified: true` minifies the
 * templates as the build does (scripts/minify-templates.mjs), for pages that a built browser file
 * hydrates: hydration needs the server's template text to be the client's.
 */
export async function loadSource(name, { react = 19, minified = false } = {}) {
  const key = minified ? 'minified' : `react-${react}`;
  const outdir = `${processDir}${key}/`;
  if (!builds.has(key)) builds.set(key, buildTo(outdir, react, minified));
  await builds.get(key);
  return import(`${outdir}${name}.mjs`);
}

async function buildTo(outdir, react, minified) {
  mkdirSync(outdir, { recursive: true });
  process.once('exit', () => rmSync(processDir, { recursive: true, force: true }));
  await build({
    absWorkingDir: root.pathname,
    entryPoints: entries,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
    outExtension: { '.js': '.mjs' },
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    ...(react === 18 && { alias: REACT_18_ALIAS }),
    plugins: minified ? [minifiedTemplates] : [],
  });
}

const minifiedTemplates = {
  name: 'minified-templates',
  setup(build) {
    build.onLoad({ filter: /\/src\/.+\.ts$/ }, async ({ path }) => {
      const code = readFileSync(path, 'utf8');
      return { contents: (await minifyTemplates(code, path)) ?? code, loader: 'ts' };
    });
  },
};
