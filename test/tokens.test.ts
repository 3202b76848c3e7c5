/**
 * Design tokens: one global token restyles every component, and the documentation is true.
 * - light.css carries exactly the built-in defaults (a page without a theme looks the same).
 * - Every `--news-*` property an element's own styles read is documented once: a global token in
 *   the one list the Theming page shows (stories/token-table.ts, each with what it is for), any
 *   other in the element's manifest entry, which lists no global token.
 * - Each listed custom property, set on an ancestor, visibly restyles the element in at least one
 *   of its stories, light or dark (computed styles or rendered attributes of its composed tree
 *   change); each global token restyles at least one element. Not observable, so not checked:
 *   :visited colours (browsers hide them from scripts).
 * - Setting `--news-color-text` on a page restyles every element.
 * - A theme applies to a subtree: an element inside `.news-theme-dark` on a light page differs
 *   from the same element outside it.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import {
  allowOurWarnings,
  composedElements,
  imagesSettled,
  loadElements,
  loadStoryFiles,
  settle,
  storiesFor,
  storyShowing,
  useTheme,
  type Story,
} from './support/quality.js';
import { globalTokens } from '../stories/token-table.js';

interface CssProperty {
  name: string;
  default?: string;
}
interface Manifest {
  modules: {
    declarations?: { tagName?: string; customElement?: boolean; cssProperties?: CssProperty[] }[];
  }[];
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Finishes running transitions (a colour fading in), so that a snapshot sees the end state. */
async function steady(root: Element): Promise<void> {
  for (let i = 0; i < 2; i++) {
    for (const el of composedElements(root)) {
      for (const animation of el.getAnimations()) {
        try {
          animation.finish();
        } catch {
          animation.cancel(); // an infinite animation cannot finish
        }
      }
    }
    await frame();
    await settle(root);
  }
}

/**
 * The computed styles (custom properties excluded) and attributes of the whole composed tree. A
 * ::before or ::after that generates no box (content none) shows nothing, so it is left out.
 */
function snapshot(root: Element, { attributes = true } = {}): string[] {
  const out: string[] = [];
  for (const el of composedElements(root)) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      if (pseudo && /^(none|normal)$/.test(style.content)) continue;
      for (let i = 0; i < style.length; i++) {
        const name = style.item(i);
        if (!name.startsWith('--'))
          out.push(`${el.localName}${pseudo ?? ''} ${name}: ${style.getPropertyValue(name)}`);
      }
    }
    if (attributes)
      for (const attr of el.attributes)
        if (attr.name !== 'style') out.push(`${el.localName}[${attr.name}=${attr.value}]`);
  }
  return out;
}

