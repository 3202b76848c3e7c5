import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/toc/define.js';
import '../src/article-body/define.js';
import '../src/article/define.js';
import type { NewsToc } from '../src/toc/toc.js';
import type { NewsArticleBody } from '../src/article-body/article-body.js';
import { headingSlug } from '../src/text/heading-ids.js';

/** A story body with these headings ("h2 Text" or "h3 Text"), each followed by a paragraph. */
const sections = (headings: string[], paragraph = '<p>The council voted on Thursday.</p>') =>
  headings
    .map((heading) => `<${heading.slice(0, 2)}>${heading.slice(3)}</${heading.slice(0, 2)}>${paragraph}`)
    .join('');

/** Contents and the body they list, in one article. */
async function story(headings: string[], attributes = '', paragraph?: string): Promise<NewsToc> {
  const article = await fixture(
    `<news-article lang="en-GB"><h1 slot="headline">Night buses</h1><news-toc ${attributes}></news-toc>
      <news-article-body>${sections(headings, paragraph)}</news-article-body></news-article>`,
  );
  const toc = article.querySelector('news-toc')!;
  await toc.updateComplete;
  return toc;
}

/** The contents as a reader sees them: each link's text, with the links nested under it. */
function outline(list: Element | null | undefined): (string | string[])[] {
  const items = [...(list?.querySelectorAll(':scope > li') ?? [])];
  return items.flatMap((item) => {
    const nested = item.querySelector(':scope > ol');
    const text = item.querySelector(':scope > a')!.textContent!;
    return nested ? [text, outline(nested) as string[]] : [text];
  });
}
/** The contents' accessible name: a hidden name on a phone, its visible title on a wide screen. */
const named = (nav: HTMLElement) =>
  (nav.getRootNode() as ShadowRoot).getElementById(nav.getAttribute('aria-labelledby')!)!.textContent;
const links = (toc: NewsToc) => [...toc.shadowRoot!.querySelectorAll('a')];
const ids = (root: ParentNode) => [...root.querySelectorAll('h2, h3')].map((heading) => heading.id);
/** The element a link goes to, found as the browser finds it. */
const target = (link: HTMLAnchorElement) => document.getElementById(decodeURIComponent(link.hash.slice(1)));

