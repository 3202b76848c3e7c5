/**
 * Shared machinery of the generic quality tests (stories, hostile and broken input, fuzzing,
 * leaks, tokens): it finds every element, story and theme through the virtual modules that
 * test/support/stories-plugin.mjs serves, so a new component is covered without a new test.
 */
import type { LitElement, PropertyDeclaration } from 'lit';

// Served by stories-plugin.mjs. A variable specifier keeps TypeScript from resolving the path.
const virtual = <T>(path: string): Promise<T> => import(/* @vite-ignore */ path) as Promise<T>;

export interface ElementEntry {
  tag: string;
  folder: string;
  load: () => Promise<unknown>;
}

export interface LoadedElement {
  tag: string;
  folder: string;
  ctor: typeof LitElement;
}

/** Every element of src/&lt;folder&gt;/define.ts, registered; import failures are returned, not thrown. */
export async function loadElements(): Promise<{ loaded: LoadedElement[]; failed: [string, unknown][] }> {
  const { elements } = await virtual<{ elements: ElementEntry[] }>('/__news/elements.js');
  const loaded: LoadedElement[] = [];
  const failed: [string, unknown][] = [];
  for (const entry of elements) {
    try {
      await entry.load();
      const ctor = customElements.get(entry.tag) as typeof LitElement | undefined;
      if (!ctor) throw new Error(`${entry.folder}/define.ts did not define <${entry.tag}>`);
      loaded.push({ tag: entry.tag, folder: entry.folder, ctor });
    } catch (error) {
      failed.push([entry.tag, error]);
    }
  }
  return { loaded, failed };
}

export async function loadThemes(): Promise<string[]> {
  return (await virtual<{ themes: string[] }>('/__news/themes.js')).themes;
}

export type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';

export interface PublicProperty {
  name: string;
  /** The attribute that sets it, or null for property-only. */
  attribute: string | null;
  kind: Kind;
}

/** The element's public reactive properties (Lit's own declarations; internal state excluded). */
export function publicProperties(ctor: typeof LitElement): PublicProperty[] {
  // Defined elements are finalized, so elementProperties holds the inherited declarations too.
  const props: PublicProperty[] = [];
  for (const [key, options] of ctor.elementProperties as Map<PropertyKey, PropertyDeclaration>) {
    if (typeof key !== 'string' || options.state || key.startsWith('_')) continue;
    const { attribute, type } = options;
    const kind: Kind =
      type === Number
        ? 'number'
        : type === Boolean
          ? 'boolean'
          : type === Array
            ? 'array'
            : type === Object
              ? 'object'
              : 'string';
    props.push({
      name: key,
      attribute: attribute === false ? null : typeof attribute === 'string' ? attribute : key.toLowerCase(),
      kind,
    });
  }
  return props;
}

/** Every node of the composed tree: light DOM, shadow roots (open) and their descendants. */
export function* composedNodes(root: Node): Generator<Node> {
  yield root;
  if (root instanceof Element && root.shadowRoot) yield* composedNodes(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) yield* composedNodes(child);
}

export function* composedElements(root: Node): Generator<Element> {
  for (const node of composedNodes(root)) if (node instanceof Element) yield node;
}

type Updatable = Element & { updateComplete: Promise<unknown> };
const isUpdatable = (el: Element): el is Updatable =>
  'updateComplete' in el && typeof (el as Updatable).updateComplete?.then === 'function';

/**
 * Waits until every Lit element in the tree (shadow roots included) has finished updating,
 * including updates that an update triggers. A rejected update (an exception in render) throws.
 */
export async function settle(root: Node, rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const pending = [...composedElements(root)].filter(isUpdatable);
    const results = await Promise.all(pending.map((el) => el.updateComplete));
    if (results.every((done) => done === true)) return;
  }
}

/** Whether the browser will fetch this image now: a lazy image outside the viewport waits. */
function fetching(img: HTMLImageElement): Promise<boolean> {
  if (img.complete || !img.getAttribute('src') || !img.isConnected) return Promise.resolve(false);
  if (img.loading !== 'lazy') return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      resolve(Boolean(entry?.isIntersecting));
    });
    observer.observe(img);
  });
}

