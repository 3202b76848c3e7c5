/**
 * Every colour pair the themes ship meets WCAG 2.2 AA: 4.5:1 for text, 3:1 for focus indicators.
 * The ratios are computed from the files themselves (src/themes/*.css, fetched as text, imports
 * and media conditions followed) layered over the built-in defaults in
 * src/internal/tokens.styles.ts, which are also checked on their own: that is what a page with no
 * theme file shows. A new theme file is checked without a new test.
 */
import { expect } from '@open-wc/testing';
import { loadThemes } from './support/quality.js';

type Palette = Map<string, string>;

/** Pairs of tokens (without the --news-color- prefix) and the ratio each must reach. */
const pairs: [foreground: string, background: string, minimum: number, role: string][] = [
  ['text', 'background', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'text on panels'],
  ['text-muted', 'background', 4.5, 'captions, datelines'],
  ['text-muted', 'surface', 4.5, 'labels on panels'],
  ['link', 'background', 4.5, 'links'],
  ['link', 'surface', 4.5, 'links on panels'],
  ['link-visited', 'background', 4.5, 'visited links'],
  ['accent', 'background', 4.5, 'kickers and labels in the accent colour'],
  ['on-accent', 'accent', 4.5, 'text on accent badges'],
  ['focus-ring', 'background', 3, 'focus indicator'],
  ['focus-ring', 'surface', 3, 'focus indicator on panels'],
];

