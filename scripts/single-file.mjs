// How the single files for browsers are built (dist/news-elements.js, -hydrate.js, -islands.js):
// one minified module with Lit inlined, and the code it loads on demand as sibling chunks. Shared
// by scripts/build.mjs and the tests that load a built file (test/support/ssr-middleware.mjs builds
// the island loader into a temp folder this way).
import { dirname, basename } from 'node:path';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { purifyArgumentsPlugin } from './purify-arguments.mjs';

export const singleFiles = [
  ['news-elements', 'src/index.ts'],
  ['news-elements-hydrate', 'src/ssr/hydrate.ts'],
  ['news-elements-islands', 'src/islands.ts'],
];

/** The length of a chunk's content hash: each name is written in the file that fetches it, so a
 * shorter one is fewer bytes on every first load. Rolldown asks for 7 characters once a build has
 * more than 64 chunks, as the island loader's has (65: every element and helper its own). */
export const HASH_LENGTH = 7;

/**
 * A chunk's file name, after its module; the island loader's element registrations are named after
 * their folder (`news-elements-islands-figure-<hash>.js`, fetched as a figure wakes), not seven
 * `define`s, and the single files' (an element defined on sight) `news-elements-gallery-define-…`. A language's table has no hash (`news-elements-fr.js`): it is data only, read key by
 * key with English behind each key, so even a copy from another build shows the right words, and
 * 21 names fetched from the first load are shorter. scripts/size.mjs reads the names.
 */
const chunkName = (name) => (chunk) => {
  const id = chunk.facadeModuleId ?? '';
  if (basename(dirname(id)) === 'i18n') return `${name}-[name].js`;
  // An element's registration fetched on demand is named after its folder, not `define`.
  const folder = basename(id) === 'define.ts' && basename(dirname(id));
  const island = name === 'news-elements-islands' && folder;
  return `${name}-${island ? folder : folder ? `${folder}-define` : '[name]'}-[hash:${HASH_LENGTH}].js`;
};

/**
 * Marks an entry for Chromium's (136+) eager compilation: its functions are then compiled on a
 * background thread while the file streams in, instead of one by one on the main thread when first
 * called (most of a single file's functions run before a story page's first paint). Added after
 * minification, which drops comments; other engines read a comment.
 */
const compileHint = () => ({
  name: 'news-compile-hint',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
});

/** What a chunk loads statically, at any depth, apart from the entry (always there first). */
function staticImports(bundle, file, found = new Set()) {
  for (const dep of bundle[file]?.imports ?? [])
    if (!bundle[dep].isEntry && !found.has(dep)) staticImports(bundle, dep, found.add(dep));
  return found;
}

/**
 * Asks for an on-demand chunk's own imports together with it. A browser finds a module's imports
 * only once it has the module, so a chunk importing another (the teaser list's code imports the
 * timer it shares with the live blog; the feed parser, the excerpt cleaner) would cost a round trip
 * more before the list is drawn: on a phone's network, 100 ms or more each. Vite preloads these
 * in applications but not in library builds. `import("./list.js")` becomes
 * `Promise.all([import("./list.js"),import("./timer.js")]).then(m=>m[0])`, which fails as the
 * import alone would when any of them fails to load. `leave(chunk, imported)` keeps some as they are.
 */
const fetchImportsTogether = (leave = () => false) => ({
  name: 'news-fetch-imports-together',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const loaded = staticImports(bundle, chunk.fileName);
      chunk.code = chunk.code.replace(/import\((["'`])\.\/([^"'`]+)\1\)/g, (call, quote, file) => {
        if (leave(chunk, bundle[file])) return call;
        const more = [...staticImports(bundle, file)].filter(
          (dep) => dep !== chunk.fileName && !loaded.has(dep),
        );
        const load = (f) => `import(${quote}./${f}${quote})`;
        return more.length ? `Promise.all([${[file, ...more].map(load).join()}]).then(m=>m[0])` : call;
      });
    }
  },
});

/**
 * Has each chunk import, besides what it imports, what those import at any depth, so that a browser
 * asks for them all as soon as it has the chunk instead of one level of imports per round trip. The
 * imports are added after the chunk's own (import declarations may stand anywhere at the top
 * level and run in the order written), and each of them is already run by one of those: what runs,
 * and in which order, does not change.
 */
const importDepsDirectly = () => ({
  name: 'news-import-deps-directly',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const more = [...staticImports(bundle, chunk.fileName)].filter((dep) => !chunk.imports.includes(dep));
      if (more.length) chunk.code += `\n${more.map((dep) => `import"./${dep}";`).join('')}`;
    }
  },
});

/** Lit, its hydration support and the directives the elements use: one chunk of the island loader's. */
const LIT = /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit|@lit-labs)[\\/]/;

/**
 * How the island loader wakes an element over a phone's network: two round trips, where it took
 * five. Lit with its hydration support (src/ssr/lit-hydrate.ts, fetched with Lit's chunk) and the
 * element's module (src/islands.ts asks for both at once), then every module that one imports, at
 * any depth, at once. The loader itself does not name each element's imports beside it: that would
 * cost it half its size again.
 */
const islandPlugins = () => [
  importDepsDirectly(),
  fetchImportsTogether(
    (chunk, imported) => chunk.isEntry && /[\\/]define\.ts$/.test(imported.facadeModuleId),
  ),
];

/** Builds the single file `name` from `entry` into `outDir` (which it does not empty). */
export function buildSingleFile(name, entry, outDir, root = process.cwd()) {
  const islands = name === 'news-elements-islands';
  return build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [
      minifyTemplatesPlugin(),
      purifyArgumentsPlugin(),
      ...(islands ? islandPlugins() : [compileHint(), fetchImportsTogether()]),
    ],
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rollupOptions: {
        // Lets the entry export what the on-demand chunks share with it, so it stays one file
        // instead of a facade over a shared chunk.
        preserveEntrySignatures: 'allow-extension',
        // Rolldown's advice on slow plugins (the template minifier) is noise in a test run.
        checks: { pluginTimings: false },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: chunkName(name),
          // Vite minifies an ES library without whitespace removal and keeps the /*#__PURE__*/
          // notes, for bundlers that would minify it again; these files go straight to browsers.
          minify: true,
          comments: false,
          // Everything the entry imports statically stays in the entry. Rolldown's own merging
          // leaves a module in a chunk of its own once two on-demand chunks share it with the
          // entry (Lit, as soon as a second element was defined on sight): the single file would
          // then be a page's first of several requests.
          codeSplitting: {
            groups: [
              { name: 'first-load', tags: ['$initial'] },
              ...(islands ? [{ name: 'lit', test: LIT }] : []),
            ],
          },
        },
      },
    },
  });
}
