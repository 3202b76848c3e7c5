/**
 * The single-file bundle, as a newsroom would embed it: a plain HTML page with one
 * <script type="module"> (here loaded twice) and plain tags. This is the one test that uses dist/;
 * `npm test` builds it first.
 */
import { expect } from '@open-wc/testing';
import { RoundTrips } from './support/round-trips.js';
import { until } from './support/until.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}

async function tagsFromManifest(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName!);
}

/** The plain page, loaded; `errors` is what it recorded from before its modules ran. */
async function loadPlainPage(): Promise<{ frame: HTMLIFrameElement; errors: string[] }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/bundle/plain-page.html';
  document.body.append(frame);
  await loaded;
  return { frame, errors: (frame.contentWindow as Window & { __errors: string[] }).__errors };
}

/**
 * Adds a `<tag>` given its content by `give` to the plain page and returns the requests it made
 * until its shadow root holds `shown`, by round trip.
 */
async function tripsUntilShown(
  tag: string,
  give: (el: HTMLElement) => void,
  shown: string,
): Promise<string[][]> {
  const { frame, errors } = await loadPlainPage();
  try {
    const counted = new RoundTrips(frame.contentWindow as Window & typeof globalThis);
    const el = frame.contentDocument!.createElement(tag);
    give(el);
    frame.contentDocument!.getElementById('content')!.append(el);
    await counted.reacted();
    await until(() => el.shadowRoot?.querySelector(shown), `<${tag}> showing ${shown}`);
    expect(errors).to.deep.equal([]);
    return await counted.trips();
  } finally {
    frame.remove();
  }
}

describe('dist/news-elements.js in a plain HTML page', () => {
  // A browser finds a module's imports only once it has the module: each chunk found that way, or
  // a request that waits for code, would be a round trip more before the stories show (on a
  // phone's network, 100 ms or more each). The trips are counted from what each request waited
  // for, as on a first visit with nothing cached (test/support/round-trips.ts), not from this local
  // server's timings, which a busy machine or WebKitGTK's whole milliseconds blur.
  const fromFeeds = [
    [
      'a list',
      'news-teaser-list',
      'teaser-feeds/jsonfeed.json',
      'news-teaser:not([skeleton])',
      /^news-elements-feed-[\w-]{7}\.js$/, // not feed-fields: the parser itself
    ],
    [
      'a live blog',
      'news-live-blog',
      'live-feeds/jsonfeed-org.json',
      '.posts > news-live-post',
      /^news-elements-live-data-/,
    ],
  ] as const;
  for (const [what, tag, feed, shown, parser] of fromFeeds) {
    it(`loads ${what} from a feed in two round trips: its code, then the feed with the code that reads it`, async () => {
      const give = (el: HTMLElement) => el.setAttribute('src', `/test/fixtures/${feed}`);
      const trips = await tripsUntilShown(tag, give, shown);
      // What the stories need next (their own chunks) may come later.
      const file = feed.split('/').pop()!;
      expect(
        trips.findIndex((trip) => trip.includes(file)),
        JSON.stringify(trips),
      ).to.equal(1);
      expect(
        trips[1]!.some((name) => parser.test(name)),
        'the parser',
      ).to.be.true;
    });
  }

  it('loads a list from items whose excerpts carry markup, asking for the excerpt cleaning with the list’s code', async () => {
    const excerpt = '<p>The harbour authority will resume dredging the channel in the spring [&hellip;]</p>';
    const give = (list: HTMLElement) =>
      Object.assign(list, { items: [{ headline: 'Dredging to resume', href: '/dredging', excerpt }] });
    const trips = await tripsUntilShown('news-teaser-list', give, 'news-teaser:not([skeleton])');
    const trip = (name: string) =>
      trips.findIndex((t) => t.some((file) => file.startsWith(`news-elements-${name}-`)));
    expect([trip('list-data'), trip('excerpt')], JSON.stringify(trips)).to.deep.equal([0, 0]);
  });

  it('defines and upgrades every element in the manifest, even when loaded twice', async () => {
    const tags = await tagsFromManifest();
    expect(tags.length, 'elements in custom-elements.json').to.be.greaterThan(0);
    const { frame, errors } = await loadPlainPage();
    try {
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const main = doc.getElementById('content')!;
      for (const tag of tags) main.append(doc.createElement(tag));
      await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
      for (const tag of tags) {
        const el = main.querySelector(tag)!;
        expect(el.constructor, `<${tag}> upgraded`).to.equal(win.customElements.get(tag));
      }
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
