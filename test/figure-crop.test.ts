import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/figure/define.js';
import '../src/article/define.js';
import '../src/article-body/define.js';
import type { NewsFigure } from '../src/figure/figure.js';

const SQUARE = '/stories/assets/harbour-800x800.jpg';

/** The image the reader sees: the figure's own, or the one slotted into it. */
const shown = (el: NewsFigure) =>
  el.querySelector('img') ?? el.shadowRoot!.querySelector<HTMLImageElement>('.frame img')!;
const position = (el: NewsFigure) => getComputedStyle(shown(el)).objectPosition;

afterEach(() => sinon.restore());

describe('news-figure focal-point', () => {
  // [focal-point, the cropped image's object-position]
  const points: [string, string][] = [
    ['70% 40%', '70% 40%'],
    ['right top', '100% 0%'],
    ['0.7 0.4', '70% 40%'],
    ['{"x":0.25,"y":0.8}', '25% 80%'],
  ];
  for (const [point, expected] of points)
    it(`crops around focal-point="${point}"`, async () => {
      const el = await fixture<NewsFigure>(html`
        <news-figure src=${SQUARE} alt="" width="800" height="800" aspect-ratio="2/1" focal-point=${point}>
        </news-figure>
      `);
      expect(position(el)).to.equal(expected);
      await expect(el).to.be.accessible();
    });

  it('wins over --news-figure-object-position set for the section', async () => {
    const el = await fixture(html`
      <div style="--news-figure-object-position: 50% 0%">
        <news-figure src=${SQUARE} alt="" aspect-ratio="2/1"></news-figure>
        <news-figure src=${SQUARE} alt="" aspect-ratio="2/1" focal-point="50% 76%"></news-figure>
      </div>
    `);
    const [section, own] = el.querySelectorAll<NewsFigure>('news-figure');
    await Promise.all([section!.updateComplete, own!.updateComplete]);
    expect(position(section!)).to.equal('50% 0%');
    expect(position(own!)).to.equal('50% 76%');
  });

  it("applies to the page's own <img> and the <img> of a <picture>", async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure aspect-ratio="2/1" focal-point="30% 60%">
        <picture><img src=${SQUARE} alt="" width="800" height="800" /></picture>
      </news-figure>
    `);
    expect(position(el)).to.equal('30% 60%');
  });

  it("reads WordPress's data-object-position on the own <img> (a cover block's image)", async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure aspect-ratio="2/1">
        <img
          class="wp-block-cover__image-background wp-image-12"
          alt=""
          src=${SQUARE}
          data-object-fit="cover"
          data-object-position="70% 40%"
        />
      </news-figure>
    `);
    expect(position(el)).to.equal('70% 40%');
  });

  it('keeps the centre for a value that is not a point, with one warning, until it is corrected', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsFigure>(html`
      <news-figure src=${SQUARE} alt="" aspect-ratio="2/1" focal-point="boat"></news-figure>
    `);
    el.caption = 'The harbour at dawn';
    await el.updateComplete;
    expect(warn).to.have.been.calledOnce;
    expect(String(warn.firstCall.args[0])).to.contain('focal-point "boat"').and.contain('centre');
    expect(position(el)).to.equal('50% 50%');
    el.focalPoint = '50% 76%';
    await el.updateComplete;
    expect(position(el)).to.equal('50% 76%');
    expect(warn).to.have.been.calledOnce;
  });
});

describe('wide and full-bleed captions', () => {
  /** Where the caption's lines start (its content box), and where the story's text starts. */
  const starts = async (layout: string, dir: 'ltr' | 'rtl') => {
    const page = await fixture(html`
      <news-article dir=${dir} style="--news-measure: 30rem">
        <h1 slot="headline">Harbour ferries to run through the night from spring</h1>
        <news-article-body>
          <p>The first night ferry will leave the north quay at 23:40.</p>
          <news-figure layout=${layout} src=${SQUARE} alt="" aspect-ratio="2/1" caption="The harbour at dawn">
          </news-figure>
        </news-article-body>
      </news-article>
    `);
    const figure = page.querySelector<NewsFigure>('news-figure')!;
    await figure.updateComplete;
    const caption = figure.shadowRoot!.querySelector('figcaption')!;
    const box = caption.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(caption).paddingInlineStart);
    const text = page.querySelector('p')!.getBoundingClientRect();
    return dir === 'ltr'
      ? { caption: box.left + padding, text: text.left, figure: figure.getBoundingClientRect().left }
      : { caption: box.right - padding, text: text.right, figure: figure.getBoundingClientRect().right };
  };

  for (const layout of ['wide', 'full-bleed'])
    for (const dir of ['ltr', 'rtl'] as const)
      it(`${layout} in an article starts its caption where the text column starts (${dir})`, async () => {
        const { caption, text, figure } = await starts(layout, dir);
        expect(Math.abs(figure - text), 'the image breaks out of the column').to.be.greaterThan(40);
        expect(caption).to.be.closeTo(text, 1);
      });

  it('full-bleed outside an article keeps a gutter from the edge of the image', async () => {
    const el = await fixture<NewsFigure>(html`
      <news-figure layout="full-bleed" src=${SQUARE} alt="" caption="The harbour at dawn"></news-figure>
    `);
    const caption = el.shadowRoot!.querySelector('figcaption')!;
    const start =
      caption.getBoundingClientRect().left + parseFloat(getComputedStyle(caption).paddingInlineStart);
    expect(start - el.getBoundingClientRect().left).to.be.closeTo(16, 1);
  });
});
