// Minifies the html`` and css`` template literals of src/**/*.ts, with minify-literals
// (html-minifier-terser and clean-css): for the build through a Vite plugin, and for the size
// measurement, whose esbuild plugin calls `minifyTemplates`. JavaScript minifiers leave template
// text alone, and the indentation and comments of the templates were a large share of the shipped
// bytes.
//
// What must survive, and why these options:
// - Whitespace in html`` is text: "by <span>name</span>", or a template that starts with a space
//   because it follows another one. `conservativeCollapse` turns every run of whitespace into one
//   space and never removes it, which is exactly how the browser renders it anyway (no template
//   renders into `white-space: pre`).
// - Lit's markers: `@TEMPLATE_EXPRESSION();` stands in for each `${}` while minifying, so bindings
//   in text, attributes (`.prop`, `?bool`, `@event` keep their case and prefixes) and element
//   positions are put back where they were.
// - Empty attributes (`alt=""`) mean something: `removeEmptyAttributes` is off.
// - CSS: clean-css level 1 only (no merging or reordering of rules); custom property values such as
//   `var(--a, var(--b, x))` are kept as written. A browser reads every sheet exactly as before
//   (checked by comparing the parsed rules), apart from the order of selectors within a list.
// minify-literals skips a whole file that mentions unsafeCSS (tokens.styles.ts puts the token rule
// on other selectors that way); the interpolation is a placeholder like any other, so the name is
// hidden from that check and restored, with the same length so positions do not move. A rule whose
// selector is an interpolation is not minified at all (clean-css warns of an empty selector).
import { minifyHTMLLiterals } from 'minify-literals';

const minifyOptions = {
  conservativeCollapse: true,
  removeEmptyAttributes: false,
  minifyJS: false,
  // clean-css would write `background: none` as `0 0` and `outline: none` as `0`: the same look,
  // other computed values. Values stay as written.
  minifyCSS: { level: { 1: { optimizeBackground: false, optimizeOutline: false } } },
};

const HIDDEN = [
  ['unsafeCSS', 'unsafeC$S'],
  ['unsafeHTML', 'unsafeH$ML'],
];

/** Source whose html`` and css`` literals are minified, or `undefined` when nothing changed. */
export async function minifyTemplates(code, fileName) {
  if (!/\b(html|css|svg)`/.test(code)) return undefined;
  let source = code;
  for (const [name, stand] of HIDDEN) source = source.replaceAll(name, stand);
  const result = await minifyHTMLLiterals(source, { fileName, minifyOptions, generateSourceMap: false });
  if (!result) return undefined;
  let out = result.code;
  for (const [name, stand] of HIDDEN) out = out.replaceAll(stand, name);
  return out;
}

const isSource = (id) => /\/src\/.+\.ts$/.test(id.split('?')[0]) && !id.includes('/node_modules/');

/** Vite / Rollup plugin: minifies the templates of src/**\/*.ts before TypeScript is compiled. */
export function minifyTemplatesPlugin() {
  return {
    name: 'news-minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!isSource(id)) return null;
      const out = await minifyTemplates(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}