/** Whether two lists hold the same elements in the same order. */
const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** Waits for what an observer will do in a coming frame: polls on a timer (rAF is throttled in some frames). */
async function until(done: () => boolean, what: string): Promise<void> {
  for (const start = performance.now(); !done(); await new Promise((resolve) => setTimeout(resolve, 20)))
    if (performance.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
}

afterEach(() => sinon.restore());

describe('news-toc', () => {
  describe('the list', () => {
    it('links each h2, with the h3 under it nested, to the heading', async () => {
      const toc = await story([
        'h2 Why 4am',
        'h3 The trial',
        'h3 The cost',
        'h2 Who rides',
        'h3 Shift workers',
      ]);
      const nav = toc.shadowRoot!.querySelector('nav')!;
      expect(named(nav)).to.equal('Contents');
      expect(outline(nav.querySelector('ol'))).to.deep.equal([
        'Why 4am',
        ['The trial', 'The cost'],
        'Who rides',
        ['Shift workers'],
      ]);
      expect(links(toc).map((link) => link.getAttribute('href'))).to.deep.equal([
        '#why-4am',
        '#the-trial',
        '#the-cost',
        '#who-rides',
        '#shift-workers',
      ]);
      for (const link of links(toc)) expect(target(link)!.textContent).to.equal(link.textContent);
    });

    it('keeps ids a heading has, lists h3 before any h2 at the top, and leaves out quotes, figures and asides', async () => {
      const toc = await story([], '', '');
      const body = toc.nextElementSibling as NewsArticleBody;
      body.innerHTML = `<h3>Key points</h3><h2 id="vote">The vote</h2><blockquote><h2>Quoted</h2></blockquote>
        <aside><h3>Related</h3></aside><figure><h3>Chart</h3></figure><h2>  What   next </h2><h2> </h2>`;
      await until(() => links(toc).length === 3, 'the new headings');
      expect(outline(toc.shadowRoot!.querySelector('ol'))).to.deep.equal([
        'Key points',
        'The vote',
        'What next',
      ]);
      expect(ids(body).filter(Boolean)).to.deep.equal(['key-points', 'vote', 'what-next']);
    });

    for (const around of ['dialog open', 'details open'])
      it(`lists a story shown in a <${around.split(' ')[0]}> of the page, still leaving out its quotes`, async () => {
        const [tag] = around.split(' ');
        const wrapper = await fixture(
          `<${around}><news-article lang="en-GB"><h1 slot="headline">Night buses</h1><news-toc></news-toc>
            <news-article-body>${sections(['h2 The vote', 'h2 The routes', 'h2 What next'])}
            <blockquote><h2>Quoted</h2></blockquote></news-article-body></news-article></${tag}>`,
        );
        const toc = wrapper.querySelector('news-toc')!;
        await until(() => links(toc).length === 3, 'the headings');
        expect(outline(toc.shadowRoot!.querySelector('ol'))).to.deep.equal([
          'The vote',
          'The routes',
          'What next',
        ]);
      });

    it('follows the body: new, renamed and removed headings', async () => {
      const toc = await story(['h2 One', 'h2 Two', 'h2 Three']);
      const body = toc.nextElementSibling!;
      body.querySelector('h2')!.textContent = 'First';
      body.querySelectorAll('h2')[1]!.remove();
      body.insertAdjacentHTML('beforeend', '<h2>Four</h2><h3>Four and a half</h3>');
      await until(() => links(toc).length === 4, 'the changes');
      expect(outline(toc.shadowRoot!.querySelector('ol'))).to.deep.equal([
        'First',
        'Three',
        'Four',
        ['Four and a half'],
      ]);
      // A heading with an id keeps it when its text changes: links shared earlier still work.
      expect(links(toc)[0]!.getAttribute('href')).to.equal('#one');
    });

    it('lists 1,000 headings, each with its own id', async () => {
      const toc = await story(
        Array.from({ length: 1000 }, (_, i) => (i % 4 ? 'h3 Update' : 'h2 Update')),
        '',
        '',
      );
      expect(links(toc)).to.have.length(1000);
      const given = ids(toc.nextElementSibling!);
      expect(new Set(given).size).to.equal(1000);
      expect(given.slice(0, 3)).to.deep.equal(['update', 'update-2', 'update-3']);
    });
  });

  describe('ids', () => {
    const slugs: [string, string][] = [
      ['Why the buses stop at 4am', 'why-the-buses-stop-at-4am'],
      ['Seoul’s plan: what’s next?', 'seouls-plan-whats-next'],
      ['서울의 새 주택 계획', '서울의-새-주택-계획'],
      ['خطة النقل الجديدة', 'خطة-النقل-الجديدة'],
      ['深夜バスの新路線', '深夜バスの新路線'],
      ['نقشه\u200cی جدید', 'نقشهی-جدید'],
      ['Ｔｏｋｙｏ ２０２６', 'tokyo-2026'],
      ['🚌 🌙', 'section'],
      [`${'Stadtentwicklung '.repeat(6)}`, 'stadtentwicklung-stadtentwicklung-stadtentwicklung'],
    ];
    for (const [text, id] of slugs)
      it(`makes "${text.trim()}" ${id}`, () => {
        expect(headingSlug(text)).to.equal(id);
      });

    it('gives Korean, Arabic and Japanese headings readable ids that the links reach', async () => {
      const toc = await story(['h2 서울의 새 주택 계획', 'h2 خطة النقل الجديدة', 'h2 深夜バスの新路線']);
      expect(ids(toc.nextElementSibling!)).to.deep.equal([
        '서울의-새-주택-계획',
        'خطة-النقل-الجديدة',
        '深夜バスの新路線',
      ]);
      for (const link of links(toc)) expect(target(link)!.textContent).to.equal(link.textContent);
    });

    it('numbers repeated headings, and a heading whose id another element has', async () => {
      const wrapper = await fixture(`<div><p id="background">Taken.</p>
        <news-article-body>${sections(['h2 Background', 'h2 Background', 'h2 Reaction', 'h3 Background'])}</news-article-body>
        <news-toc></news-toc></div>`);
      const toc = wrapper.querySelector('news-toc')!;
      await toc.updateComplete;
      expect(ids(wrapper)).to.deep.equal(['background-2', 'background-3', 'reaction', 'background-4']);
      expect(same(links(toc).map(target), [...wrapper.querySelectorAll('h2, h3')])).to.be.true;
    });

    it('gives ids unique on a page with two articles, each contents linking its own story', async () => {
      const article = (n: number) =>
        `<news-article><h1 slot="headline">Story ${n}</h1><news-toc></news-toc>
          <news-article-body>${sections(['h2 Background', 'h2 Reaction', 'h2 What next'])}</news-article-body></news-article>`;
      const page = await fixture(`<div>${article(1)}${article(2)}</div>`);
      const tocs = [...page.querySelectorAll('news-toc')];
      await Promise.all(tocs.map((toc) => toc.updateComplete));
      const all = ids(page);
      expect(new Set(all).size).to.equal(6);
      expect(all).to.deep.equal([
        'background',
        'reaction',
        'what-next',
        'background-2',
        'reaction-2',
        'what-next-2',
      ]);
      tocs.forEach((toc, i) => {
        for (const link of links(toc))
          expect(target(link)!.closest('news-article')).to.equal(page.children[i]);
      });
    });

    it('gives the same ids when the bodies render their html again, whichever is ready first', async () => {
      const story = sections(['h2 Background', 'h2 Reaction', 'h3 Background', 'h2 What next']);
      // An embed to check (a frame with no address, dropped) makes the first body's render the slower.
      const slower = `<iframe title="Map"></iframe>${story}`;
      const page = await fixture<HTMLElement>(
        html`<div>
          <news-toc for="one"></news-toc><news-article-body id="one" .html=${slower}></news-article-body>
          <news-toc for="two"></news-toc><news-article-body id="two" .html=${story}></news-article-body>
        </div>`,
      );
      const [one, two] = [...page.querySelectorAll<NewsArticleBody>('news-article-body')];
      await Promise.all([one!.updateComplete, two!.updateComplete]);
      const before = ids(page);
      // Ids made from the CMS's html carry the sanitiser's prefix, as those it brings do.
      expect(before.slice(0, 4)).to.deep.equal([
        'user-content-background',
        'user-content-reaction',
        'user-content-background-2',
        'user-content-what-next',
      ]);
      expect(new Set(before).size).to.equal(8);
      one!.html = `${slower} `;
      await one!.updateComplete;
      two!.html = `${story}  `;
      await two!.updateComplete;
      expect(ids(page)).to.deep.equal(before);
      const toc = page.querySelector('news-toc')!;
      expect(same(links(toc).map(target), [...one!.querySelectorAll('h2, h3')])).to.be.true;
    });

    it('gives the same ids when written markup is replaced by the same markup', async () => {
      const toc = await story(['h2 Background', 'h2 Background', 'h2 Reaction']);
      const body = toc.nextElementSibling!;
      const before = ids(body);
      const markup = sections(['h2 Background', 'h2 Background', 'h2 Reaction']);
      body.innerHTML = markup;
      await until(() => ids(body).every(Boolean), 'new ids');
      expect(ids(body)).to.deep.equal(before);
    });
  });

  describe('when it shows', () => {
    it('draws nothing for fewer than three headings: no box, no landmark', async () => {
      const toc = await story(['h2 The vote', 'h2 What next']);
      expect(toc.shadowRoot!.querySelector('nav')).to.equal(null);
      const { width, height } = toc.getBoundingClientRect();
      expect([width, height]).to.deep.equal([0, 0]);
      // A third heading arrives: the contents appear.
      toc.nextElementSibling!.insertAdjacentHTML('beforeend', '<h2>Reaction</h2>');
      await until(() => links(toc).length === 3, 'the contents');
      expect(toc.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('shows for as few headings as min-headings says', async () => {
      const toc = await story(['h2 The vote', 'h2 What next'], 'min-headings="2"');
      expect(links(toc)).to.have.length(2);
    });

    it('warns once about a min-headings that is not a count, and uses 3', async () => {
      const warn = sinon.stub(console, 'warn');
      const toc = await story(['h2 One', 'h2 Two'], 'min-headings="a few"');
      expect(links(toc)).to.have.length(0);
      expect(warn.args.map(([message]) => message)).to.deep.equal([
        'news-elements: <news-toc min-headings="a few"> is not a positive whole number; using 3.',
      ]);
    });

    it('lists the body its for names, and warns once about one it cannot find', async () => {
      const warn = sinon.stub(console, 'warn');
      const page = await fixture(`<div><news-toc for="second"></news-toc><news-toc for="missing"></news-toc>
        <news-article-body>${sections(['h2 A', 'h2 B', 'h2 C'])}</news-article-body>
        <news-article-body id="second">${sections(['h2 D', 'h2 E', 'h2 F'])}</news-article-body></div>`);
      const [named, missing] = [...page.querySelectorAll<NewsToc>('news-toc')];
      await Promise.all([named!.updateComplete, missing!.updateComplete]);
      expect(links(named!).map((link) => link.textContent)).to.deep.equal(['D', 'E', 'F']);
      expect(links(missing!).map((link) => link.textContent)).to.deep.equal(['A', 'B', 'C']);
      missing!.requestUpdate();
      await missing!.updateComplete;
      expect(warn.args.map(([message]) => message)).to.deep.equal([
        'news-elements: <news-toc for="missing"> names no element; listing the nearest story body.',
      ]);
    });

    it('lists the body for names when a script sets it just after adding the contents, without a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const page = await fixture(`<div><aside></aside>
        <div id="story">${sections(['h2 D', 'h2 E', 'h2 F'])}</div></div>`);
      const toc = document.createElement('news-toc');
      page.querySelector('aside')!.append(toc);
      toc.htmlFor = 'story';
      await toc.updateComplete;
      expect(links(toc).map((link) => link.textContent)).to.deep.equal(['D', 'E', 'F']);
      toc.htmlFor = '';
      await toc.updateComplete;
      expect(links(toc)).to.have.length(0);
      expect(warn.args.map(([message]) => message)).to.deep.equal([
        'news-elements: <news-toc> found no <news-article-body> to list; give the story’s id in `for`.',
      ]);
    });
  });

  describe('in a single-page app', () => {
    it('lists a story drawn after the contents, then the next story put in its place', async () => {
      const warn = sinon.stub(console, 'warn');
      const page = await fixture(`<div><aside><news-toc for="story"></news-toc></aside><main></main></div>`);
      const toc = page.querySelector<NewsToc>('news-toc')!;
      await toc.updateComplete;
      expect(links(toc)).to.have.length(0);
      // The story arrives after a fetch.
      page.querySelector('main')!.innerHTML =
        `<article><div id="story">${sections(['h2 Routes', 'h2 Fares', 'h2 Hours'])}</div></article>`;
      await until(() => links(toc).length === 3, 'the story that came');
      // The router takes the story away, and puts the next one in its place a moment later.
      page.querySelector('main')!.replaceChildren();
      await until(() => links(toc).length === 0, 'no story');
      page.querySelector('main')!.innerHTML =
        `<article><div id="story">${sections(['h2 Tides', 'h2 Boats', 'h2 Piers', 'h2 Nets'])}</div></article>`;
      await until(() => links(toc).length === 4, 'the next story');
      expect(links(toc).map((link) => link.textContent)).to.deep.equal(['Tides', 'Boats', 'Piers', 'Nets']);
      const last = links(toc)[3]!;
      last.click();
      expect(document.activeElement?.textContent).to.equal('Nets');
      // Said once, while the page had no story yet; not again once it came.
      expect(warn.args.map(([message]) => message)).to.deep.equal([
        'news-elements: <news-toc for="story"> names no element; nothing to list.',
      ]);
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('while reading', () => {
    // Each section taller than the screen.
    const tall = '<p style="block-size: 120vh; margin: 0">The council voted on Thursday.</p>';
    afterEach(() => {
      window.scrollTo(0, 0);
      history.replaceState(null, '', location.pathname + location.search);
    });

    /** A story whose first heading is a screen down, each section taller than the screen. */
    async function tallStory(headings: string[]): Promise<NewsToc> {
      const toc = await story(headings, '', tall);
      toc.nextElementSibling!.insertAdjacentHTML('afterbegin', tall);
      return toc;
    }

    it('marks the section being read as the reader scrolls, and none above the first', async () => {
      const toc = await tallStory(['h2 The vote', 'h2 The cost', 'h3 Fares', 'h2 What next']);
      const headings = [...toc.nextElementSibling!.querySelectorAll('h2, h3')];
      const marked = () => links(toc).findIndex((link) => link.getAttribute('aria-current') === 'true');
      const scrollTo = (heading: Element) =>
        window.scrollTo(0, window.scrollY + heading.getBoundingClientRect().top - innerHeight * 0.1);
      expect(marked()).to.equal(-1);
      for (const i of [0, 2, 3, 1]) {
        scrollTo(headings[i]!);
        await until(() => marked() === i, `section ${i} marked`);
      }
      window.scrollTo(0, 0);
      await until(() => marked() === -1, 'no section marked');
      expect(links(toc).filter((link) => link.hasAttribute('aria-current'))).to.have.length(0);
    });

    it('moves to the heading and gives it the focus when a link is followed', async () => {
      const toc = await tallStory(['h2 The vote', 'h2 The cost', 'h2 What next']);
      const heading = toc.nextElementSibling!.querySelectorAll('h2')[2]!;
      links(toc)[2]!.click();
      expect(document.activeElement).to.equal(heading);
      await until(() => location.hash === '#what-next', 'the address');
      await until(() => Math.abs(heading.getBoundingClientRect().top) < innerHeight / 3, 'the scroll');
      expect(links(toc)[2]!.getAttribute('aria-current')).to.equal('true');
    });
  });

  describe('on a phone and on a wide screen', () => {
    /** Contents and a story in a page `width` pixels wide: a frame, so that the media query sees that width. */
    async function page(width: number, lang = 'en'): Promise<Document> {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe
          title="A ${width}px page"
          style="inline-size: ${width}px; block-size: 600px; border: 0"
        ></iframe>`,
      );
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="${lang}"><title>Night buses</title><body><main><h1>Night buses</h1>
        <news-toc></news-toc><news-article-body>${sections(['h2 The vote', 'h3 Fares', 'h2 What next'])}</news-article-body></main>
        <script type="module" src="/src/toc/define.ts"></script><script type="module" src="/src/article-body/define.ts"></script>`;
      await loaded;
      await frame.contentWindow!.customElements.whenDefined('news-toc');
      const toc = frame.contentDocument!.querySelector<NewsToc>('news-toc')!;
      await until(() => !!toc.shadowRoot?.querySelector('a'), 'the contents');
      return frame.contentDocument!;
    }
    async function accessible(doc: Document): Promise<void> {
      const axe = doc.createElement('script');
      axe.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve) => {
        axe.onload = resolve;
        doc.head.append(axe);
      });
      const run = (
        doc.defaultView as unknown as {
          axe: { run: (d: Document) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe.run;
      const { violations } = await run(doc);
      expect(violations.map((violation) => violation.id)).to.deep.equal([]);
    }

    it('is a closed "Jump to" on a 360px page', async () => {
      const doc = await page(360);
      const root = doc.querySelector('news-toc')!.shadowRoot!;
      const details = root.querySelector('details')!;
      expect(details.open).to.be.false;
      expect(root.querySelector('summary')!.textContent).to.equal('Jump to');
      expect(named(root.querySelector('nav')!)).to.equal('Contents');
      root.querySelector('summary')!.click();
      expect(details.open).to.be.true;
      await accessible(doc);
    });

    it('says "바로 가기" and "목차" on a Korean phone', async () => {
      const root = (await page(360, 'ko')).querySelector('news-toc')!.shadowRoot!;
      expect(root.querySelector('summary')!.textContent).to.equal('바로 가기');
      expect(named(root.querySelector('nav')!)).to.equal('목차');
    });

    it('is an open list titled "Contents" on a 1200px page', async () => {
      const doc = await page(1200);
      const root = doc.querySelector('news-toc')!.shadowRoot!;
      expect(root.querySelector('details')).to.equal(null);
      const nav = root.querySelector('nav')!;
      expect(root.getElementById(nav.getAttribute('aria-labelledby')!)!.textContent).to.equal('Contents');
      expect(outline(nav.querySelector('ol'))).to.deep.equal(['The vote', ['Fares'], 'What next']);
      expect(doc.defaultView!.getComputedStyle(nav).position).to.equal('sticky');
      await accessible(doc);
    });
  });

  describe('accessibility and language', () => {
    it('passes axe', async () => {
      const toc = await story(['h2 The vote', 'h3 Fares', 'h2 What next']);
      await expect(toc.closest('news-article')).to.be.accessible();
    });

    // The page's own language on a phone: 'says "바로 가기" and "목차" on a Korean phone', above.
    it('speaks its own locale inside an English article', async () => {
      const toc = await story(['h2 표결', 'h2 요금', 'h2 다음 단계'], 'locale="ko"');
      const nav = toc.shadowRoot!.querySelector('nav')!;
      expect(named(nav)).to.equal('목차');
      // Read in a Korean voice; the links, in the story's language, are not marked.
      const name = toc.shadowRoot!.getElementById(nav.getAttribute('aria-labelledby')!)!;
      expect(name.lang).to.equal('ko');
      const langs = [...nav.querySelectorAll('[lang]')].map((node) => node.getAttribute('lang'));
      expect(langs).to.include('ko');
      expect(langs.every((lang) => lang === 'ko')).to.be.true;
      expect(nav.querySelector('ol')!.closest('[lang]')).to.equal(null);
    });
  });
});
