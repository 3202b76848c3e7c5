/**
 * A live blog written as markup, through its two upgrades (the preload rules, as in
 * preload.test.ts): before any script, the blog and its posts wait; then the posts' code, which
 * comes on sight, may be here before the blog's; then the blog draws. The page must not move at
 * either step. The posts are the real `<news-live-post>` (the blog looks for that tag); the first
 * step is measured on a copy whose posts are under a tag never defined. The key events are a
 * closed list on a phone and a row of cards on a wide screen, by the page's width: those cases are
 * pages of a set width in a frame, where the real tags are defined by the modules in the order a
 * page fetches them.
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/live-post/define.js';
import { NewsLiveBlog } from '../src/live-blog/live-blog.js';
import { expectNoShift, measure, rename, settle, sheets, upgradesAround } from './support/preload.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A post as a site writes it, newest first. */
const post = (id: number, minutes: number, attributes: string, body: string) =>
  `<news-live-post post-id="${id}" datetime="${minutesAgo(minutes)}" ${attributes}>${body}</news-live-post>`;

const election = [
  post(
    3,
    2,
    'headline="Exit poll points to a hung parliament" author="Amina Yusuf"',
    '<p>No party is within 20 seats of a majority, the broadcasters’ exit poll suggests.</p><p>The first results are expected shortly before midnight.</p>',
  ),
  post(2, 14, '', '<p>Polls have closed across the country. Counting has begun in Sunderland.</p>'),
  post(
    1,
    31,
    'headline="Turnout up in the cities, say officials"',
    '<p>Queues were reported at polling stations in Leeds and Bristol in the last hour of voting.</p>',
  ),
].join('');

// Each post's box: where a shift would show inside the blog.
const children = (el: Element) =>
  [...el.children]
    .filter((child) => child.localName.startsWith('news-live-post') && child.checkVisibility())
    .map((child) => child.getBoundingClientRect());

/** The blog `attributes` with `posts` in a column `width` px wide: its boxes before, between and after. */
const upgrades = (rules: string, attributes: string, posts: string, width: number) =>
  upgradesAround(rules, {
    host: 'news-live-blog',
    child: 'news-live-post',
    element: NewsLiveBlog,
    column: (tag, post) =>
      fixture(
        `<div style="inline-size: ${width}px"><${tag} ${attributes}>${rename(posts, 'news-live-post', post)}</${tag}><p>The story goes on.</p></div>`,
      ),
    boxes: children,
  });

/**
 * The blog `attributes` with `posts` on a page `width` px wide (a frame; a body margin of 16 px)
 * under `rules`: its boxes before any script, with the posts' code, and with the blog's.
 */
async function upgradesInFrame(rules: string, attributes: string, posts: string, width: number) {
  const frame = await fixture<HTMLIFrameElement>(
    `<iframe title="A phone" style="inline-size: ${width}px; block-size: 900px; border: 0"></iframe>`,
  );
  const page = frame.contentDocument!;
  page.open();
  page.write(
    `<!doctype html><style>${rules}</style><body style="margin: 16px"><div><news-live-blog ${attributes}>${posts}</news-live-blog><p>The story goes on.</p></div>`,
  );
  page.close();
  const el = page.querySelector('news-live-blog')!;
  const load = async (module: string, tag: string) => {
    const script = page.createElement('script');
    script.type = 'module';
    script.textContent = `import '${module}';`;
    page.body.append(script);
    await frame.contentWindow!.customElements.whenDefined(tag);
    await settle(el);
    await settle(el);
    return measure(el, children);
  };
  const before = measure(el, children);
  const between = await load('/src/live-post/define.ts', 'news-live-post');
  return { before, between, after: await load('/src/live-blog/define.ts', 'news-live-blog'), el };
}