/**
 * Waits for every image in the tree that is being fetched to load or fail (events, no timers), and
 * for every loaded one to be decoded.
 * Lazy images outside the viewport are not fetched, so they are not waited for.
 */
export async function imagesSettled(root: Node): Promise<void> {
  const images = [...composedElements(root)].filter(
    (el): el is HTMLImageElement => el instanceof HTMLImageElement,
  );
  await Promise.all(
    images.map(async (img) => {
      if ((await fetching(img)) && !img.complete)
        await new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        });
      // Loaded is not yet painted: an image decoded off the main thread (decoding="async") can miss
      // the next frame, and a screenshot would show the page behind it. A broken image rejects.
      if (img.complete && img.naturalWidth) await img.decode().catch(() => undefined);
    }),
  );
}

/** A macrotask: lets queued events (image errors, slot changes) run. Not a timing assumption. */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    // A message is a macrotask without setTimeout's clamping.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

// Text that must never reach a reader: a value that leaked through unconverted.
export const BAD_TEXT = /\bundefined\b|\bnull\b|\bNaN\b|Invalid Date|\[object \w+\]|\bInfinity\b/;
// Attributes whose text is announced or shown (or that name a resource).
const ANNOUNCED_ATTRIBUTES = [
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'placeholder',
];
const TEXT_ATTRIBUTES = [...ANNOUNCED_ATTRIBUTES, 'datetime', 'href', 'src', 'srcset', 'lang', 'dir'];

/** What a reader can see or hear: text nodes of the composed tree plus announced attributes. */
export function readerText(root: Node): string[] {
  const out: string[] = [];
  for (const node of composedNodes(root)) {
    if (node instanceof Text) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script' && node.data.trim()) out.push(node.data.trim());
    } else if (node instanceof Element) {
      // A custom element's other attributes are its inputs (a nested <news-dateline datetime>):
      // what it renders from them is checked in its own shadow root.
      for (const name of node.localName.includes('-') ? ANNOUNCED_ATTRIBUTES : TEXT_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) out.push(`${node.localName}[${name}]=${value}`);
      }
    }
  }
  return out;
}

/** Reader-visible strings that contain a leaked value ("undefined", "NaN", ...). */
export function badText(root: Node): string[] {
  return readerText(root).filter((text) => BAD_TEXT.test(text));
}

