/**
 * An excerpt of several paragraphs (RSS descriptions often are: the Guardian's is a standfirst with
 * no full stop, the story's first paragraph, a "Related:" link) keeps them apart: the cleaned text
 * parts them with "\n", and a teaser shows each on a line of its own, so that neither the eye nor a
 * screen reader runs "…thinly disguised contempt" into "Donald Trump has promised…".
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/teaser-list/define.js';
import '../src/teaser/define.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { cleanExcerpt, htmlToText } from '../src/text/excerpt.js';
import { plainExcerpt } from '../src/text/excerpt-plain.js';
import { excerptCleaning, shownExcerpt } from '../src/internal/excerpt.js';
import { hydrateFrame, serverRenderedFrame, type Frame } from './support/server-rendered.js';

const STANDFIRST =
  'The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt';
// Its first paragraph, cut where the teaser's 30 words end.
const FIRST_PARAGRAPH = 'Donald Trump has promised a “new American moment” in a State of the Union address…';

/** The first item's description in the Guardian's RSS (test/fixtures/README.md), as a feed reader gets it. */
async function guardianDescription(): Promise<string> {
  const xml = await (await fetch(new URL('./fixtures/teaser-feeds/guardian.xml', import.meta.url))).text();
  const rss = new DOMParser().parseFromString(xml, 'application/xml');
  return rss.querySelector('item > description')!.textContent!;
}

const excerptOf = (teaser: Element) => teaser.shadowRoot!.querySelector<HTMLElement>('[part~="excerpt"]')!;
/**
 * The excerpt as a reader sees it: each run of text it draws, with the box it is drawn in (a
 * paragraph's block, or the excerpt for text of its own).
 */
const drawn = (teaser: Element) => {
  const excerpt = excerptOf(teaser);
  const texts = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
  const runs: { text: string; top: number; bottom: number; left: number }[] = [];
  while (texts.nextNode()) {
    const text = texts.currentNode.textContent!.trim();
    const box = texts.currentNode.parentElement!.closest('.paragraph') ?? excerpt;
    const { top, bottom, left } = box.getBoundingClientRect();
    if (text) runs.push({ text, top, bottom, left });
  }
  return runs;
};

describe('cleanExcerpt keeps paragraphs apart', () => {
  // [what it is, input, what cleanExcerpt gives]
  const table: [string, string, string][] = [
    [
      'WordPress’s excerpt.rendered, one <p> and its "Continue reading" paragraph, stays one line',
      '<p>The council voted 23 to 9 on Tuesday to keep the crossing.</p>\n<p><a class="more-link" href="/x">Continue reading<span class="screen-reader-text"> &#8220;Ferry vote&#8221;</span></a></p>\n',
      'The council voted 23 to 9 on Tuesday to keep the crossing.',
    ],
    [
      'block tags end paragraphs; inline tags and the source’s own line breaks do not',
      '<h2>Live</h2><p>Gold<em>en</em>\nhour</p><ul><li>one</li><li>two</li></ul>line<br>break',
      'Live\nGolden hour\none\ntwo\nline\nbreak',
    ],
    [
      'plain text: a blank line parts paragraphs (as WordPress reads it), a single line break is a space',
      ' Ferries are cancelled\nuntil noon.\r\n\r\n \tThe council meets at six.\n\n\n',
      'Ferries are cancelled until noon.\nThe council meets at six.',
    ],
    [
      'a "[…]" ending in a paragraph of its own still becomes the one "…" after the last word',
      '<p>The council voted 23</p><p>[&hellip;]</p>',
      'The council voted 23…',
    ],
  ];
  for (const [what, input, cleaned] of table)
    it(what, () => {
      expect(cleanExcerpt(input, { words: Infinity })).to.equal(cleaned);
    });

  it('parts the Guardian’s standfirst from its first paragraph, and counts words across both', async () => {
    const description = await guardianDescription();
    expect(cleanExcerpt(description)).to.equal(`${STANDFIRST}\n${FIRST_PARAGRAPH}`);
    // 15 words in the standfirst: the cut falls in the next paragraph.
    expect(cleanExcerpt(description, { words: 17 })).to.equal(`${STANDFIRST}\nDonald Trump…`);
    expect(cleanExcerpt(description, { words: 15 })).to.equal(`${STANDFIRST}…`);
  });

  it('parts plain text in the first load as the cleaning code parts markup', () => {
    const shown = 'Ferries are cancelled.\nThe council meets at six.';
    expect(plainExcerpt('Ferries are cancelled.\n\nThe council meets at six.')).to.equal(shown);
    expect(plainExcerpt('Ferries are cancelled.\r\n \r\nThe council meets at six.')).to.equal(shown);
    expect(cleanExcerpt('<p>Ferries are cancelled.</p>\n<p>The council meets at six.</p>')).to.equal(shown);
  });

  it('parts paragraphs in the simpler excerpt a teaser shows if the cleaning code cannot load', () => {
    const { module, failed } = excerptCleaning;
    Object.assign(excerptCleaning, { module: undefined, failed: true });
    try {
      expect(
        shownExcerpt('<p>Democrats showed contempt</p><p>Donald Trump <em>promised</em></p>', {}),
      ).to.equal('Democrats showed contempt\nDonald Trump promised');
    } finally {
      Object.assign(excerptCleaning, { module, failed });
    }
  });

  it('keeps a title, a name or a caption on one line (htmlToText)', () => {
    expect(htmlToText('<p>Ferry vote</p>\n\n<p>what happens next</p>')).to.equal(
      'Ferry vote what happens next',
    );
  });

  it('stays fast on a megabyte of paragraphs and of line breaks', () => {
    expect(cleanExcerpt('<p>Ferry</p>'.repeat(90_000), { words: 3 })).to.equal('Ferry\nFerry\nFerry…');
    expect(cleanExcerpt(`Ferry${' \n'.repeat(500_000)}fares`)).to.equal('Ferry\nfares');
    expect(cleanExcerpt('Ferry \n\n'.repeat(120_000), { words: 2 })).to.equal('Ferry\nFerry…');
    expect(cleanExcerpt(`Ferry${'\n '.repeat(500_000)}&amp;`)).to.equal('Ferry\n&');
  });
});