/** A value for `name` that differs from any sensible default. Null: cannot be observed. */
function probeValue({ name, default: fallback = '' }: CssProperty): string | null {
  if (/visited/.test(name)) return null; // browsers hide :visited styles from scripts, by design
  if (/scheme/.test(name)) return 'dark';
  if (/colou?r|background|plate|fill|stroke/.test(name) || /^#|rgb|hsl/.test(fallback)) return 'rgb(1, 2, 3)';
  if (/weight/.test(name)) return /\b[1-4]00\b/.test(fallback) ? '900' : '100';
  if (/line-height/.test(name)) return '3.7';
  if (/transform/.test(name)) return /none/.test(fallback) ? 'lowercase' : 'none';
  if (/ratio/.test(name)) return '1 / 3';
  if (/position/.test(name)) return '3% 97%';
  if (/font(-family)?$|font-(body|headline|ui)$|-font$/.test(name)) return '"Token Probe", monospace';
  if (/measure/.test(name)) return '11ch';
  if (/lines|count|columns/.test(name)) return '5';
  return '37px';
}

/** A custom property to set on an ancestor, and the value to set it to. */
type Probe = [name: string, value: string];

const probes = (properties: CssProperty[]): Probe[] =>
  properties.flatMap((property) => {
    const value = probeValue(property);
    return value === null ? [] : [[property.name, value] as Probe];
  });

/** Probes whose story changed on its own at every try: inconclusive, not inert. */
const unsettled = new Set<string>();

/**
 * Which of `probes`, each set on an ancestor in turn, change anything in the instances of `tag`
 * in `story` (their hosts and composed subtrees): in the default theme or, failing that, the dark
 * one (some properties only show there: a plate behind logos drawn for light pages). The story is
 * rendered once per theme (once more, with a control focused, for focus probes), and each probe
 * set and removed in turn. A probe the tree never held still for is noted in `unsettled`.
 */
async function restyling(story: Story, tag: string, probes: Probe[]): Promise<Set<string>> {
  const found = new Set<string>();
  // A focus ring shows on a focused control: those probes run apart, with a control focused.
  const focus = probes.filter(([name]) => /focus/.test(name));
  for (const [group, focused] of [
    [probes.filter((probe) => !focus.includes(probe)), false],
    [focus, true],
  ] as const) {
    for (const theme of [null, 'dark']) {
      const left = group.filter(([name]) => !found.has(name));
      if (!left.length) break;
      await useTheme(theme);
      const container = document.createElement('div');
      container.style.inlineSize = '1400px';
      document.body.append(container);
      try {
        await story.renderInto(container);
        const instances = [...composedElements(container)].filter((el) => el.localName === tag);
        if (!instances.length) return found;
        if (focused) {
          const control = instances
            .flatMap((el) => [...composedElements(el)])
            .find(
              (el): el is HTMLElement =>
                el instanceof HTMLElement && el.matches('a[href], button, [tabindex]:not([tabindex="-1"])'),
            );
          if (!control) break;
          control.focus();
        }
        await imagesSettled(container);
        await steady(container);
        const state = () => instances.flatMap((el) => snapshot(el)).join('\n');
        let before = state();
        // All at once first: a story none of them restyles (for the last few probes, most stories)
        // is done in one step. Probes that undid each other would be reported unseen, never missed.
        for (const [name, value] of left) container.style.setProperty(name, value);
        await steady(container);
        const all = state();
        for (const [name] of left) container.style.removeProperty(name);
        await steady(container);
        if (all === before && state() === before) continue;
        before = state();
        for (const [name, value] of left) {
          // A probe counts when the tree differs with it and is as before once it is gone. A tree
          // that changed meanwhile on its own (a feed arriving, an image's `loaded`) is measured again.
          for (let attempt = 0; attempt < 3; attempt++) {
            container.style.setProperty(name, value);
            await steady(container);
            const during = state();
            container.style.removeProperty(name);
            await steady(container);
            const after = state();
            const undisturbed = after === before;
            before = after;
            if (!undisturbed) {
              unsettled.add(name);
              continue;
            }
            unsettled.delete(name);
            if (during !== after) found.add(name);
            break;
          }
        }
      } finally {
        container.remove();
      }
    }
  }
  return found;
}

/** The probes that restyle `tag` in none of `stories`. */
async function unseen(probes: Probe[], tag: string, stories: Story[]): Promise<Probe[]> {
  for (const story of stories) {
    if (!probes.length) break;
    const found = await restyling(story, tag, probes);
    probes = probes.filter(([name]) => !found.has(name));
  }
  return probes;
}

const named = ([name, value]: Probe) =>
  `${name}: ${value}${unsettled.has(name) ? ' (the story never held still)' : ''}`;

/** The `--news-*` properties an element's own stylesheets read (the shared token sheet aside). */
function propertiesRead(el: Element): string[] {
  const sheets = el.shadowRoot?.adoptedStyleSheets ?? [];
  const text = sheets
    .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
    .filter((css) => !css.includes('--_font-body:'))
    .join('\n');
  return [...new Set([...text.matchAll(/var\(\s*(--news-[\w-]+)/g)].map((m) => m[1]!))];
}

async function parseTokens(css: string, pattern: RegExp): Promise<Map<string, string>> {
  return new Map([...css.matchAll(pattern)].map((m) => [m[1]!, m[2]!.trim().replace(/\s+/g, ' ')]));
}

const files = await loadStoryFiles();

/** The element's own stories, else every story (restyling() skips those that do not show it). */
async function storiesOf(tag: string): Promise<Story[]> {
  const own = storiesFor(files, tag);
  if (own.length) return own;
  return (await storyShowing(files, tag)) ? files.flatMap((f) => f.stories) : [];
}
const { loaded, failed } = await loadElements();
const manifest = (await (
  await fetch('/custom-elements.json')
)
  .json()
  .catch(() => ({ modules: [] }))) as Manifest;
const documented = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName!, d.cssProperties ?? []]),
);
const globalNames = new Set(globalTokens.map((token) => token.name));