/** Minimal CSF3 support: enough to render every story the way Storybook does. */
export interface StoryMeta {
  title?: string;
  component?: string;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: RenderFn;
  loaders?: Loader[];
  tags?: string[];
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
type StoryContext = Record<string, unknown> & { args: Record<string, unknown> };
type RenderFn = (args: Record<string, unknown>, context: StoryContext) => unknown;
type Decorator = (story: (update?: Partial<StoryContext>) => unknown, context: StoryContext) => unknown;
type Loader = (context: StoryContext) => unknown;
interface StoryObject extends Omit<StoryMeta, 'title' | 'component'> {
  name?: string;
  storyName?: string;
}

export interface Story {
  file: string;
  title: string;
  name: string;
  exportName: string;
  component?: string;
  tags: string[];
  parameters: Record<string, unknown>;
  /**
   * Renders the story into `container` and waits until every element in it has updated. `args`
   * are laid over the story's own, as Storybook's right-to-left toolbar lays Arabic content.
   */
  renderInto(
    container: HTMLElement,
    globals?: Record<string, unknown>,
    args?: Record<string, unknown>,
  ): Promise<void>;
}

export interface StoryFile {
  file: string;
  title: string;
  component?: string;
  stories: Story[];
  error?: unknown;
}

const startCase = (name: string) =>
  name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .replace(/^./, (c) => c.toUpperCase())
    .trim();

function included(name: string, meta: StoryMeta): boolean {
  const matches = (rule: string[] | RegExp) => (Array.isArray(rule) ? rule.includes(name) : rule.test(name));
  if (meta.includeStories && !matches(meta.includeStories)) return false;
  return !(meta.excludeStories && matches(meta.excludeStories));
}

function defaultRender(component: string | undefined): RenderFn {
  return (args) => {
    if (!component) throw new Error('story has neither render() nor component');
    const el = document.createElement(component) as unknown as Record<string, unknown>;
    Object.assign(el, args);
    return el;
  };
}

async function mount(result: unknown, container: HTMLElement): Promise<void> {
  const { render } = await import('lit');
  if (result instanceof Node) container.replaceChildren(result);
  else if (typeof result === 'string')
    container.replaceChildren(document.createRange().createContextualFragment(result));
  else render(result, container);
}

function makeStory(file: string, meta: StoryMeta, exportName: string, raw: unknown): Story {
  const story: StoryObject = typeof raw === 'function' ? { render: raw as RenderFn } : (raw as StoryObject);
  const title = meta.title ?? file;
  const name = story.name ?? story.storyName ?? startCase(exportName);
  const parameters = { ...meta.parameters, ...story.parameters };
  const render = story.render ?? meta.render ?? defaultRender(meta.component);
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  const loaders = [...(meta.loaders ?? []), ...(story.loaders ?? [])];
  return {
    file,
    title,
    name,
    exportName,
    component: meta.component,
    tags: [...(meta.tags ?? []), ...(story.tags ?? [])],
    parameters,
    async renderInto(container, globals = {}, extraArgs = {}) {
      const context: StoryContext = {
        id: `${title}--${exportName}`.toLowerCase().replace(/[^a-z\d-]+/g, '-'),
        title,
        name,
        component: meta.component,
        args: { ...meta.args, ...story.args, ...extraArgs },
        argTypes: {},
        globals,
        parameters,
        viewMode: 'story',
        canvasElement: container,
        loaded: {},
      };
      const loaded = await Promise.all(loaders.map((loader) => loader(context)));
      context.loaded = Object.assign({}, ...loaded.filter((l) => l && typeof l === 'object'));
      // Storybook applies the story's own decorators innermost, then the file's.
      let fn = (ctx: StoryContext) => render(ctx.args, ctx);
      for (const decorator of decorators) {
        const inner = fn;
        fn = (ctx) =>
          decorator((update) => inner({ ...ctx, ...update, args: { ...ctx.args, ...update?.args } }), ctx);
      }
      await mount(fn(context), container);
      await settle(container);
    },
  };
}

/** Every story file in stories/, imported; a file that fails to import is reported with its error. */
export async function loadStoryFiles(): Promise<StoryFile[]> {
  const { storyFiles } = await virtual<{
    storyFiles: Record<string, () => Promise<Record<string, unknown>>>;
  }>('/__news/stories.js');
  const files: StoryFile[] = [];
  for (const [file, load] of Object.entries(storyFiles)) {
    try {
      const module = await load();
      const meta = (module.default ?? {}) as StoryMeta;
      const stories = Object.entries(module)
        .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder' && included(name, meta))
        .map(([name, raw]) => makeStory(file, meta, name, raw));
      files.push({ file, title: meta.title ?? file, component: meta.component, stories });
    } catch (error) {
      files.push({ file, title: file, stories: [], error });
    }
  }
  return files;
}

/** Swaps the page's one theme stylesheet (as a site would), resolving once it has applied. */
export async function useTheme(name: string | null): Promise<void> {
  document.getElementById('news-quality-theme')?.remove();
  if (!name) return;
  const link = document.createElement('link');
  link.id = 'news-quality-theme';
  link.rel = 'stylesheet';
  link.href = `/src/themes/${name}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`theme ${name} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
}

interface AxeResult {
  violations: {
    id: string;
    impact: string;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}
interface Axe {
  run(context: Element, options: object): Promise<AxeResult>;
}

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; returns readable violations. */
export async function axeViolations(context: Element): Promise<string[]> {
  // @ts-expect-error -- the browser build registers window.axe and ships no typings of its own
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: Axe }).axe;
  const { violations } = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n'),
  );
}

/**
 * Execution traps: every way a payload tends to prove itself (alert, confirm, prompt, print and
 * our own __newsXss and the corpus's __xss) records a call instead. `calls` lists what ran.
 */
