/**
 * The preload rules (themes/preload.css, and the end of every theme file): what a reader sees before
 * the script has run takes the same room as the element's first render, so the upgrade moves nothing
 * on the page. Each case writes the markup under a tag nobody has defined yet, with the sheet's rules
 * renamed to that tag, measures, then defines the tag with the library's class and measures again.
 * Every sheet is built as the build ships it (themeFile, preloadFile), and a server-rendered element
 * must look the same with the sheet as without it.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { NewsArticle, NewsDateline, NewsFigure, NewsPartnerBanner, NewsTeaserList } from '../src/classes.js';
import { NewsByline } from '../src/byline/byline.js';
import { mediaCode } from '../src/figure/figure.js';
import { NewsNotice } from '../src/notice/notice.js';
import { lightStyles as noticeLightStyles } from '../src/notice/notice.styles.js';
import { NewsShare } from '../src/share/share.js';
import { expectSameBox, measure, sheets, withRules } from './support/preload.js';

const A = '/stories/assets';
const typedAttr = CSS.supports('aspect-ratio', 'attr(width type(<number>))');
let count = 0;
const names = new Map<typeof LitElement, string>([
  [NewsArticle, 'news-article'],
  [NewsByline, 'news-byline'],
  [NewsNotice, 'news-notice'],
  [NewsShare, 'news-share'],
  [NewsDateline, 'news-dateline'],
  [NewsFigure, 'news-figure'],
  [NewsPartnerBanner, 'news-partner-banner'],
  [NewsTeaserList, 'news-teaser-list'],
]);

/**
 * Renders `markup` (with `TAG` standing for a fresh tag of `element`) in a column `width` px wide
 * under `rules`, and returns its box before and after the upgrade.
 */
async function upgrade(
  rules: string,
  element: typeof LitElement,
  markup: string,
  width = 600,
  children?: (el: Element) => DOMRect[],
  /** What to wait for after the first render before measuring again (code the element fetches). */
  ready?: (el: LitElement) => Promise<unknown>,
) {
  const name = names.get(element)!;
  const tag = `${name}-preload-${++count}`;
  return withRules(rules, name, tag, async () => {
    const column = await fixture(
      `<div style="inline-size: ${width}px">${markup.replaceAll('TAG', tag)}<p>The story goes on.</p></div>`,
    );
    const el = column.firstElementChild!;
    const before = measure(el, children);
    customElements.define(tag, class extends (element as typeof HTMLElement) {});
    await (el as LitElement).updateComplete;
    await ready?.(el as LitElement);
    return { before, after: measure(el, children), el };
  });
}