describe('design tokens', function () {
  this.timeout(300000);
  allowOurWarnings();

  // Wide enough for every layout (sidebars, wide figures) to be on screen: the viewport where the
  // browser lets us set it (not through WebDriver), and each story's container in any case.
  before(async () => {
    await setViewport({ width: 1400, height: 1000 }).catch(() => undefined);
  });

  afterEach(() => useTheme(null));

  it('finds the elements, and every one loads', () => {
    expect(failed.map(([tag, error]) => `${tag}: ${String(error)}`)).to.deep.equal([]);
    expect(loaded.length).to.be.greaterThan(0);
  });

  it('light.css carries exactly the built-in defaults of tokens.styles.ts', async () => {
    const source = await (await fetch('/src/internal/tokens.styles.ts')).text();
    const defaults = await parseTokens(source, /var\((--news-[\w-]+),\s*([^;]+?)\)\s*;/g);
    const light = await parseTokens(
      (await (await fetch('/src/themes/light.css')).text()).replace(/\/\*[\s\S]*?\*\//g, ''),
      /(--news-[\w-]+)\s*:\s*([^;]+);/g,
    );
    expect(defaults.size, 'tokens with a default').to.be.greaterThan(20);
    const differences: string[] = [];
    for (const [name, value] of defaults) {
      const inTheme = light.get(name);
      // A default that refers to another token (`var(--_font-body)`) is checked through that token.
      if (value.includes('var(')) continue;
      if (inTheme !== value)
        differences.push(`${name}: default ${value}, light.css ${inTheme ?? '(missing)'}`);
    }
    expect(differences).to.deep.equal([]);
  });

  it('the Theming page lists every global token once, with its default and what it is for', () => {
    expect(globalTokens.length, 'global tokens').to.be.greaterThan(20);
    expect(globalNames.size, 'each token once').to.equal(globalTokens.length);
    expect(
      globalTokens.filter((token) => !token.fallback || !token.purpose).map((token) => token.name),
      'tokens without a default or a purpose in stories/token-table.ts',
    ).to.deep.equal([]);
  });

  it('every global token restyles some element, set on an ancestor', async () => {
    let left = probes(globalTokens.map((token) => ({ name: token.name, default: token.fallback })));
    for (const { tag } of loaded) left = await unseen(left, tag, await storiesOf(tag));
    expect(left.map(named), 'global tokens with no visible effect in any story').to.deep.equal([]);
  });

  it('setting --news-color-text on the page restyles every element', async () => {
    const unchanged: string[] = [];
    for (const { tag } of loaded) {
      const stories = await storiesOf(tag);
      const [inert] = await unseen([['--news-color-text', 'rgb(1, 2, 3)']], tag, stories);
      if (inert) unchanged.push(stories.length ? tag : `${tag} (no story to render)`);
    }
    expect(unchanged).to.deep.equal([]);
  });

  // Browsers print no backgrounds: the dark theme's light text would go on white paper. (auto.css
  // imports dark.css; Chromium prints it light in any case.)
  it('dark.css prints dark text on paper', async () => {
    await useTheme('dark');
    const root = getComputedStyle(document.documentElement);
    const text = () => root.getPropertyValue('--news-color-text').trim();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(text(), 'on screen').to.equal('#ecebe8');
      await emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(text(), 'on paper').not.to.equal('#ecebe8');
      expect(root.colorScheme, 'on paper').not.to.equal('dark');
    } finally {
      await emulateMedia({ media: 'screen', colorScheme: 'light' });
      await useTheme(null);
    }
  });

  for (const { tag } of loaded) {
    describe(`<${tag}>`, () => {
      let stories: Story[] = [];
      before(async () => {
        stories = await storiesOf(tag);
      });

      it('is in the manifest, and every --news-* property its styles read is documented once', async () => {
        expect(documented.has(tag), `custom-elements.json has <${tag}> (JSDoc @tagname)`).to.equal(true);
        const el = document.createElement(tag);
        document.body.append(el);
        await settle(el);
        const listed = new Set(documented.get(tag)!.map((p) => p.name));
        el.remove();
        // Global tokens are documented on the Theming page; anything else in the element's JSDoc.
        expect(
          propertiesRead(el).filter((name) => !listed.has(name) && !globalNames.has(name)),
          'read but not documented (@cssprop on the class, or a global token in stories/token-table.ts)',
        ).to.deep.equal([]);
        expect(
          [...listed].filter((name) => globalNames.has(name)),
          'global tokens belong on the Theming page, not in the element’s @cssprop list',
        ).to.deep.equal([]);
      });

      it('every documented custom property restyles it, set on an ancestor', async () => {
        expect(stories.length, `<${tag}> has a story to render`).to.be.greaterThan(0);
        const left = await unseen(probes(documented.get(tag) ?? []), tag, stories);
        expect(left.map(named), 'documented but no visible effect in any story').to.deep.equal([]);
      });

      it('takes a theme from a subtree (.news-theme-dark inside a light page)', async () => {
        expect(stories.length, `<${tag}> has a story to render`).to.be.greaterThan(0);
        await useTheme('dark');
        // dark.css first, light.css last: the page itself is light, only the subtree is dark.
        const light = document.createElement('link');
        light.rel = 'stylesheet';
        light.href = '/src/themes/light.css';
        await new Promise((resolve) => {
          light.addEventListener('load', resolve, { once: true });
          document.head.append(light);
        });
        const page = document.createElement('div');
        const section = document.createElement('section');
        section.className = 'news-theme-dark';
        document.body.append(page, section);
        try {
          expect(
            getComputedStyle(document.documentElement).getPropertyValue('--news-color-text').trim(),
          ).to.equal('#1a1a1a');
          await stories[0]!.renderInto(page);
          await stories[0]!.renderInto(section);
          await steady(page);
          await steady(section);
          // Styles only: ids unique to the page (a second copy's headings) differ anyway.
          const outside = snapshot(page.firstElementChild ?? page, { attributes: false });
          const inside = snapshot(section.firstElementChild ?? section, { attributes: false });
          expect(inside.join('\n')).to.not.equal(outside.join('\n'));
        } finally {
          page.remove();
          section.remove();
          light.remove();
        }
      });
    });
  }
});