for (const [file, load] of sheets) {
  describe(`${file}: a live blog written as markup`, () => {
    let rules: string;
    before(async () => {
      rules = await load();
    });

    for (const width of [600, 358])
      it(`keeps its badge and each post's rule, time, headline, body and authors, ${width} px wide`, async () => {
        const steps = await upgrades(rules, 'lang="en-GB"', election, width);
        expectNoShift(steps, 'posts');
        // The badge and the author line are the drawn ones, in the same words.
        const badge = steps.el.shadowRoot!.querySelector('[part="status"] [aria-hidden="true"]:not(.dot)')!;
        expect(badge.textContent!.trim()).to.equal('Live');
        expect(steps.el.querySelector('[post-id="3"]')!.shadowRoot!.textContent).to.contain('By Amina Yusuf');
      });

    // Written where its date puts it (the oldest), or first.
    for (const first of [false, true])
      it(`keeps a pinned post’s box on top of an ended blog, written ${first ? 'first' : 'last'}`, async () => {
        const pinned = post(9, 90, 'pinned headline="What we know so far"', '<p>Polls closed at 10pm.</p>');
        const steps = await upgrades(
          rules,
          'ended lang="en-GB"',
          first ? pinned + election : election + pinned,
          600,
        );
        expectNoShift(steps, 'posts');
        const boxes = [...steps.el.children].map((child) => child.getBoundingClientRect().top);
        expect(boxes.indexOf(Math.min(...boxes)), 'the pinned post on top').to.equal(first ? 0 : 3);
      });

    it('shows every post until its script runs, and keeps the first page of 20 where it was', async () => {
      const many = Array.from({ length: 23 }, (_, i) =>
        post(100 - i, i * 3 + 1, '', `<p>Result ${i + 1} of the night is in.</p>`),
      ).join('');
      const steps = await upgrades(rules, 'lang="en-GB"', many, 600);
      // A reader without script reads all 23; once drawn, the blog pages them.
      expect(steps.before.children).to.have.length(23);
      expect(steps.after.children).to.have.length(20);
      for (const step of [steps.before, steps.between])
        for (const [i, box] of steps.after.children!.entries())
          for (const side of ['x', 'y', 'width', 'height'] as const)
            expect(step.children![i]![side], `post ${i + 1} ${side}`).to.be.closeTo(box[side], 1);
      const older = steps.el.shadowRoot!.querySelector('[part="next-page"]')!;
      expect(older.textContent!.trim()).to.equal('Older posts');
    });

    it('on a phone, keeps the line of its key events (a closed list) above the posts', async () => {
      const keyed = election.replace('post-id="3"', 'post-id="3" key-event');
      const steps = await upgradesInFrame(rules, 'lang="en-GB"', keyed, 390);
      expectNoShift(steps, 'posts');
      const keys = steps.el.shadowRoot!.querySelector('details[part~="key-events"]')!;
      expect(keys.checkVisibility()).to.be.true;
      expect(keys.textContent).to.contain('Key events');
    });

    it('on a wide screen, keeps the room of its key events (a row of cards that scrolls), however long their headlines', async () => {
      const long =
        'Exit poll points to a hung parliament, with no party within twenty seats of a majority and the smaller parties holding the balance';
      const keyed = Array.from({ length: 6 }, (_, i) =>
        post(6 - i, i * 9 + 2, `key-event headline="${i ? `Result ${6 - i}` : long}"`, '<p>More soon.</p>'),
      ).join('');
      const steps = await upgradesInFrame(rules, 'lang="en-GB"', keyed, 1000);
      expectNoShift(steps, 'posts');
      const keys = steps.el.shadowRoot!.querySelector('nav[part~="key-events"]')!;
      expect(keys.checkVisibility()).to.be.true;
      expect(steps.el.shadowRoot!.querySelector('details[part~="key-events"]')!.checkVisibility()).to.be
        .false;
      const row = keys.querySelector('ol')!;
      expect(row.scrollWidth, 'the row scrolls').to.be.greaterThan(row.clientWidth);
      // Cut on the screen after two lines; whole in the link's text (and in its post).
      const headline = keys.querySelector<HTMLElement>('.key-headline')!;
      const line = parseFloat(getComputedStyle(headline).lineHeight);
      expect(headline.clientHeight, 'two lines (WebKit rounds each down)').to.be.closeTo(2 * line, line / 4);
      // (Uncut, the same headline at the same width takes more: WebKit does not lay out what a
      // clamp cuts, so the headline's own scrollHeight cannot tell.)
      const whole = headline.cloneNode(true) as HTMLElement;
      whole.style.cssText = 'display: block; -webkit-line-clamp: none';
      headline.after(whole);
      expect(whole.offsetHeight, 'the headline uncut').to.be.greaterThan(2.5 * line);
      whole.remove();
      expect(headline.closest('a')!.textContent).to.contain(long);
      // A focused card's ring (5 px out) is inside the row, which clips: above, and at the end.
      const links = [...row.querySelectorAll('a')];
      row.scrollLeft = row.scrollWidth;
      const [box, first, last] = [row, links[0]!, links.at(-1)!].map((e) => e.getBoundingClientRect());
      expect(first!.top - box!.top, 'room above').to.be.at.least(5);
      expect(box!.right - last!.right, 'room at the end').to.be.at.least(5);
    });
  });
}
