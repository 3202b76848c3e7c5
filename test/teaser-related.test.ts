import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { until } from './support/until.js';
import '../src/teaser/define.js';
import '../src/teaser-list/define.js';
import type { NewsTeaser, RelatedLink } from '../src/teaser/teaser.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';

const list = (el: NewsTeaser) => el.shadowRoot!.querySelector<HTMLElement>('[part="related"]');
/** Each sub-link as a reader finds it: its text and where it leads. */
const links = (el: NewsTeaser) =>
  [...(list(el)?.querySelectorAll('li > a') ?? [])].map((a) => [
    a.textContent!.trim(),
    a.getAttribute('href'),
  ]);

const related: RelatedLink[] = [
  { headline: 'Live: the storm hour by hour', href: '/storm-live' },
  { headline: 'Which ferries still run', href: '/ferries' },
];

const warnings = (warn: sinon.SinonStub) => warn.args.map((args) => String(args[0]));

afterEach(() => sinon.restore());

describe('news-teaser related links', () => {
  it('lists the `related` links under the excerpt, named "Related stories"', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Storm closes the harbour"
        href="/storm"
        excerpt="Ferries stay in port."
        author="Ana Ruiz"
        .related=${related}
      ></news-teaser>`,
    );
    const ul = list(el)!;
    expect(ul.localName).to.equal('ul');
    expect(ul.getAttribute('role')).to.equal('list');
    expect(ul.getAttribute('aria-label')).to.equal('Related stories');
    expect(ul.querySelectorAll(':scope > li').length).to.equal(2);
    expect(links(el)).to.deep.equal([
      ['Live: the storm hour by hour', '/storm-live'],
      ['Which ferries still run', '/ferries'],
    ]);
    // Under the excerpt, each its own tab stop after the headline's link.
    expect(el.shadowRoot!.querySelector('[part="excerpt"]')!.nextElementSibling).to.equal(ul);
    // Above the card's stretched headline link: a click on a sub-link goes where it says.
    const sub = ul.querySelector('a')!;
    const { left, top, width, height } = sub.getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(left + width / 2, top + height / 2)).to.equal(sub);
  });

  // The list's name in the teaser's language.
  for (const [locale, name] of [
    ['de', 'Mehr zum Thema'],
    ['ar', 'أخبار ذات صلة'],
    ['ja', '関連記事'],
  ] as const) {
    it(`names the list in ${locale}: "${name}"`, async () => {
      const el = await fixture<NewsTeaser>(
        html`<news-teaser headline="Sturm" href="/sturm" locale=${locale} .related=${related}></news-teaser>`,
      );
      expect(list(el)!.getAttribute('aria-label')).to.equal(name);
    });
  }

  it('reads <a slot="related"> children as its links, and follows their changes', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Storm closes the harbour" href="/storm">
        <a slot="related" href="/storm-live">Live: the storm <b>hour by hour</b></a>
        <a slot="related" href="https://example.com/ferries">Which ferries still run</a>
      </news-teaser>`,
    );
    expect(links(el)).to.deep.equal([
      ['Live: the storm hour by hour', '/storm-live'],
      ['Which ferries still run', 'https://example.com/ferries'],
    ]);
    // The children themselves are not drawn twice.
    const written = el.querySelector('a')!;
    expect(written.getBoundingClientRect().height).to.equal(0);

    written.remove();
    await new Promise((resolve) => el.shadowRoot!.addEventListener('slotchange', resolve, { once: true }));
    await el.updateComplete;
    expect(links(el)).to.deep.equal([['Which ferries still run', 'https://example.com/ferries']]);
  });

  it('follows edits to the written links’ text and address, which fire no slotchange', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Storm closes the harbour" href="/storm">
        <a slot="related" href="/storm-live">Live: the storm</a>
      </news-teaser>`,
    );
    const written = el.querySelector('a')!;
    written.firstChild!.textContent = 'Live: the storm hour by hour';
    await until(() => links(el)[0]?.[0] === 'Live: the storm hour by hour', 'the new text');
    written.setAttribute('href', '/storm-live-2');
    await until(() => links(el)[0]?.[1] === '/storm-live-2', 'the new address');
  });

  it('reads the links of a <ul slot="related"> written around them', async () => {
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Storm closes the harbour" href="/storm">
        <ul slot="related">
          <li><a href="/storm-live">Live: the storm hour by hour</a></li>
          <li><a href="/ferries">Which ferries still run</a></li>
        </ul>
      </news-teaser>`,
    );
    expect(links(el)).to.deep.equal([
      ['Live: the storm hour by hour', '/storm-live'],
      ['Which ferries still run', '/ferries'],
    ]);
  });

  it('shows the first four of more, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const six = Array.from({ length: 6 }, (_, i) => ({ headline: `Story ${i + 1}`, href: `/${i + 1}` }));
    const el = await fixture<NewsTeaser>(
      html`<news-teaser headline="Storm" href="/storm" .related=${six}></news-teaser>`,
    );
    expect(links(el).map(([headline]) => headline)).to.deep.equal([
      'Story 1',
      'Story 2',
      'Story 3',
      'Story 4',
    ]);
    el.excerpt = 'Re-rendered.';
    await el.updateComplete;
    expect(warnings(warn)).to.deep.equal([
      'news-elements: <news-teaser> has 6 related links; the first 4 are shown.',
    ]);
  });

  it('leaves out a link whose address is not http(s) or relative, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<NewsTeaser>(
      html`<news-teaser
        headline="Storm"
        href="/storm"
        .related=${[
          { headline: 'Click me', href: 'javascript:alert(1)' },
          ...related,
          { headline: 'No address' },
          { headline: '', href: '/untitled' },
        ]}
      ></news-teaser>`,
    );
    expect(links(el).map(([, href]) => href)).to.deep.equal(['/storm-live', '/ferries']);
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    expect(warnings(warn)).to.deep.equal([
      'news-elements: <news-teaser> related[0] href "javascript:alert(1)" is not an http(s) or relative URL; it is ignored.',
      'news-elements: <news-teaser> related[3] href is missing; the link is left out.',
    ]);
  });

  it('draws nothing without links, and none in the compact layout', async () => {
    const plain = await fixture<NewsTeaser>(html`<news-teaser headline="Storm" href="/s"></news-teaser>`);
    expect(list(plain)).to.equal(null);
    const compact = await fixture<NewsTeaser>(
      html`<news-teaser headline="Storm" href="/s" layout="compact" .related=${related}></news-teaser>`,
    );
    expect(list(compact)).to.equal(null);
  });

  it('is drawn from a list item’s `related`, its part shown through the list', async () => {
    const items: TeaserItem[] = [{ headline: 'Storm closes the harbour', href: '/storm', related }];
    const el = await fixture<NewsTeaserList>(html`<news-teaser-list .items=${items}></news-teaser-list>`);
    const teaser = el.shadowRoot!.querySelector<NewsTeaser>('news-teaser')!;
    await teaser.updateComplete;
    expect(links(teaser)).to.deep.equal([
      ['Live: the storm hour by hour', '/storm-live'],
      ['Which ferries still run', '/ferries'],
    ]);
    expect(teaser.getAttribute('exportparts')).to.contain('related');
  });
});
