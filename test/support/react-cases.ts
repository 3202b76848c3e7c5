/**
 * news-elements/react in the browser, for one React major: every component renders its element,
 * props arrive as properties (arrays included), custom events reach `onXxx` props, `ref` is the
 * element. Run by test/react.test.ts (React 19) and test/react-18.test.ts (React 18). React is
 * served as ES modules by test/support/ssr-middleware.mjs (it ships CommonJS only).
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactElement } from 'react';
import type { Root } from 'react-dom/client';
import type * as Wrappers from '../../src/react/index.js';
import type { NewsFigure as FigureElement } from '../../src/figure/figure.js';
import type { NewsTeaserList as TeaserListElement } from '../../src/teaser-list/teaser-list.js';

/** One React, and news-elements/react's components bound to it. */
export interface ReactUnderTest {
  major: 18 | 19;
  React: typeof import('react');
  ReactDOM: typeof import('react-dom');
  ReactDOMClient: typeof import('react-dom/client');
  components: typeof Wrappers;
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

const items = [
  {
    headline: 'Island school gets its first new boat in 30 years',
    href: '/island-school',
    excerpt: 'Pupils crossed to the mainland on Monday.',
  },
  { headline: 'Night buses to run until 2am from June', href: '/night-buses', excerpt: 'Three new routes.' },
];

/** Every case, rendered by `react`. */
export function reactCases({ major, React, ReactDOM, ReactDOMClient, components }: ReactUnderTest) {
  const { createElement: h, createRef } = React;
  const { flushSync } = ReactDOM;
  const {
    NewsArticle,
    NewsArticleBody,
    NewsDateline,
    NewsFigure,
    NewsPartnerBanner,
    NewsTeaser,
    NewsTeaserList,
  } = components;

  let container: HTMLElement;
  let root: Root;

  async function mount(element: ReactElement) {
    flushSync(() => root.render(element));
    const hosts = [...container.querySelectorAll('*')].filter((el) =>
      el.localName.startsWith('news-'),
    ) as Updating[];
    await Promise.all(hosts.map((el) => el.updateComplete));
    return hosts[0]!;
  }

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });

  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
    sinon.restore();
  });

  describe(`news-elements/react in the browser, React ${major}`, () => {
    it(`runs React ${major}`, () => {
      expect(React.version.split('.')[0]).to.equal(String(major));
      expect(ReactDOM.version).to.equal(React.version);
    });

    it('exports a React component for every element, named after it', () => {
      expect(Object.keys(components).sort()).to.deep.equal([
        'NewsArticle',
        'NewsArticleBody',
        'NewsByline',
        'NewsDateline',
        'NewsFigure',
        'NewsGallery',
        'NewsLiveBlog',
        'NewsLivePost',
        'NewsNotice',
        'NewsPartnerBanner',
        'NewsShare',
        'NewsTeaser',
        'NewsTeaserList',
        'NewsToc',
      ]);
    });

    it('NewsDateline: renders the date from props', async () => {
      const el = await mount(
        h(NewsDateline, {
          datetime: '2012-12-14',
          pattern: '{weekday} {dayOrdinal} {month}, {year}',
          locale: 'en-GB',
        }),
      );
      expect(el.localName).to.equal('news-dateline');
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('Friday 14th December, 2012');
    });

    it('NewsFigure: caption from props, onNewsFigureLoad with the event detail', async () => {
      const onLoad = sinon.spy();
      const el = await mount(
        h(NewsFigure, {
          src: '/stories/assets/city-800x450.jpg',
          alt: 'A ferry leaving the north pier',
          width: 800,
          height: 450,
          caption: 'The 7.40pm ferry',
          onNewsFigureLoad: onLoad,
        }),
      );
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.contain('The 7.40pm ferry');
      await waitUntil(() => onLoad.called, 'news-figure-load reached onNewsFigureLoad', { timeout: 8000 });
      const event = onLoad.firstCall.args[0] as CustomEvent<{ src: string }>;
      expect(event.type).to.equal('news-figure-load');
      expect(event.detail.src).to.match(/city-800x450\.jpg$/);
    });

    it('NewsFigure: onNewsFigureError for a missing image; handlers never become attributes', async () => {
      const warn = sinon.stub(console, 'warn');
      const onError = sinon.spy();
      const el = await mount(
        h(NewsFigure, { src: '/stories/assets/missing.jpg', alt: 'Gone', onNewsFigureError: onError }),
      );
      await waitUntil(() => onError.called, 'news-figure-error reached onNewsFigureError', { timeout: 8000 });
      expect((onError.firstCall.args[0] as Event).type).to.equal('news-figure-error');
      expect(el.getAttributeNames().filter((name) => /^on/i.test(name))).to.deep.equal([]);
      expect(warn).to.have.been.called;
    });

    it('NewsPartnerBanner: variant prop changes the label and rel', async () => {
      const el = await mount(
        h(NewsPartnerBanner, {
          name: 'Harbour Bank',
          href: 'https://bank.example.com/',
          variant: 'sponsored',
        }),
      );
      expect(shadowText(el)).to.contain('Sponsored by');
      expect(el.shadowRoot!.querySelector('a')!.rel).to.equal('sponsored noopener');
    });

    it('NewsArticleBody: children stay in the light DOM; onNewsArticleBodyRendered after html', async () => {
      const rendered = sinon.spy();
      const el = await mount(
        h(
          NewsArticleBody,
          { html: '<p>From the <em>CMS</em>.</p>', onNewsArticleBodyRendered: rendered },
          h('p', null, 'Written in React.'),
        ),
      );
      await waitUntil(() => rendered.called, 'news-article-body-rendered reached the prop', {
        timeout: 8000,
      });
      expect([...el.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'Written in React.',
        'From the CMS.',
      ]);
    });

    it('NewsTeaserList: items go in as an array property, not a string attribute', async () => {
      const el = (await mount(
        h(NewsTeaserList, { heading: 'More stories', items }),
      )) as unknown as TeaserListElement & Updating;
      expect(el.items).to.equal(items);
      expect(el.hasAttribute('items')).to.equal(false);
      expect(shadowText(el)).to.contain('More stories');
      const teasers = el.shadowRoot!.querySelectorAll('news-teaser');
      expect(teasers).to.have.length(2);
      await Promise.all([...teasers].map((t) => (t as Updating).updateComplete));
      expect(shadowText(teasers[1]!)).to.contain('Night buses to run until 2am from June');
    });

    it('NewsTeaser and NewsArticle: slots and props compose a page', async () => {
      const el = await mount(
        h(
          NewsArticle,
          null,
          h('h1', { slot: 'headline' }, 'Harbour city votes to keep its last night ferry'),
          h(NewsTeaser, {
            slot: 'related',
            headline: 'Night buses to run until 2am from June',
            href: '/night-buses',
          }),
        ),
      );
      expect(el.localName).to.equal('news-article');
      const teaser = el.querySelector('news-teaser') as Updating;
      await teaser.updateComplete;
      expect(shadowText(teaser)).to.contain('Night buses to run until 2am from June');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=headline]')!;
      expect(slot.assignedElements().map((child) => child.textContent)).to.deep.equal([
        'Harbour city votes to keep its last night ferry',
      ]);
    });

    it('ref is the element; new props update it in place; className becomes class', async () => {
      const ref = createRef<FigureElement>();
      const props = {
        ref,
        src: '/stories/assets/city-800x450.jpg',
        alt: 'Towers',
        caption: 'First',
        className: 'lead',
      };
      const el = await mount(h(NewsFigure, props));
      expect(ref.current).to.equal(el);
      expect(el.className).to.equal('lead');
      const figure = el.shadowRoot!.querySelector('figure');
      await mount(h(NewsFigure, { ...props, caption: 'Second' }));
      expect(ref.current).to.equal(el);
      expect(el.shadowRoot!.querySelector('figure')).to.equal(figure);
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.contain('Second');
    });

    it('passes accessibility checks for a composed story', async () => {
      await mount(
        h(
          NewsArticle,
          null,
          h('h1', { slot: 'headline' }, 'Harbour city votes to keep its last night ferry'),
          h(NewsDateline, { slot: 'dateline', datetime: '2024-05-14', locale: 'en-GB' }),
          h(NewsFigure, {
            slot: 'lead',
            src: '/stories/assets/city-800x450.jpg',
            alt: 'Ferry at dusk',
            caption: 'The 7.40pm ferry',
          }),
          h(NewsArticleBody, null, h('p', null, 'The council voted 23 to 9 on Tuesday.')),
          h(NewsPartnerBanner, { slot: 'partner', name: 'Harbour Bank' }),
          h(NewsTeaserList, { slot: 'related', heading: 'More stories', items }),
        ),
      );
      await expect(container).to.be.accessible();
    });
  });
}
