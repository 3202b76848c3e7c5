// The example apps as their users build them: examples/vue (Vite + @vitejs/plugin-vue), examples/svelte
// (Vite + @sveltejs/vite-plugin-svelte) and examples/angular (Angular's application builder), each
// importing the package `news-elements`. scripts/frameworks.mjs builds them (`npm test` does first);
// test/support/frameworks-middleware.mjs serves each build at /__frameworks/<app>/ and records the
// app's console errors. Each page is read as a reader meets it, in an iframe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsDateline } from '../src/dateline/dateline.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';

type AppWindow = Window & typeof globalThis & { frameworkProblems?: string[] };

async function openApp(app: string) {
  let loaded!: () => void;
  const load = new Promise<void>((resolve) => (loaded = resolve));
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title=${`The ${app} example`}
      style="inline-size: 1200px; block-size: 1600px; border: 0"
      src=${`/__frameworks/${app}/`}
      @load=${loaded}
    ></iframe>`,
  );
  await load;
  const win = frame.contentWindow as AppWindow;
  const doc = frame.contentDocument!;
  expect(win.frameworkProblems, `examples/${app} is not built: run \`npm run frameworks\``).to.be.an('array');
  await win.customElements.whenDefined('news-teaser-list');
  return { win, doc };
}

const teasersOf = (doc: Document) => {
  const list = doc.querySelector<NewsTeaserList>('news-teaser-list')!;
  return [...list.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser')];
};
const headline = (teaser: NewsTeaser) =>
  teaser.shadowRoot!.querySelector('[part~=headline]')?.textContent?.trim();

// What examples/story.ts holds, as the reader sees it printed.
const related = [
  'Island school gets its first new boat in 30 years',
  'Night buses to run until 2am from June',
  'Fish market’s dawn auction returns after three months',
];

for (const app of ['vue', 'svelte', 'angular']) {
  describe(`examples/${app}, built`, () => {
    it('prints the story page: headline, dateline in the house pattern, lead figure, body, partner', async () => {
      const { doc } = await openApp(app);
      const article = doc.querySelector('news-article')!;
      expect(article.querySelector('h1[slot=headline]')!.textContent).to.equal(
        'Harbour city votes to keep its last night ferry',
      );
      const dateline = article.querySelector<NewsDateline>('news-dateline')!;
      await dateline.updateComplete;
      // 08:30 UTC is 17:30 in Seoul, the same day.
      const time = dateline.shadowRoot!.querySelector('time')!;
      expect(time.textContent).to.equal('Tuesday 14th May, 2024');
      expect(time.dateTime).to.equal('2024-05-14T08:30:00Z');
      expect(dateline.shadowRoot!.textContent).to.include('Busan');
      const figure = article.querySelector('news-figure')!;
      expect(figure.shadowRoot!.querySelector('img')!.alt).to.equal(
        'A ferry leaving the north pier at dusk, city towers behind it',
      );
      expect(figure.shadowRoot!.querySelector('figcaption')!.textContent).to.include(
        'The 7.40pm ferry leaving the north pier',
      );
      expect(article.querySelectorAll('news-article-body > p')).to.have.length(3);
      const banner = article.querySelector('news-partner-banner')!;
      expect(banner.shadowRoot!.querySelector('a')!.href).to.equal('https://bank.example.com/');
    });

    it('lists the related stories from `items`, in their order, under their heading', async () => {
      const { doc } = await openApp(app);
      await waitUntil(() => teasersOf(doc).length === related.length, 'three teasers', { timeout: 5000 });
      const teasers = teasersOf(doc);
      await Promise.all(teasers.map((teaser) => teaser.updateComplete));
      expect(teasers.map(headline)).to.deep.equal(related);
      const list = doc.querySelector('news-teaser-list')!;
      // Drawn in capitals, heard from its copy as written (src/internal/capitals.ts).
      expect(list.shadowRoot!.querySelector('h2 .visually-hidden')!.textContent).to.equal('More stories');
      // Dated in the story's zone, Seoul's, as its dateline: 17:30 and 21:00 UTC are the next day there.
      const day = (teaser: NewsTeaser) => teaser.shadowRoot!.querySelector('time')!.textContent!;
      expect(teasers.slice(1).map(day)).to.deep.equal(['11 May 2024', '10 May 2024']);
      // The CMS excerpt arrives cleaned: no shortcode, no "[Read more]".
      expect(teasers[0].shadowRoot!.querySelector('[part~=excerpt]')!.textContent!.trim()).to.equal(
        'Pupils on Geoje crossed to the mainland on Monday in a boat the whole island paid for…',
      );
    });

    it("runs the app's handler for the figure's news-figure-load event, without console errors", async () => {
      const { win, doc } = await openApp(app);
      const status = doc.querySelector('#photo-status')!;
      await waitUntil(() => status.textContent !== 'Lead photo loading…', 'the figure event', {
        timeout: 5000,
      });
      expect(status.textContent).to.match(/^Lead photo loaded: city-800x450[\w-]*\.jpg$/);
      expect(win.frameworkProblems).to.deep.equal([]);
    });
  });
}
