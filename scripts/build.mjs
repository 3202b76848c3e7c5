// `npm run build`: everything a site or a bundler needs, in dist/.
//   1. custom-elements.json from the sources' JSDoc (the analyzer);
//   2. per-component ES modules mirroring src/ (lit and dompurify stay external, for bundlers);
//   3. dist/news-elements.js: ONE minified module with Lit inlined that defines every element, for a
//      plain <script type="module">; the sanitiser is a sibling chunk loaded only when needed;
//   4. .d.ts typings; 5. the theme CSS files, each followed by the elements' boxes before their
//      script runs (src/preload.ts), and those rules alone as themes/preload.css.
// The html`` and css`` templates of src/ are minified in every JavaScript output
// (scripts/minify-templates.mjs); the server renderer and the client therefore share the same
// template text, which hydration needs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { componentFolders } from './components.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { buildSingleFile, singleFiles } from './single-file.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const components = componentFolders();

rmSync('dist', { recursive: true, force: true });
run('npx', ['cem', 'analyze', '--quiet']);

const entries = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  'text/excerpt': 'src/text/excerpt.ts',
  'ssr/index': 'src/ssr/index.ts',
  'ssr/hydrate': 'src/ssr/hydrate.ts',
  islands: 'src/islands.ts',
  'react/index': 'src/react/index.ts',
  'react/server': 'src/react/server.ts',
  'schema/index': 'src/schema/index.ts',
  preload: 'src/preload.ts',
  ...Object.fromEntries(components.map((c) => [`${c}/define`, `src/${c}/define.ts`])),
};

// Per-component modules for bundlers: readable, tree-shakeable, dependencies external.
await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [minifyTemplatesPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    target: 'es2022',
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^dompurify$/, /^react(-dom)?(\/|$)/, /^node:/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// The single file for plain HTML pages. Lit is inlined (production build); DOMPurify is a
// dynamic import, so it becomes a sibling chunk that pages writing their own markup never fetch.
// The hydrating variant (for pages rendered by news-elements/ssr) is built the same way, apart,
// so that each file stands alone; so is the island loader, whose elements (and Lit) are chunks it
// fetches one by one (scripts/single-file.mjs).
for (const [name, entry] of singleFiles) await buildSingleFile(name, entry, 'dist');

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// Every theme carries the preload rules (src/preload.ts), so a page that links one does not shift.
const { preloadFile, themeFile } = await import(pathToFileURL('dist/preload.js').href);
mkdirSync('dist/themes', { recursive: true });
for (const theme of readdirSync('src/themes').filter((f) => f.endsWith('.css'))) {
  writeFileSync(`dist/themes/${theme}`, themeFile(readFileSync(`src/themes/${theme}`, 'utf8')));
}
writeFileSync('dist/themes/preload.css', preloadFile());
console.log(`Built dist/ with ${components.length} components: ${components.join(', ')}`);
