import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/share/define.js';
import type { NewsShare, ShareDetail } from '../src/share/share.js';
import {
  STORY,
  STORY_ENCODED,
  button,
  clipboard,
  link,
  links,
  noShareSheet,
  restoreNavigator,
  settled,
} from './support/share.js';

const KOREAN = '서울 심야버스 4시까지';
const KOREAN_ENCODED =
  '%EC%84%9C%EC%9A%B8%20%EC%8B%AC%EC%95%BC%EB%B2%84%EC%8A%A4%204%EC%8B%9C%EA%B9%8C%EC%A7%80';
const ARABIC = 'حافلات الليل حتى الرابعة';
const ARABIC_ENCODED =
  '%D8%AD%D8%A7%D9%81%D9%84%D8%A7%D8%AA%20%D8%A7%D9%84%D9%84%D9%8A%D9%84%20%D8%AD%D8%AA%D9%89%20%D8%A7%D9%84%D8%B1%D8%A7%D8%A8%D8%B9%D8%A9';

afterEach(() => {
  restoreNavigator();
  sinon.restore();
});

// The page names its icon: a test that changes the address (a single-page app's) would otherwise
// have Chromium ask for /favicon.ico while a later test counts the requests the element makes.
const icon = Object.assign(document.createElement('link'), { rel: 'icon', href: 'data:,' });
before(() => document.head.append(icon));
after(() => icon.remove());

