import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/live-post/define.js';
import type { NewsLivePost } from '../src/live-post/live-post.js';
import { until } from './support/until.js';
import { drawn } from './support/drawn.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const say = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => sinon.restore());

describe('news-live-post', () => {
  it('prints its time live as a permalink, a real heading, the authors and its body', async () => {
    const el = await fixture<NewsLivePost>(
      html`<news-live-post
        post-id="42"
        datetime=${minutesAgo(5)}
        headline="Polls close in the capital"
        .author=${['Amina Yusuf', 'Tomás Herrera']}
        locale="en"
        ><p>Counting begins at 22:00.</p></news-live-post
      >`,
    );
    const shadow = el.shadowRoot!;
    expect(el.id).to.equal('post-42');
    const link = shadow.querySelector('a.permalink')!;
    expect(link.getAttribute('href')).to.equal('#post-42');
    expect(say(link.querySelector('time'))).to.equal('5 minutes ago');
    expect(say(shadow.querySelector('h3'))).to.equal('Polls close in the capital');
    expect(say(shadow.querySelector('[part="author"]'))).to.equal('By Amina Yusuf and Tomás Herrera');
    expect(el.querySelector('p')!.assignedSlot).to.exist;
  });

  it('keeps two right-to-left names in order in a left-to-right author line', async () => {
    const el = await fixture<NewsLivePost>(
      html`<news-live-post
        post-id="43"
        datetime=${minutesAgo(5)}
        .author=${['אבי כהן', 'דנה לוי', 'Joanna Mwangi']}
        locale="en-GB"
        ><p>Counting begins at 22:00.</p></news-live-post
      >`,
    );
    const line = el.shadowRoot!.querySelector('[part="author"]')!;
    // Not "By דנה לוי ,אבי כהן and …": the comma between them stays between them.
    expect(drawn(line, 'אבי כהן').left, 'the first name is drawn first, on the left').to.be.below(
      drawn(line, 'דנה לוי').left,
    );
    expect(say(line)).to.equal('By אבי כהן, דנה לוי and Joanna Mwangi');
    await expect(el).to.be.accessible();
  });

  it('breaks a long author line between names, never inside one, at any width', async () => {
    const el = await fixture<NewsLivePost>(
      html`<news-live-post
        post-id="44"
        datetime=${minutesAgo(5)}
        .author=${['Min-ji Park', 'Omar Haddad', 'Soo-ah Lee']}
        ><p>Counting begins at 22:00.</p></news-live-post
      >`,
    );
    const names = [...el.shadowRoot!.querySelectorAll('[part="author"] bdi')];
    expect(names).to.have.length(3);
    for (let rem = 6; rem <= 14; rem += 0.5) {
      el.style.inlineSize = `${rem}rem`;
      for (const name of names)
        expect(name.getClientRects(), `${name.textContent} at ${rem}rem`).to.have.length(1);
    }
  });

  it('labels a pinned post and a key event', async () => {
    const el = await fixture<NewsLivePost>(
      html`<news-live-post
        post-id="1"
        datetime=${minutesAgo(1)}
        pinned
        key-event
        locale="en"
      ></news-live-post>`,
    );
    const flags = [...el.shadowRoot!.querySelectorAll('[part="flag"]')].map(say);
    expect(flags).to.deep.equal(['Pinned', 'Key event']);
    await expect(el).to.be.accessible();
  });

  it('on a Polish page, voices its English flags and "Updated" in English', async () => {
    const root = await fixture<HTMLElement>(
      html`<div lang="pl">
        <news-live-post
          post-id="1"
          datetime=${minutesAgo(30)}
          modified=${minutesAgo(1)}
          pinned
        ></news-live-post>
      </div>`,
    );
    const el = root.querySelector<NewsLivePost>('news-live-post')!;
    await el.updateComplete;
    const voice = (selector: string) =>
      el.shadowRoot!.querySelector(selector)!.closest('[lang]')?.getAttribute('lang');
    expect(el.shadowRoot!.querySelector('[part="updated-label"]')!.textContent!.trim()).to.equal('Updated');
    expect(voice('[part="updated-label"]')).to.equal('en');
    expect(voice('[part="flag"]')).to.equal('en');
    // The time itself is Polish ("1 minutę temu"), in the page's voice.
    expect(voice('time')).to.equal('pl');
  });

  it('is no wider than a story’s text column on a wide page, as its blog is', async () => {
    const wide = await fixture<HTMLDivElement>(html`
      <div style="inline-size: 1200px">
        <news-live-post post-id="7" datetime=${minutesAgo(2)} key-event locale="en"
          ><p>Counting begins.</p></news-live-post
        >
      </div>
    `);
    const el = wide.querySelector<NewsLivePost>('news-live-post')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.below(800);
    wide.style.setProperty('--news-article-measure', 'none');
    expect(el.getBoundingClientRect().width).to.equal(1200);
  });

  it('copies the link to the post and announces it in a region there from the start', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const el = await fixture<NewsLivePost>(
      html`<news-live-post post-id="42" datetime=${minutesAgo(1)} locale="en"></news-live-post>`,
    );
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(say(status)).to.equal('');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-link"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Copy link to this post');
    button.click();
    await until(() => say(status), 'announced');
    expect(write).to.have.been.calledOnceWith(`${location.href.replace(/#.*$/, '')}#post-42`);
    expect(say(status)).to.equal('Link copied');
    // A second copy before the message is cleared changes it, so that it is announced again.
    const first = status.textContent;
    button.click();
    await until(() => status.textContent !== first, 'announced again');
    expect(say(status)).to.equal('Link copied');
  });
});
