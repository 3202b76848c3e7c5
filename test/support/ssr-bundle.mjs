// The Node-side tests and the SSR middleware run the TypeScript sources in Node. esbuild bundles
// the server entry points from src/ (dependencies stay external, so Node resolves lit, React and
// @lit-labs/ssr to their Node builds) into one cache folder, with shared chunks, so every entry
// sees the same element classes. Types are checked by `tsc`, not here.
import { mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
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
 * build per process: each has its own copy of the element classes.
 */
export async function loadSource(name, { react = 19 } = {}) {
  const outdir = `${processDir}react-${react}/`;
  if (!builds.has(react)) builds.set(react, buildTo(outdir, react));
  await builds.get(react);
  return import(`${outdir}${name}.mjs`);
}

async function buildTo(outdir, react) {
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
  });
}