describe('a teaser’s excerpt of several paragraphs', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('shows the Guardian’s standfirst and first paragraph as two lines, from its feed', async () => {
    const list = await fixture<NewsTeaserList>(
      html`<news-teaser-list heading="Latest" src="/__feeds/charset/none/guardian.xml"></news-teaser-list>`,
    );
    await oneEvent(list, 'news-teaser-list-load');
    await list.updateComplete;
    const teaser = list.shadowRoot!.querySelector<NewsTeaser>('news-teaser:not([skeleton])')!;
    await teaser.updateComplete;
    const runs = drawn(teaser);
    expect(runs.filter((run) => run.text.includes('contempt Donald'))).to.deep.equal([]);
    const [standfirst, paragraph, ...more] = runs;
    expect([standfirst?.text, paragraph?.text, ...more]).to.deep.equal([STANDFIRST, FIRST_PARAGRAPH]);
    // The paragraph starts a line of its own, at the excerpt's start, below the standfirst.
    expect(paragraph!.top, 'below the standfirst').to.be.at.least(standfirst!.bottom);
    expect(paragraph!.left).to.equal(excerptOf(teaser).getBoundingClientRect().left);
    await expect(teaser).to.be.accessible();
  });

  it('shows an excerpt of one <p> as its text alone, as before', async () => {
    const teaser = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Harbour city keeps its night ferry"
        href="/ferry"
        excerpt=${'<p>The council voted 23 to 9 on Tuesday.</p>\n'}
      ></news-teaser>`,
    );
    expect(excerptOf(teaser).querySelector('slot')!.children).to.have.length(0);
    expect(drawn(teaser).map((run) => run.text)).to.deep.equal(['The council voted 23 to 9 on Tuesday.']);
  });

  it('hydrates a server-rendered excerpt of several paragraphs, keeping every node', async () => {
    frame = await serverRenderedFrame(
      `<news-teaser id="t" headline="Trump State of the Union address" href="/sotu" excerpt="${(await guardianDescription()).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></news-teaser>`,
    );
    const teaser = frame.contentDocument!.getElementById('t') as NewsTeaser;
    const before = [...teaser.shadowRoot!.querySelectorAll('*')];
    expect(drawn(teaser).map((run) => run.text)).to.deep.equal([STANDFIRST, FIRST_PARAGRAPH]);
    expect(await hydrateFrame(frame.contentDocument!, [teaser])).to.deep.equal([]);
    expect(teaser.hasUpdated).to.equal(true);
    expect([...teaser.shadowRoot!.querySelectorAll('*')]).to.have.ordered.members(before);
    const [standfirst, paragraph] = drawn(teaser);
    expect([standfirst!.text, paragraph!.text]).to.deep.equal([STANDFIRST, FIRST_PARAGRAPH]);
    expect(paragraph!.top, 'below the standfirst').to.be.at.least(standfirst!.bottom);
  });
});