const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** sRGB bytes of `colour` composited over `under` (any CSS colour the browser understands). */
function rgb(colour: string, under = '#ffffff'): [number, number, number] {
  // fillStyle silently keeps its old value when given something it cannot parse.
  context.fillStyle = '#010203';
  context.fillStyle = colour;
  if (context.fillStyle === '#010203' && colour.trim().toLowerCase() !== '#010203') {
    throw new Error(`not a colour: "${colour}"`);
  }
  const fill = context.fillStyle;
  context.fillStyle = under;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = fill;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio; a translucent foreground is composited over the (opaque) background. */
function contrast(foreground: string, background: string): number {
  const bg = rgb(background);
  const fg = rgb(foreground, `rgb(${bg.join(',')})`);
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** --news-color-* defaults from the `var(--news-color-x, literal)` chains in tokens.styles.ts. */
async function builtInDefaults(): Promise<Palette> {
  const source = await (await fetch('/src/internal/tokens.styles.ts')).text();
  const palette: Palette = new Map();
  for (const [, name, value] of source.matchAll(/var\(--news-(color-[\w-]+),\s*([^;]+?)\)\s*;/g)) {
    palette.set(name!, value!.trim());
  }
  return palette;
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * The palettes one theme file can produce: declarations outside any media condition, and for
 * each media condition (an `@import ... (prefers-color-scheme: dark)` or `@media` block) those
 * plus the conditional ones. Returns [condition label, declarations] pairs.
 */
async function themePalettes(url: string): Promise<[string, Palette][]> {
  const base: Palette = new Map();
  const conditional = new Map<string, Palette>();
  const add = (into: Palette, css: string) => {
    for (const [, name, value] of css.matchAll(/--news-(color-[\w-]+)\s*:\s*([^;}]+)/g))
      into.set(name!, value!.trim());
  };
  const read = async (
    href: string,
    into: (condition: string | null) => Palette,
    condition: string | null,
  ) => {
    const response = await fetch(href);
    expect(response.ok, `${href} loads`).to.equal(true);
    let css = stripComments(await response.text());
    for (const [statement, target, media] of css.matchAll(
      /@import\s+(?:url\()?\s*['"]([^'"]+)['"]\s*\)?\s*([^;]*);/g,
    )) {
      const nested = (media ?? '').trim() || condition;
      await read(new URL(target!, new URL(href, location.href)).href, into, nested);
      css = css.replace(statement, '');
    }
    // @media blocks: find each, match its braces, and read its body under the condition.
    let at: number;
    while ((at = css.search(/@media\b/)) >= 0) {
      const open = css.indexOf('{', at);
      let depth = 1;
      let end = open + 1;
      for (; end < css.length && depth; end++) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0;
      const media = css.slice(at + 6, open).trim();
      add(into(condition ? `${condition} and ${media}` : media), css.slice(open + 1, end - 1));
      css = css.slice(0, at) + css.slice(end);
    }
    add(into(condition), css);
  };
  await read(
    url,
    (condition) => {
      if (!condition) return base;
      if (!conditional.has(condition)) conditional.set(condition, new Map());
      return conditional.get(condition)!;
    },
    null,
  );
  return [
    ['', base],
    ...[...conditional].map(([condition, palette]): [string, Palette] => [
      condition,
      new Map([...base, ...palette]),
    ]),
  ];
}

/** The concrete value of a token: var() references resolved in the palette, then the defaults. */
function resolve(palette: Palette, defaults: Palette, token: string, seen = new Set<string>()): string {
  const raw = palette.get(token) ?? defaults.get(token);
  if (raw === undefined) throw new Error(`--news-${token} has no value and no default`);
  if (seen.has(token)) throw new Error(`--news-${token} refers to itself`);
  seen.add(token);
  return raw.replace(
    /var\(\s*--news-([\w-]+)\s*(?:,\s*([^)]+))?\)/g,
    (_m, name: string, fallback?: string) =>
      palette.has(name) || defaults.has(name) ? resolve(palette, defaults, name, seen) : (fallback ?? ''),
  );
}

function failures(palette: Palette, defaults: Palette): string[] {
  const out: string[] = [];
  for (const [fg, bg, minimum, role] of pairs) {
    const foreground = resolve(palette, defaults, `color-${fg}`);
    const background = resolve(palette, defaults, `color-${bg}`);
    const ratio = contrast(foreground, background);
    if (ratio < minimum) {
      out.push(`${fg} ${foreground} on ${bg} ${background}: ${ratio.toFixed(2)}:1 < ${minimum}:1 (${role})`);
    }
  }
  return out;
}

const defaults = await builtInDefaults();
const themes = await loadThemes();

describe('contrast of every shipped colour pair (WCAG 2.2 AA)', () => {
  it('computes ratios the way WCAG defines them', () => {
    // Known values: the test of the tests.
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#ffffff', '#ffffff')).to.be.closeTo(1, 0.001);
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrast('rgb(0 0 0 / 0.5)', '#ffffff')).to.be.closeTo(3.95, 0.1);
    expect(contrast('hsl(0 0% 46.3%)', 'white')).to.be.closeTo(4.54, 0.05);
    expect(() => contrast('var(--missing)', '#fff')).to.throw(/not a colour/);
  });

  it('rejects a palette that fails, naming the pair', () => {
    const weak: Palette = new Map([
      ['color-text-muted', '#999999'],
      ['color-focus-ring', '#eeeeee'],
    ]);
    const found = failures(weak, defaults);
    expect(found.some((f) => f.startsWith('text-muted #999999 on background'))).to.equal(true);
    expect(found.some((f) => f.startsWith('focus-ring #eeeeee on background'))).to.equal(true);
  });

  it('reads every colour default from tokens.styles.ts', () => {
    for (const [fg, bg] of pairs) {
      expect(defaults.has(`color-${fg}`), `default for --news-color-${fg}`).to.equal(true);
      expect(defaults.has(`color-${bg}`), `default for --news-color-${bg}`).to.equal(true);
    }
  });

  it('built-in defaults (a page with no theme file)', () => {
    expect(failures(new Map(), defaults)).to.deep.equal([]);
  });

  it('finds the theme files', () => {
    expect(themes).to.include.members(['light', 'dark']);
  });

  for (const theme of themes) {
    it(`${theme}.css`, async () => {
      const palettes = await themePalettes(`/src/themes/${theme}.css`);
      const problems = palettes.flatMap(([condition, palette]) =>
        failures(palette, defaults).map((f) => (condition ? `${condition}: ${f}` : f)),
      );
      expect(problems.join('\n'), `${theme}.css`).to.equal('');
    });
  }
});
