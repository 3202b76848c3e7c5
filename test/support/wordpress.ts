// The real WordPress of test/wordpress.test.ts (scripts/wordpress.mjs started it; the test runner's
// /__wordpress/ routes say where): its posts through the REST API, and the elements rendered from them.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { NewsTeaserList } from '../../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../../src/teaser/teaser.js';
import type { NewsArticleBody } from '../../src/article-body/article-body.js';

export type Story = 'classic' | 'blocks' | 'korean' | 'excerpt' | 'sticky';
export interface Site {
  url: string;
  posts: Record<Story, number>;
  user: string;
  password: string;
}
interface Media {
  alt_text: string;
  source_url: string;
  media_details: { sizes: Record<string, { source_url: string; width: number }> };
}
export interface Post {
  id: number;
  link: string;
  date_gmt: string;
  content: { rendered: string; raw?: string };
  _embedded?: { 'wp:featuredmedia'?: Media[] };
}

let site: Site;

/** The seeded site: call from a `before` hook. */
export async function loadSite(): Promise<Site> {
  const response = await fetch('/__wordpress/site.json');
  if (!response.ok) throw new Error(await response.text());
  site = (await response.json()) as Site;
  return site;
}

export const api = (route: string) => `${site.url}/wp-json/wp/v2/${route}`;

/** A post as the REST API gives it; `edit` asks for `content.raw`, as an editor (Basic auth). */
export async function post(story: Story, edit = false): Promise<Post> {
  const id = site.posts[story];
  const response = edit
    ? await fetch(api(`posts/${id}?context=edit`), {
        headers: { authorization: `Basic ${btoa(`${site.user}:${site.password}`)}` },
      })
    : await fetch(api(`posts/${id}?_embed`));
  expect(response.status, `GET posts/${id}`).to.equal(200);
  return (await response.json()) as Post;
}

/** A list of the feed at `src`, once it has loaded and every teaser has rendered. */
export async function list(src: string): Promise<NewsTeaser[]> {
  let loaded!: () => void;
  let failed!: (event: Event) => void;
  const done = new Promise<void>((resolve, reject) => {
    loaded = resolve;
    failed = (event) => reject(new Error((event as CustomEvent<{ message: string }>).detail.message));
  });
  const el = await fixture<NewsTeaserList>(
    html`<news-teaser-list
      heading="Latest"
      src=${src}
      @news-teaser-list-load=${loaded}
      @news-teaser-list-error=${failed}
    ></news-teaser-list>`,
  );
  await done;
  await el.updateComplete;
  const teasers = [...el.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser')];
  await Promise.all(teasers.map((teaser) => teaser.updateComplete));
  await expect(el).to.be.accessible();
  return teasers;
}

export const part = (teaser: NewsTeaser, name: string) =>
  teaser.shadowRoot!.querySelector(`[part~=${name}]`)?.textContent?.trim() ?? '';

export async function body(source: string): Promise<NewsArticleBody> {
  const el = await fixture<NewsArticleBody>(html`<news-article-body .html=${source}></news-article-body>`);
  await el.updateComplete;
  await Promise.all(
    [...el.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('news-figure')].map(
      (f) => f.updateComplete,
    ),
  );
  return el;
}

export const captions = (el: Element) =>
  [...el.querySelectorAll('news-figure, figure, news-gallery')].map((figure) =>
    // A gallery's own caption is slotted (a figure's, in its shadow root, from the attribute or slot).
    figure.localName === 'news-gallery'
      ? (figure.querySelector(':scope > [slot="caption"]')?.textContent?.trim() ?? '')
      : ((figure.shadowRoot ?? figure)
          .querySelector(':scope > figcaption, figcaption')
          ?.textContent?.trim() ?? ''),
  );

/** The warnings `body` printed while rendering `story`'s content (captured: none is printed). */
export async function rendered(
  story: Story,
  field: 'rendered' | 'raw',
): Promise<[NewsArticleBody, string[]]> {
  const warn = sinon.stub(console, 'warn');
  try {
    const data = await post(story, field === 'raw');
    return [await body(data.content[field]!), warn.args.map((args) => String(args[0]))];
  } finally {
    warn.restore();
  }
}

export const linkOnly = (host: string) =>
  `news-elements: an embed from ${host} is shown as a link; allow-embeds="${host}" shows it.`;

/**
 * A story page of the example plugin in a frame, once it has loaded and rendered. The frame is shown
 * from its load on: what a reader sees before the script runs is the theme files' matter (their
 * preload rules, tested in test/preload.test.ts); from then on nothing may move.
 */
export async function storyPage(path: string) {
  let loaded!: () => void;
  const load = new Promise<void>((resolve) => (loaded = resolve));
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="Story page"
      style="display: none; inline-size: 1200px; block-size: 1600px; border: 0"
      src=${`/__wordpress/page${path}`}
      @load=${loaded}
    ></iframe>`,
  );
  await load;
  frame.style.display = 'block';
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('news-article');
  const list = doc.querySelector<NewsTeaserList>('news-teaser-list')!;
  if (list.status === 'loading') {
    await new Promise((resolve) => list.addEventListener('news-teaser-list-load', resolve, { once: true }));
  }
  const elements = [...doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
  await Promise.all(elements.map((element) => element.updateComplete));
  await Promise.all(
    [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')].map((t) => t.updateComplete),
  );
  return { win, doc, list };
}