for (const [file, load] of sheets) {
  describe(file, () => {
    let rules: string;
    let bareRules: string;
    before(async () => {
      rules = await load();
      bareRules = await load(true);
    });

    it('reserves a figure’s image box from width and height, and its caption from the attributes', async () => {
      const result = await upgrade(
        rules,
        NewsFigure,
        `<TAG src="${A}/city-1600x900.jpg" width="1600" height="900" alt="Cranes over the harbour"
        caption="The container terminal at Port Ellen, where the channel has narrowed by a third since 2019."
        credit="Mairi Campbell"></TAG>`,
      );
      if (typedAttr) expectSameBox(result);
      else expect(result.before.height).to.be.above(result.before.width / 1.5);
    });

    it('reserves a figure cropped by aspect-ratio, and a portrait figure on a phone', async () => {
      const cropped = await upgrade(
        rules,
        NewsFigure,
        `<TAG src="${A}/weightlifter-1200x800.jpg" aspect-ratio="16/9" alt="A weightlifter" caption="Eilidh Bell in Glasgow."></TAG>`,
      );
      const portrait = await upgrade(
        rules,
        NewsFigure,
        `<TAG src="${A}/market-1200x1600.jpg" width="1200" height="1600" alt="Oysters at the market"></TAG>`,
        358,
      );
      if (typedAttr) {
        expectSameBox(cropped);
        expectSameBox(portrait);
      } else {
        // Without typed attr() the common 3:2 photo shape is reserved, above the same caption.
        expect(portrait.before.height).to.be.closeTo(358 / 1.5, 1);
        expect(cropped.before.width).to.equal(cropped.after.width);
        expect(cropped.before.height - 600 / 1.5, 'the caption’s room').to.be.closeTo(
          cropped.after.height - (600 * 9) / 16,
          1,
        );
      }
    });

    it('reserves a figure whose aspect-ratio is written 4:3 by its width and height, not as no box', async () => {
      // The rules cannot read the colon form: the picture's own shape (3:2) until the crop comes.
      const { before, after } = await upgrade(
        rules,
        NewsFigure,
        `<TAG src="${A}/weightlifter-1200x800.jpg" width="1200" height="800" aspect-ratio="4:3" alt="A weightlifter"></TAG>`,
      );
      expect(before.height).to.be.closeTo(600 / 1.5, 1);
      expect(after.height).to.be.closeTo((600 * 3) / 4, 1);
    });

    it('reserves a video without its size at 16:9, and an audio player’s row', async () => {
      // Measured again once the player's code has come and drawn the player.
      const player = async (el: LitElement) => {
        await mediaCode.load();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('video, audio'), 'the player').to.exist;
      };
      for (const [width, markup] of [
        [
          600,
          `<TAG type="video" src="${A}/tone-2s.wav" poster="${A}/city-800x450.jpg" caption="The harbour at first light."></TAG>`,
        ],
        [
          358,
          `<TAG type="audio" src="${A}/tone-2s.wav" caption="The harbour master on the dredging." credit="Islay Radio"></TAG>`,
        ],
      ] as const)
        expectSameBox(await upgrade(rules, NewsFigure, markup, width, undefined, player));
    });

    it('shows a figure written as markup at its final size', async () => {
      expectSameBox(
        await upgrade(
          rules,
          NewsFigure,
          `<TAG><img src="${A}/city-800x450.jpg" width="800" height="450" alt="The harbour" />
          <span slot="caption">Ferries wait out the storm.</span></TAG>`,
        ),
      );
    });

    // The caption's lines beside the picture: each one's start and top, from the page's left.
    const captionLines = (el: Element) =>
      [...el.querySelectorAll('[slot="caption"], [slot="credit"]')].flatMap((part) => [
        ...part.getClientRects(),
      ]);

    it('keeps a thumbnail’s small picture beside its caption, and a caption longer than the picture beside it too', async () => {
      const long =
        'The harbour master, who has run the port for thirty years, on the morning the dredging finally began.';
      // From the attributes, on a phone (the caption outgrows the picture) and a desktop. (A 3:2
      // picture: the shape reserved where attr() cannot read width and height.)
      for (const width of [358, 600])
        expectSameBox(
          await upgrade(
            rules,
            NewsFigure,
            `<TAG layout="thumbnail" src="${A}/weightlifter-1200x800.jpg" width="1200" height="800" alt="The harbour master"
            caption="${long}" credit="Mairi Campbell"></TAG>`,
            width,
          ),
        );
      // Written as markup: the caption's lines, which run on with the credit, where drawn.
      const written = await upgrade(
        rules,
        NewsFigure,
        `<TAG layout="thumbnail"><img src="${A}/city-800x450.jpg" width="800" height="450" alt="The harbour master" />
        <span slot="caption">${long}</span> <span slot="credit">Mairi Campbell</span></TAG>`,
        358,
        captionLines,
      );
      expectSameBox(written);
      expect(written.before.children, 'as many line boxes').to.have.length(written.after.children!.length);
      for (const [i, line] of written.before.children!.entries())
        for (const side of ['left', 'top', 'width'] as const)
          expect(line[side], `line ${i + 1} ${side}`).to.be.closeTo(written.after.children![i]![side], 1);
    });

    it('prints a dateline’s fallback text and place in the rendered line', async () => {
      const { before, after, el } = await upgrade(
        rules,
        NewsDateline,
        `<TAG datetime="2024-03-12" place="Port Ellen" locale="en-GB" format="long">12 March 2024</TAG>`,
      );
      expectSameBox({ before, after });
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.include('Port Ellen — 12 March 2024');
    });

    // The logo's size as the file has it (200 × 60): a size that differs changes the box when the
    // logo arrives, whichever way the banner was drawn before.
    it('draws a partner banner’s label, logo box and about link in one row', async () => {
      const result = await upgrade(
        rules,
        NewsPartnerBanner,
        `<TAG name="Urban Institute" href="https://urbaninstitute.example/" logo-src="${A}/logo-urban-institute.svg"
        logo-width="200" logo-height="60" about-href="/about/partnerships"></TAG>`,
      );
      if (typedAttr) expectSameBox(result);
      else expect(result.before.height).to.be.within(1, result.after.height);
      // On a phone the about link wraps to a second row, before and after.
      const phone = await upgrade(
        rules,
        NewsPartnerBanner,
        `<TAG name="Urban Institute" logo-src="${A}/logo-urban-institute.svg" logo-width="200" logo-height="60"
        about-href="/about/partnerships" variant="sponsored"></TAG>`,
        358,
      );
      if (typedAttr) expectSameBox(phone);
      else expect(phone.before.height).to.be.within(1, phone.after.height);
      // Paid content: its frame and its label's box, with a logo and without.
      for (const logo of [`logo-src="${A}/logo-urban-institute.svg" logo-width="200" logo-height="60"`, ''])
        if (typedAttr || !logo)
          expectSameBox(
            await upgrade(
              rules,
              NewsPartnerBanner,
              `<TAG variant="paid" name="Urban Institute" ${logo}></TAG>`,
            ),
          );
    });

    // Each comes on sight, one request after the single file; the byline with its names as text.
    it('sets a byline’s line, reserves sharing’s row and draws a notice’s box', async () => {
      expectSameBox(
        await upgrade(
          rules,
          NewsByline,
          `<TAG authors='["Amina Yusuf","Tomás Herrera"]'>By Amina Yusuf and Tomás Herrera</TAG>`,
        ),
      );
      for (const width of [600, 358])
        expectSameBox(
          await upgrade(rules, NewsShare, `<TAG url="https://news.example.com/story"></TAG>`, width),
        );
      // The notice's own page rules (its text's outer margins) come with its class: renamed too.
      const noticeRules = `${rules}\n${noticeLightStyles.cssText}`;
      for (const [width, body] of [
        [600, 'An earlier version misstated the number of homes.'],
        [358, '<p>An earlier version misstated the number of homes planned for Charlotte Street.</p>'],
      ] as const)
        expectSameBox(
          await upgrade(
            noticeRules,
            NewsNotice,
            `<TAG type="correction" datetime="2012-12-15">${body}</TAG>`,
            width,
          ),
        );
    });

    it('draws a teaser list’s heading, and keeps the room a page reserves for its stories', async () => {
      const { before, after } = await upgrade(
        rules,
        NewsTeaserList,
        `<TAG heading="More from the coast" style="--news-teaser-list-min-block-size: 20rem"></TAG>`,
      );
      expectSameBox({ before, after });
      expect(after.height).to.equal(320);
    });

    // The WordPress plugin's story page (examples/wordpress/news-elements/templates/story.php), its
    // children left undefined so that only the shell's layout changes: on a phone, and on a desktop
    // where the related stories move beside the story.
    // Without related stories, the wide story has no column beside it: its text stays centred. On
    // a phone the dateline, with its update, does not fit beside the byline: it goes under it, as
    // on every screen (before and after the upgrade alike).
    for (const [width, withRelated] of [
      [358, true],
      [1200, true],
      [1200, false],
    ] as const)
      it(`keeps an article shell's children where they were through its upgrade, ${width} px wide${withRelated ? '' : ', no related stories'}`, async () => {
        const { before, after, el } = await upgrade(
          rules,
          NewsArticle,
          `<TAG>
            <span slot="kicker">Islay</span>
            <h1 slot="headline">Port Ellen ferry timetable cut for the winter after the channel silts up</h1>
            <p slot="standfirst">Dredging will not start before March, the harbour board says.</p>
            <p slot="byline">By <a href="/author/mairi">Mairi Campbell</a></p>
            <news-dateline slot="dateline" datetime="2024-03-12" updated="2024-03-13" locale="en-GB"
              >12 March 2024 · Updated&nbsp;13 March 2024</news-dateline
            >
            <news-figure slot="lead" src="${A}/city-1600x900.jpg" width="1600" height="900"
              alt="Cranes over the harbour" caption="The container terminal at Port Ellen."></news-figure>
            <news-share networks="email"></news-share>
            <news-article-body>
              <p>The channel into Port Ellen has narrowed by a third since 2019, the harbour board said on Tuesday.</p>
              <p>Ferries will sail twice a day instead of four times until the dredger arrives in March.</p>
            </news-article-body>
            <news-notice type="correction" datetime="2024-03-13" locale="en-GB"
              ><p>An earlier version gave the wrong month for the dredger.</p></news-notice
            >
            <news-notice type="age" datetime="2024-03-12"></news-notice>
            ${
              withRelated
                ? `<news-teaser-list slot="related" heading="More from the coast" src="/feeds/coast.xml"
              style="--news-teaser-list-min-block-size: 12rem"></news-teaser-list>`
                : ''
            }
          </TAG>`,
          width,
          (article) =>
            [...article.children].map((child) => child.getBoundingClientRect().toJSON() as DOMRect),
        );
        const [was, is] = [before.children!, after.children!];
        for (const [i, child] of [...el.children].entries())
          for (const side of ['x', 'y', 'width', 'height'] as const)
            expect(was[i]![side], `${child.getAttribute('slot') ?? child.localName} ${side}`).to.be.closeTo(
              is[i]![side],
              1,
            );
        expectSameBox({ before, after });
        // Sharing and the correction are set apart from the story by the space after the lead.
        const box = (name: string) =>
          is[
            [...el.children].findIndex((child) => (child.getAttribute('slot') ?? child.localName) === name)
          ]!;
        const space = box('news-share').y - box('lead').bottom;
        expect(space, 'the lead, then sharing').to.be.at.least(16);
        expect(
          box('news-article-body').y - box('news-share').bottom,
          'sharing, then the story',
        ).to.be.closeTo(space, 1);
        expect(
          box('news-notice').y - box('news-article-body').bottom,
          'the story, then its correction',
        ).to.be.closeTo(space, 1);
        const related = was.at(-1)!;
        if (!withRelated) {
          const [story, shell] = [box('news-article-body'), el.getBoundingClientRect()];
          const margins = [story.left - shell.left, shell.right - story.right];
          expect(margins[0], 'the story centred').to.be.closeTo(margins[1]!, 1);
        } else if (width > 1024) expect(related.y, 'related stories beside the story').to.equal(was[0]!.y);
        else expect(related.y, 'related stories after the story').to.be.above(was.at(-2)!.bottom);
      });

    // Written as a server page has them: the sheet would draw each again were it not told apart.
    const served: [typeof LitElement, string][] = [
      [
        NewsFigure,
        `<news-figure src="${A}/city-1600x900.jpg" width="1600" height="900" alt="Cranes over the harbour"
        caption="The container terminal at Port Ellen." credit="Mairi Campbell"></news-figure>`,
      ],
      [
        NewsPartnerBanner,
        `<news-partner-banner name="Urban Institute" logo-src="${A}/logo-urban-institute.svg" logo-width="200"
        logo-height="60" about-href="/about/partnerships"></news-partner-banner>`,
      ],
      [
        NewsDateline,
        `<news-dateline datetime="2024-03-12" place="Port Ellen" locale="en-GB" time-zone="Europe/London">12 March 2024</news-dateline>`,
      ],
      [NewsTeaserList, `<news-teaser-list heading="More from the coast"></news-teaser-list>`],
      [
        NewsArticle,
        `<news-article><h1 slot="headline">Port Ellen ferry timetable cut</h1><p>The channel has narrowed.</p>
        <news-teaser-list slot="related" heading="More from the coast"></news-teaser-list></news-article>`,
      ],
    ];
    for (const [element, markup] of served) {
      it(`leaves a server-rendered ${names.get(element)} as the server drew it`, async () => {
        const name = names.get(element)!;
        const tag = `${name}-ssr-${++count}`;
        const html = await (await fetch(`/__ssr/markup?html=${encodeURIComponent(markup)}`)).text();
        const column = await fixture(`<div style="inline-size: 600px"></div>`);
        column.setHTMLUnsafe(
          `${html.replace(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, 'g'), tag)}<p>The story goes on.</p>`,
        );
        const el = column.firstElementChild!;
        expect(el.shadowRoot, 'its declarative shadow root').to.exist;
        const bare = await withRules(bareRules, name, tag, async () => measure(el));
        const drawn = () => getComputedStyle(el, '::before').content;
        const [themed, content, unmarked] = await withRules(rules, name, tag, async () => {
          const box = measure(el);
          const shown = drawn();
          // The control: without the server's mark the sheet would draw the element again.
          el.removeAttribute('hydrate');
          return [box, shown, drawn()] as const;
        });
        expectSameBox({ before: bare, after: themed });
        expect(content).to.be.oneOf(['none', 'normal']);
        expect(unmarked).not.to.be.oneOf(['none', 'normal']);
      });
    }
  });
}