describe('news-share', () => {
  describe('the links', () => {
    it('links to email by default, the title and address encoded (Korean)', async () => {
      const el = await fixture<NewsShare>(html`<news-share url=${STORY} headline=${KOREAN}></news-share>`);
      expect(links(el)).to.have.length(1);
      expect(link(el, 'email').getAttribute('href')).to.equal(
        `mailto:?subject=${KOREAN_ENCODED}&body=${STORY_ENCODED}`,
      );
      expect(link(el, 'email').textContent!.trim()).to.equal('Email');
      expect(link(el, 'email').getAttribute('aria-label')).to.equal('Share by email');
      // Mail opens the mail program, not a tab.
      expect(link(el, 'email').hasAttribute('target')).to.equal(false);
    });

    it('puts the text before the address in the email, a blank line between', async () => {
      const el = await fixture<NewsShare>(
        html`<news-share url=${STORY} headline="Night buses" text="Until 4am from next month."></news-share>`,
      );
      expect(link(el, 'email').getAttribute('href')).to.equal(
        `mailto:?subject=Night%20buses&body=Until%204am%20from%20next%20month.%0D%0A%0D%0A${STORY_ENCODED}`,
      );
    });

    const cases: [string, string][] = [
      ['x', `https://x.com/intent/tweet?text=${ARABIC_ENCODED}&url=${STORY_ENCODED}`],
      ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${STORY_ENCODED}`],
      ['linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${STORY_ENCODED}`],
      ['whatsapp', `https://wa.me/?text=${ARABIC_ENCODED}%20${STORY_ENCODED}`],
      ['telegram', `https://t.me/share/url?url=${STORY_ENCODED}&text=${ARABIC_ENCODED}`],
      ['bluesky', `https://bsky.app/intent/compose?text=${ARABIC_ENCODED}%20${STORY_ENCODED}`],
      ['threads', `https://www.threads.com/intent/post?text=${ARABIC_ENCODED}&url=${STORY_ENCODED}`],
      ['reddit', `https://www.reddit.com/submit?url=${STORY_ENCODED}&title=${ARABIC_ENCODED}`],
    ];
    it("links to each network the site names, in its order, each to the network's share page (Arabic title)", async () => {
      const names = cases.map(([place]) => place).join(' ');
      const el = await fixture<NewsShare>(
        html`<news-share url=${STORY} headline=${ARABIC} networks="email ${names}"></news-share>`,
      );
      expect(links(el).map((a) => a.getAttribute('part'))).to.deep.equal(
        ['email', ...cases.map(([place]) => place)].map((place) => `link link-${place}`),
      );
      for (const [place, href] of cases) {
        const a = link(el, place);
        expect(a.getAttribute('href'), place).to.equal(href);
        // A new tab, and the network learns nothing of the page it came from.
        expect([a.target, a.rel], place).to.deep.equal(['_blank', 'noopener noreferrer']);
      }
      expect(links(el).map((a) => a.textContent!.trim())).to.deep.equal([
        'Email',
        'X',
        'Facebook',
        'LinkedIn',
        'WhatsApp',
        'Telegram',
        'Bluesky',
        'Threads',
        'Reddit',
      ]);
      expect(link(el, 'facebook').getAttribute('aria-label')).to.equal('Share on Facebook');
    });

    it('names the links in its language, the visible name inside the spoken one', async () => {
      const el = await fixture<NewsShare>(
        html`<news-share locale="ar" url=${STORY} networks="email whatsapp"></news-share>`,
      );
      expect(link(el, 'whatsapp').getAttribute('aria-label')).to.equal('المشاركة على WhatsApp');
      expect(link(el, 'email').getAttribute('aria-label')).to.contain(link(el, 'email').textContent!.trim());
      expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('مشاركة');
      expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('dir')).to.equal('rtl');
    });

    it('leaves out a network it does not know, with one warning; networks="" draws no links', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsShare>(
        html`<news-share url=${STORY} networks="Email myspace, facebook email"></news-share>`,
      );
      el.headline = 'Night buses';
      await el.updateComplete;
      expect(links(el).map((a) => a.textContent!.trim())).to.deep.equal(['Email', 'Facebook']);
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('<news-share> networks: "myspace" left out');
      const none = await fixture<NewsShare>(html`<news-share url=${STORY} networks=""></news-share>`);
      expect(links(none)).to.have.length(0);
    });

    it('fires news-share-shared when a link is followed, and lets the site open it its own way', async () => {
      const el = await fixture<NewsShare>(html`<news-share url=${STORY} networks="bluesky"></news-share>`);
      const details: ShareDetail[] = [];
      // Cancelling keeps the test page here, as a site that opens its own window would.
      document.addEventListener(
        'news-share-shared',
        (event) => {
          details.push(event.detail);
          event.preventDefault();
        },
        { once: true },
      );
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link(el, 'bluesky').dispatchEvent(click);
      expect(details).to.deep.equal([{ method: 'bluesky', url: STORY }]);
      expect(click.defaultPrevented).to.equal(true);
    });
  });

  describe('what is shared', () => {
    it("shares the page's canonical link, then its address without the fragment", async () => {
      const canonical = Object.assign(document.createElement('link'), {
        rel: 'canonical',
        href: 'https://news.example.com/2026/03/night-buses',
      });
      document.head.append(canonical);
      try {
        const el = await fixture<NewsShare>(html`<news-share networks="facebook"></news-share>`);
        expect(link(el, 'facebook').search).to.equal(`?u=${encodeURIComponent(canonical.href)}`);
      } finally {
        canonical.remove();
      }
      const here = location.href.replace(/#.*$/, '');
      history.replaceState(null, '', '#comments');
      try {
        const el = await fixture<NewsShare>(html`<news-share networks="facebook"></news-share>`);
        expect(link(el, 'facebook').search).to.equal(`?u=${encodeURIComponent(here)}`);
      } finally {
        history.replaceState(null, '', here);
      }
    });

    it('shares the address a single-page app moved to since it was drawn', async () => {
      const here = location.href;
      noShareSheet();
      const writeText = clipboard();
      const el = await fixture<NewsShare>(html`<news-share networks="facebook"></news-share>`);
      history.pushState(null, '', '?story=night-buses');
      try {
        const now = location.href;
        // Cancelled, as a site that opens its own window would: the test page stays.
        document.addEventListener('news-share-shared', (event) => event.preventDefault(), { once: true });
        const facebook = link(el, 'facebook');
        facebook.click();
        expect(facebook.search).to.equal(`?u=${encodeURIComponent(now)}`);
        const copied = oneEvent(el, 'news-share-shared');
        button(el).click();
        expect((await copied).detail).to.deep.equal({ method: 'copy', url: now });
        expect(writeText.firstCall.args).to.deep.equal([now]);
      } finally {
        history.replaceState(null, '', here);
      }
    });

    it("takes the headline of the article around it, else the document's title", async () => {
      const article = await fixture(
        html`<news-article>
          <h1 slot="headline">Night buses will run until 4am</h1>
          <news-share url=${STORY} networks="reddit"></news-share>
        </news-article>`,
      );
      const el = article.querySelector('news-share')!;
      await el.updateComplete;
      expect(new URL(link(el, 'reddit').href).searchParams.get('title')).to.equal(
        'Night buses will run until 4am',
      );
      const title = document.title;
      document.title = 'Council confirms night buses | The Daily Example';
      try {
        const alone = await fixture<NewsShare>(
          html`<news-share url=${STORY} networks="reddit"></news-share>`,
        );
        expect(new URL(link(alone, 'reddit').href).searchParams.get('title')).to.equal(document.title);
      } finally {
        document.title = title;
      }
    });

    it('resolves a relative url against the page', async () => {
      const el = await fixture<NewsShare>(
        html`<news-share url="/2026/03/night-buses" networks="facebook"></news-share>`,
      );
      expect(link(el, 'facebook').search).to.equal(
        `?u=${encodeURIComponent(new URL('/2026/03/night-buses', location.href).href)}`,
      );
    });

    it('shares a section, a live post or a picture: fragment is its id', async () => {
      const el = await fixture<NewsShare>(
        html`<news-share url="${STORY}#top" fragment="post-1432" networks="facebook"></news-share>`,
      );
      expect(link(el, 'facebook').search).to.equal(`?u=${encodeURIComponent(`${STORY}#post-1432`)}`);
      el.fragment = '#재정 계획';
      await el.updateComplete;
      expect(new URL(link(el, 'facebook').href).searchParams.get('u')).to.equal(
        `${STORY}#%EC%9E%AC%EC%A0%95%20%EA%B3%84%ED%9A%8D`,
      );
    });

    it("never shares an unsafe url: the page's instead, with one warning", async () => {
      const warn = sinon.stub(console, 'warn');
      for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
        const el = await fixture<NewsShare>(html`<news-share url=${url} networks="email x"></news-share>`);
        el.headline = 'Night buses';
        await el.updateComplete;
        for (const a of links(el)) expect(a.href).not.to.match(/javascript|data%3A|data:/i);
        expect(decodeURIComponent(link(el, 'x').search)).to.contain(location.origin);
      }
      expect(warn).to.have.been.calledTwice;
      expect(warn.firstCall.args[0]).to.contain(
        '<news-share> url "javascript:alert(1)" is not a web address',
      );
    });

    it('loads nothing: no requests, no pictures, no scripts', async () => {
      const seen: string[] = [];
      const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
      observer.observe({ type: 'resource' });
      const el = await fixture<NewsShare>(
        html`<news-share
          url=${STORY}
          networks="email x facebook linkedin whatsapp telegram bluesky threads reddit"
        ></news-share>`,
      );
      await settled();
      seen.push(...observer.takeRecords().map((e) => e.name));
      observer.disconnect();
      expect(seen).to.deep.equal([]);
      expect(
        el.shadowRoot!.querySelectorAll('img, script, iframe, link, object, embed, video, audio'),
      ).to.have.length(0);
    });
  });

  describe('for every reader', () => {
    it('gives every link and the button a target of 24px and more, in one row reserved from the start', async () => {
      noShareSheet();
      const el = await fixture<NewsShare>(html`<news-share url=${STORY} networks="email x"></news-share>`);
      for (const target of [...links(el), button(el)]) {
        const box = target.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).to.be.at.least(24);
      }
      // The row is held before the button comes (on a page the server drew, or before the script).
      expect(parseFloat(getComputedStyle(el).minHeight)).to.equal(button(el).getBoundingClientRect().height);
    });

    it('passes axe: email only', async () => {
      const el = await fixture<NewsShare>(html`<news-share url=${STORY}></news-share>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe: several networks, after a copy', async () => {
      noShareSheet();
      clipboard();
      const el = await fixture<NewsShare>(
        html`<news-share url=${STORY} networks="email x facebook whatsapp bluesky"></news-share>`,
      );
      setTimeout(() => button(el).click());
      await oneEvent(el, 'news-share-shared');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe: Arabic, right to left', async () => {
      const el = await fixture<NewsShare>(
        html`<news-share dir="rtl" locale="ar" url=${STORY} networks="email whatsapp x"></news-share>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});