export function installTraps(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const names = ['alert', 'confirm', 'prompt', 'print', '__newsXss', '__xss'];
  const saved = names.map((name) => [name, w[name]] as const);
  for (const name of names) {
    w[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.map(String).join(', ')})`);
    };
  }
  return {
    calls,
    restore() {
      for (const [name, value] of saved) {
        if (value === undefined) delete w[name];
        else w[name] = value;
      }
    },
  };
}

// Elements that run code, load documents, submit or re-point the page. MathML and SVG themselves are
// allowed (a sanitiser may keep them); their attributes are still checked.
const SCRIPTY_ELEMENTS = new Set(
  'script iframe frame frameset object embed applet base meta form foreignobject template noscript style link portal'.split(
    ' ',
  ),
);
const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'ping',
  'cite',
  'srcdoc',
];
// A URL in CSS that could run or leak: only plain http(s), relative and raster data: images are fine.
const CSS_DANGER =
  /expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:|url\s*\(\s*['"]?\s*(?!https?:|\/|data:image\/(?:png|jpe?g|gif|webp|avif);)[a-z][\w+.-]*:/i;

function urlIsSafe(value: string, kind: 'link' | 'image'): boolean {
  // Mirrors src/internal/safe-url.ts on purpose, written independently so a bug there is caught.
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside a URL
  const compact = value.trim().replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return !compact.startsWith('\\');
  if (scheme === 'http' || scheme === 'https') return true;
  if (scheme === 'mailto' || scheme === 'tel') return kind === 'link';
  return kind === 'image' && /^data:image\/(png|jpeg|jpg|gif|webp|avif);/i.test(compact);
}

/**
 * Everything in the rendered tree (shadow roots included) that a hostile string could have
 * turned into code or a dangerous link: script-capable elements, event-handler attributes,
 * unsafe URLs in link and image attributes, and dangerous CSS in style attributes.
 * Compare against the same check before the input (see `added`) where the page's own markup may
 * legitimately hold some of these (an allowed embed).
 */
export function unsafeSinks(root: Node): string[] {
  const found: string[] = [];
  for (const el of composedElements(root)) {
    const name = el.localName;
    if (SCRIPTY_ELEMENTS.has(name) && !(name === 'style' && el.parentNode instanceof ShadowRoot)) {
      // Lit may render <style> into a shadow root when adoptedStyleSheets are unavailable.
      found.push(`<${name}> element`);
    }
    for (const attr of el.attributes) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) found.push(`<${name} ${attrName}="${attr.value}">`);
      // A custom element's own attributes are its inputs (inert unless it renders them): the
      // elements it renders are what counts. Event handlers run on any element, so they count.
      if (URL_ATTRIBUTES.includes(attrName) && !name.includes('-')) {
        const kind = name === 'img' || name === 'source' || name === 'image' ? 'image' : 'link';
        if (!urlIsSafe(attr.value, kind)) found.push(`<${name} ${attrName}="${attr.value}">`);
      }
      if (attrName === 'srcset' && !name.includes('-')) {
        for (const candidate of attr.value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (url && !urlIsSafe(url, 'image')) found.push(`<${name} srcset="${attr.value}">`);
        }
      }
      if (attrName === 'style' && CSS_DANGER.test(attr.value)) found.push(`<${name} style="${attr.value}">`);
    }
  }
  return found;
}

/** The stories whose file documents `tag` (meta.component), first one first. */
export function storiesFor(files: StoryFile[], tag: string): Story[] {
  return files.filter((f) => f.component === tag).flatMap((f) => f.stories);
}

const showing = new Map<string, Story | null>();

/**
 * The first story that renders `tag`: its own file's first, else any story that contains it (an
 * element documented inside another's stories, like a teaser inside a teaser list).
 */
export async function storyShowing(files: StoryFile[], tag: string): Promise<Story | null> {
  if (showing.has(tag)) return showing.get(tag)!;
  const own = storiesFor(files, tag);
  const others = files.filter((f) => f.component !== tag).flatMap((f) => f.stories);
  let found: Story | null = own[0] ?? null;
  if (!found) {
    const probe = document.createElement('div');
    document.body.append(probe);
    // Stories may show a fallback and warn about it; that is not this search's business.
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const story of others) {
        try {
          await story.renderInto(probe);
        } catch {
          continue; // a broken story is the stories test's business
        }
        if ([...composedElements(probe)].some((el) => el.localName === tag)) {
          found = story;
          break;
        }
      }
    } finally {
      console.warn = warn;
      probe.remove();
    }
  }
  showing.set(tag, found);
  return found;
}

/** Readable one-line form of any test input, for failure messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 80
      ? `${JSON.stringify(value.slice(0, 80))}… (${value.length} chars)`
      : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `Array(${value.length})`;
  if (value instanceof Date) return `Date(${String(value.getTime())})`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  try {
    return JSON.stringify(value).slice(0, 80);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export interface Specimen {
  /** The element under test, inside `container`. */
  el: LitElement;
  container: HTMLElement;
  remove(): void;
}

/**
 * A realistic instance of `tag` to attack: the element as its first story renders it (so it
 * carries real content), or a bare element when the component has no story yet.
 */
export async function specimen(tag: string, files: StoryFile[]): Promise<Specimen> {
  const container = document.createElement('div');
  document.body.append(container);
  const story = await storyShowing(files, tag);
  let el: LitElement | undefined;
  if (story) {
    await story.renderInto(container);
    el = [...composedElements(container)].find((e) => e.localName === tag) as LitElement | undefined;
  }
  if (!el) {
    el = document.createElement(tag) as LitElement;
    container.replaceChildren(el);
    await settle(container);
  }
  return { el, container, remove: () => container.remove() };
}

/** Sets `value` through the attribute (strings, when there is one) or the property. */
export function assign(
  el: LitElement,
  prop: PublicProperty,
  value: unknown,
  via: 'attribute' | 'property',
): void {
  if (via === 'attribute' && prop.attribute) el.setAttribute(prop.attribute, String(value));
  else (el as unknown as Record<string, unknown>)[prop.name] = value;
}

const loading = (root: Node): boolean =>
  [...composedElements(root)].some((el) => (el as Element & { status?: unknown }).status === 'loading');

/**
 * Lets everything a render set in motion happen: updates, feeds (an element whose `status` is
 * `loading` is waited for, up to `patience` ms), image loads/errors, queued events. Under load a
 * feed's answer, and the warning it brings, can come long after the render that asked for it.
 */
export async function quiesce(root: Node, patience = 10_000): Promise<void> {
  await settle(root);
  const until = performance.now() + patience;
  while (loading(root) && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 4));
    await settle(root);
  }
  await imagesSettled(root);
  await nextTask();
  await settle(root);
}

/** Items of `after` that were not in `before` (multiset difference). */
export function added(before: string[], after: string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of before) counts.set(item, (counts.get(item) ?? 0) + 1);
  return after.filter((item) => {
    const n = counts.get(item) ?? 0;
    if (n) counts.set(item, n - 1);
    return !n;
  });
}

/**
 * For a whole describe(): console.warn is stubbed (stories may show fallbacks, which warn once, by
 * design), and a test fails if any warning is not one of ours (Lit's dev-mode warnings would be).
 */
export function allowOurWarnings(): void {
  let original: typeof console.warn;
  let seen: string[] = [];
  beforeEach(() => {
    seen = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
    const foreign = seen.filter((text) => !text.startsWith('news-elements:'));
    if (foreign.length) throw new Error(`Unexpected warnings:\n${foreign.join('\n')}`);
  });
}

/**
 * Records uncaught errors and unhandled rejections while it is installed, so that a test can name
 * the input that caused them. (test/support/setup.ts still sees them too and fails the test.)
 */
export function captureUncaught(): { errors: string[]; restore: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    if (!(event instanceof ErrorEvent) || event.target !== window) return; // a failed <img>, say
    errors.push(`uncaught ${String(event.error ?? event.message)}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection ${String(event.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore() {
      // (Callers await a task first: rejection events are dispatched after the microtasks.)
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
