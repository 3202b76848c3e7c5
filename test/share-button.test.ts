import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/share/define.js';
import type { NewsShare } from '../src/share/share.js';
import {
  STORY,
  button,
  clipboard,
  give,
  link,
  noShareSheet,
  restoreNavigator,
  settled,
  status,
} from './support/share.js';

const KOREAN = '서울 심야버스 4시까지';

afterEach(() => {
  restoreNavigator();
  sinon.restore();
});

describe('news-share: the button', () => {
  it("opens the browser's share sheet with the story, where there is one", async () => {
    const share = sinon.stub().resolves();
    const canShare = sinon.stub().returns(true);
    give('share', share);
    give('canShare', canShare);
    const el = await fixture<NewsShare>(
      html`<news-share url=${STORY} headline=${KOREAN} text="서울시가 확정했다"></news-share>`,
    );
    expect(button(el).innerText.trim()).to.equal('Share');
    const data = { url: STORY, title: KOREAN, text: '서울시가 확정했다' };
    expect(canShare).to.have.been.calledWith(data);
    setTimeout(() => button(el).click());
    const { detail } = await oneEvent(el, 'news-share-shared');
    expect(share).to.have.been.calledOnceWith(data);
    expect(detail).to.deep.equal({ method: 'native', url: STORY });
  });

  it('copies the link instead where the share sheet is missing or refuses the data', async () => {
    noShareSheet();
    const missing = await fixture<NewsShare>(html`<news-share url=${STORY}></news-share>`);
    expect(button(missing).innerText.trim()).to.equal('Copy link');
    restoreNavigator();
    give('share', sinon.stub().resolves());
    give('canShare', () => false);
    const refused = await fixture<NewsShare>(html`<news-share url=${STORY}></news-share>`);
    expect(button(refused).innerText.trim()).to.equal('Copy link');
  });

  it('copies the address, says "Link copied" in a live region there from the start, and keeps focus', async () => {
    noShareSheet();
    const writeText = clipboard();
    const el = await fixture<NewsShare>(html`<news-share url=${STORY} fragment="post-1432"></news-share>`);
    expect(status(el).textContent!.trim(), 'the region is there, silent').to.equal('');
    button(el).focus();
    setTimeout(() => button(el).click());
    const { detail } = await oneEvent(el, 'news-share-shared');
    await el.updateComplete;
    expect(writeText).to.have.been.calledOnceWith(`${STORY}#post-1432`);
    expect(status(el).textContent!.trim()).to.equal('Link copied');
    expect(button(el).innerText.trim()).to.equal('Link copied');
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    expect(detail).to.deep.equal({ method: 'copy', url: `${STORY}#post-1432` });
  });

  it('says it again on a second copy, and goes back to "Copy link" after 5 seconds', async () => {
    noShareSheet();
    clipboard();
    const el = await fixture<NewsShare>(html`<news-share url=${STORY}></news-share>`);
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const said: string[] = [];
      for (let i = 0; i < 2; i++) {
        const shared = oneEvent(el, 'news-share-shared');
        button(el).click();
        await shared;
        await el.updateComplete;
        said.push(status(el).textContent!);
      }
      expect(said[0]!.trim()).to.equal('Link copied');
      expect(said[1], 'a change the live region announces').not.to.equal(said[0]);
      expect(said[1]!.trim(), 'the same words').to.equal('Link copied');
      clock.tick(5000);
      await el.updateComplete;
      expect(button(el).innerText.trim()).to.equal('Copy link');
      expect(status(el).textContent!.trim()).to.equal('');
    } finally {
      clock.restore();
    }
  });

  it('copies by selection where the Clipboard API is missing or refused', async () => {
    noShareSheet();
    clipboard(sinon.stub().rejects(new DOMException('Denied', 'NotAllowedError')));
    const el = await fixture<NewsShare>(html`<news-share url=${STORY}></news-share>`);
    let selected = '';
    sinon.stub(document, 'execCommand').callsFake((command) => {
      const field = el.shadowRoot!.activeElement as HTMLTextAreaElement;
      selected = field.value.slice(field.selectionStart, field.selectionEnd);
      return command === 'copy';
    });
    button(el).focus();
    setTimeout(() => button(el).click());
    await oneEvent(el, 'news-share-shared');
    await el.updateComplete;
    expect(selected).to.equal(STORY);
    expect(status(el).textContent!.trim()).to.equal('Link copied');
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
  });

  it('says nothing when the copy fails both ways, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    noShareSheet();
    give('clipboard', undefined);
    sinon.stub(document, 'execCommand').returns(false);
    const el = await fixture<NewsShare>(html`<news-share url=${STORY}></news-share>`);
    button(el).click();
    await settled();
    await el.updateComplete;
    expect(status(el).textContent).to.equal('');
    expect(warn).to.have.been.calledOnce;
    expect(warn.firstCall.args[0]).to.contain('refused to copy');
  });

  it('stays silent when the reader closes the share sheet', async () => {
    const warn = sinon.stub(console, 'warn');
    give('share', sinon.stub().rejects(new DOMException('Share canceled', 'AbortError')));
    const writeText = clipboard();
    const el = await fixture<NewsShare>(html`<news-share url=${STORY}></news-share>`);
    const fired = sinon.spy();
    el.addEventListener('news-share-shared', fired);
    button(el).click();
    await settled();
    await el.updateComplete;
    expect([fired.called, writeText.called, warn.called]).to.deep.equal([false, false, false]);
    expect(status(el).textContent).to.equal('');
  });

  it('copies the link when the share sheet fails, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    give('share', sinon.stub().rejects(new DOMException('No gesture', 'NotAllowedError')));
    const writeText = clipboard();
    const el = await fixture<NewsShare>(html`<news-share url=${STORY}></news-share>`);
    for (let i = 0; i < 2; i++) {
      setTimeout(() => button(el).click());
      const { detail } = await oneEvent(el, 'news-share-shared');
      expect(detail.method).to.equal('copy');
    }
    await el.updateComplete;
    expect(writeText).to.have.been.calledTwice;
    expect(status(el).textContent!.trim()).to.equal('Link copied');
    expect(warn).to.have.been.calledOnce;
    expect(warn.firstCall.args[0]).to.contain('NotAllowedError');
  });

  it('speaks the page language: German', async () => {
    noShareSheet();
    const section = await fixture(html`<section lang="de"><news-share url=${STORY}></news-share></section>`);
    const el = section.querySelector('news-share')!;
    await el.updateComplete;
    expect(button(el).innerText.trim()).to.equal('Link kopieren');
    expect(link(el, 'email').getAttribute('aria-label')).to.equal('Per E-Mail teilen');
  });
});
