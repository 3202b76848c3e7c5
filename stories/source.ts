/**
 * "Show code": what a reader copies from the docs pages into a page of their own.
 *
 * Its files are the example newsroom's (`exampleUrls`), not this Storybook's: `/stories/assets/`
 * exists only here. And for stories whose elements get their stories or posts from `items`, a
 * property: Storybook's snippet is the rendered markup, where a property leaves no trace, so a list
 * drawn from data showed as an empty element. `itemsSource` adds the `<script type="module">` that
 * sets `items`, so the snippet works when pasted into a page that loads news-elements.
 */

/** The newsroom the stories' links already point to (example.com is reserved for examples). */
const exampleSite = 'https://news.example.com';

/** The recorded feeds a story's `src` names, as the newsroom would serve them. */
const feedUrls: Record<string, string> = {
  'feeds/wordpress-posts.json': '/wp-json/wp/v2/posts?_embed',
  'feeds/json-feed.json': '/feed.json',
  'feeds/front-latest.json': '/feed.json',
  'feeds/world-page-1.json': '/world/feed.json',
};

/**
 * The code with the stories' files at the example newsroom's URLs. A query on a local file is the
 * story's own (`?delay=` slows a feed, `?fail=` fails it: teaser-list.stories.ts) and is dropped.
 */
export function exampleUrls(code: string): string {
  return code.replace(
    /\/stories\/assets\/([\w./-]+)(?:\?[^\s"'<>]*)?/g,
    (_, path: string) => exampleSite + (feedUrls[path] ?? `/media/${path}`),
  );
}

/**
 * The docs page's box around an English story (.storybook/preview.ts gives each story on a docs
 * page its own language and direction) is Storybook's, not the story's: a reader pasting it would
 * get a stray `<div>`. A right-to-left box stays: it shows how Arabic content is marked.
 */
const docsBox = /^\s*<div class="story-dir"(?: lang="en-GB")? dir="ltr">([\s\S]*)<\/div>\s*$/;

/** Shown code for every story: without the docs page's box, with the example newsroom's URLs. */
export function shownCode(code: string): string {
  const inner = docsBox.exec(code)?.[1];
  return exampleUrls(inner === undefined ? code : dedent(inner));
}

/** An element's `items`: the data (the first few written out), or code that makes it. */
export type ItemsSource = readonly unknown[] | { code: string };

/** A selector for one element of the story (`news-live-blog`), and what its `items` are. */
export type ItemsTarget = readonly [selector: string, items: ItemsSource];

interface Options {
  /** How many items to write out before eliding the rest with a comment. */
  shown?: number;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A string as a JavaScript literal that is also safe inside a `<script>` element. */
function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--');
  return `'${escaped}'`;
}

/** A value as JavaScript source, as a person would write it: one line when it fits. */
function literal(value: unknown, indent: string): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value !== 'object' || value === null) return String(value);
  const inner = `${indent}  `;
  const parts = Array.isArray(value)
    ? value.map((entry) => literal(entry, inner))
    : Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => `${identifier.test(key) ? key : quote(key)}: ${literal(entry, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  const line = `${open}${parts.join(', ')}${close}`;
  if (!parts.some((part) => part.includes('\n')) && indent.length + line.length <= 100) return line;
  return `${open.trim()}\n${parts.map((part) => `${inner}${part},`).join('\n')}\n${indent}${close.trim()}`;
}

/**
 * The markup as Storybook shows a snippet alone (trimmed, the lines after the first dedented):
 * with the script after it, whose lines start at the margin, Storybook's own dedent does nothing.
 */
function dedent(code: string): string {
  const [first = '', ...rest] = code.trim().split('\n');
  const indents = rest.filter((line) => line.trim()).map((line) => line.search(/\S/));
  const cut = Math.min(...indents);
  return [first, ...rest.map((line) => line.slice(cut))].join('\n');
}

/** The statement that gives one element its items. */
function assignment([selector, items]: ItemsTarget, shown: number): string {
  const target = `document.querySelector(${quote(selector)}).items`;
  if (!Array.isArray(items)) return `${target} = ${(items as { code: string }).code.trim()};`;
  const rest = items.length - shown;
  const lines = items.slice(0, shown).map((item) => `    ${literal(item, '    ')},`);
  if (rest > 0) lines.push(`    // …and ${rest} more like these`);
  return `${target} = [\n${lines.join('\n')}\n  ];`;
}

/** The script that sets `items` on each target (those without items are left out). */
function itemsScript(targets: readonly ItemsTarget[], { shown = 3 }: Options = {}): string {
  const given = targets.filter(([, items]) => !Array.isArray(items) || items.length > 0);
  if (!given.length) return '';
  const statements = given.map((target) => `  ${assignment(target, shown)}`).join('\n');
  return `<script type="module">\n${statements}\n</script>`;
}

/**
 * Parameters for stories (or a whole file) whose shown code needs the items set by script:
 * `targets` picks each element's items from the story's args. Decorators stay out of the snippet
 * (a column or a slowed `fetch` is the docs page's, not the reader's).
 */
export function itemsSource<Args>(targets: (args: Args) => readonly ItemsTarget[], options: Options = {}) {
  return {
    docs: {
      source: {
        excludeDecorators: true,
        transform: (code: string, context: { args: Args }) => {
          const script = exampleUrls(itemsScript(targets(context.args), options));
          // Storybook runs the transform twice, as the snippet is sent and as the block shows it.
          return exampleUrls(script && !code.includes(script) ? `${dedent(code)}\n${script}` : code);
        },
      },
    },
  };
}
