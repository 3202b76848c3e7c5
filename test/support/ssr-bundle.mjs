// The Node-side tests and the SSR middleware run the TypeScript sources in Node. esbuild bundles
// the server entry points from src/ (dependencies stay external, so Node resolves lit, React and
// @lit-labs/ssr to their Node builds) into one cache folder, with shared chunks, so every entry
// sees the same element classes. Types are checked by `tsc`, not here.
import { mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
// One folder per process (node --test runs files in parallel), removed when the process ends.
const outdir = new URL(`node_modules/.cache/news-elements-ssr/${process.pid}/`, root).pathname;
const entries = { ssr: 'src/ssr/index.ts', schema: 'src/schema/index.ts', react: 'src/react/server.ts' };

let building;

/**
 * The Node build of one package entry: `ssr` (news-elements/ssr), `schema` or `react` (the server
 * side of news-elements/react). All are built together once; each is imported only when asked for,
 * so a process that renders pages never loads React.
 */
export async function loadSource(name) {
  building ??= (async () => {
    mkdirSync(outdir, { recursive: true });
    process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
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
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
  })();
  await building;
  return import(`${outdir}${name}.mjs`);
}
