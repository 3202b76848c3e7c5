/**
 * Section fronts: `refresh` fetches the feed again while the reader can see the list, puts new
 * stories at the top without moving what the reader is in, and says so politely.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaserList } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { frame, until } from './support/until.js';

const story = (n: number) => ({
  id: `s${n}`,
  url: `https://news.example.com/stories/${n}`,
  title: `Story ${n}`,
  date_published: new Date(Date.UTC(2026, 11, 5, 8, n)).toISOString(),
});
/** A JSON Feed of stories `newest` down to 1, newest first. */
const jsonFeed = (newest: number) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'News',
  items: Array.from({ length: newest }, (_, i) => story(newest - i)),
});

/**
 * How many of this test's feed answers the list has read (a refresh's countdown starts right
 * after). Each test counts afresh: an earlier test's list may read its last answer late.
 */
let reads = { count: 0 };
class Answer extends Response {
  constructor(
    body: string,
    private readonly counted: { count: number },
  ) {
    super(body, { headers: { 'Content-Type': 'application/feed+json' } });
  }
  override async arrayBuffer() {
    const bytes = await super.arrayBuffer();
    this.counted.count++;
    return bytes;
  }
}

/** The feed answers with what `answer()` says at each request; each request is counted. */
function feedOf(answer: () => object) {
  const counted = (reads = { count: 0 });
  return sinon.stub(window, 'fetch').callsFake(async () => new Answer(JSON.stringify(answer()), counted));
}
/** The feed answers with `newest()` stories. */
const feed = (newest: () => number) => feedOf(() => jsonFeed(newest()));

const headlines = (el: NewsTeaserList) =>
  [...el.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser:not([skeleton])')].map((t) => t.headline);
const announced = (el: NewsTeaserList) => el.shadowRoot!.querySelector('[part=status]')!.textContent!.trim();
const link = (el: NewsTeaserList, index: number) => {
  const teaser = el.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser')[index]!;
  return teaser.shadowRoot!.querySelector<HTMLElement>('a[part~=link]')!;
};

let clock: sinon.SinonFakeTimers;
let visibility: DocumentVisibilityState = 'visible';
beforeEach(() => {
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  // Timers only: frames (and so IntersectionObserver) go on as usual.
  clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  sinon.restore();
  delete (document as { visibilityState?: unknown }).visibilityState;
  window.scrollTo(0, 0);
});

/** A refreshing list of the feed (after `before`, e.g. a spacer), once its first stories show. */
async function refreshing(
  before = html``,
  attrs: { limit?: number; locale?: string; layout?: string; group?: string } = {},
) {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      ${before}
      <news-teaser-list
        heading="Latest"
        src="/latest.json"
        refresh="60"
        limit=${attrs.limit ?? 4}
        locale=${attrs.locale ?? 'en'}
        layout=${attrs.layout ?? 'list'}
        dedupe-group=${attrs.group ?? nothing}
      ></news-teaser-list>
    </div>`,
  );
  const el = wrapper.querySelector<NewsTeaserList>('news-teaser-list[src]')!;
  await until(() => headlines(el).length > 0, 'the first stories');
  // The on-screen observer reports once a frame has been drawn.
  await frame();
  await frame();
  return el;
}

/**
 * Lets a minute pass and waits for the list to settle. A refresh starts its next countdown once it
 * has read its answer, which under load can come after the stories it adds are drawn: the minute
 * starts after that, or the countdown would begin after the minute had already passed.
 */
async function minute(el: NewsTeaserList) {
  await until(() => reads.count === (window.fetch as sinon.SinonStub).callCount, 'the last answer read');
  await frame();
  await clock.tickAsync(60_000);
  await frame();
  await el.updateComplete;
}

describe('news-teaser-list refresh', () => {
  it('puts new stories at the top, keeps the others in order, and announces them', async () => {
    let newest = 6;
    const fetches = feed(() => newest);
    const el = await refreshing();
    expect(headlines(el)).to.deep.equal(['Story 6', 'Story 5', 'Story 4', 'Story 3']);
    expect(fetches.callCount).to.equal(1);
    expect(announced(el)).to.equal('');

    newest = 8;
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 8', 'the new stories');
    expect(fetches.callCount).to.equal(2);
    // The limit holds: the oldest shown make room.
    expect(headlines(el)).to.deep.equal(['Story 8', 'Story 7', 'Story 6', 'Story 5']);
    expect(el.shadowRoot!.querySelector('[part=status]')!.getAttribute('role')).to.equal('status');
    expect(announced(el)).to.equal('2 new stories');

    await minute(el);
    // Its request follows the fetch of the feed code, which takes a task, not a frame.
    await until(() => fetches.callCount === 3, 'a refresh every minute');
    expect(headlines(el)[0], 'nothing new, nothing moved').to.equal('Story 8');
    newest = 9;
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 9', 'one more story');
    expect(announced(el)).to.equal('1 new story');
  });

  it('moves no story sideways when a refresh brings the first picture to a list of text alone', async () => {
    let newest = 4;
    feedOf(() => {
      const feed = jsonFeed(newest);
      feed.items[0] = { ...feed.items[0]!, ...(newest > 4 && { image: '/stories/assets/city-800x450.jpg' }) };
      return feed;
    });
    const el = await refreshing();
    const left = (headline: string) => {
      const teaser = [...el.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser')].find(
        (t) => t.headline === headline,
      )!;
      return Math.round(teaser.shadowRoot!.querySelector('[part~=headline]')!.getBoundingClientRect().left);
    };
    const before = left('Story 4');
    newest = 5;
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 5', 'the new story');
    expect(left('Story 4'), 'the story being read').to.equal(before);
  });

  it('announces only the new stories it shows, not one a list before it in its dedupe-group shows', async () => {
    let newest = 6;
    feed(() => newest);
    const earlier = html`<news-teaser-list
      dedupe-group="front"
      .items=${[{ headline: 'Story 8', href: 'https://news.example.com/stories/8' }]}
    ></news-teaser-list>`;
    const el = await refreshing(earlier, { group: 'front' });
    newest = 8;
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 7', 'the new story');
    expect(headlines(el)).not.to.include('Story 8');
    expect(announced(el)).to.equal('1 new story');
  });

  /** A JSON Feed of the stories numbered `ids`, in that order. */
  const feedOfIds = (ids: () => number[]) =>
    feedOf(() => ({ version: 'https://jsonfeed.org/version/1.1', title: 'News', items: ids().map(story) }));

  it('drops a story taken down, and keeps an older one a deletion brings onto the page unannounced', async () => {
    // The feed lists its newest four, as WordPress lists its newest ten.
    let ids = [6, 5, 4, 3];
    feedOfIds(() => ids);
    const el = await refreshing(html``, { limit: 10 });
    expect(headlines(el)).to.deep.equal(['Story 6', 'Story 5', 'Story 4', 'Story 3']);
    ids = [7, 6, 4, 3, 2];
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 7', 'the new story');
    expect(headlines(el)).to.deep.equal(['Story 7', 'Story 6', 'Story 4', 'Story 3', 'Story 2']);
    expect(announced(el)).to.equal('1 new story');
  });

  it('takes a story under a sticky one at the top as new', async () => {
    let ids = [9, 6, 5, 4];
    feedOfIds(() => ids);
    const el = await refreshing(html``, { limit: 10 });
    ids = [9, 7, 6, 5, 4];
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 7', 'the new story');
    expect(headlines(el)).to.deep.equal(['Story 7', 'Story 9', 'Story 6', 'Story 5', 'Story 4']);
    expect(announced(el)).to.equal('1 new story');
  });

  it('announces as many new stories as its limit shows', async () => {
    let newest = 6;
    feed(() => newest);
    const el = await refreshing();
    newest = 12;
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 12', 'the new stories');
    expect(headlines(el)).to.deep.equal(['Story 12', 'Story 11', 'Story 10', 'Story 9']);
    expect(announced(el)).to.equal('4 new stories');
  });

  // The setup fails a test on any warning left unstubbed.
  it('refreshes a feed of more than 500 stories without a warning when its limit shows fewer', async () => {
    let newest = 600;
    const fetches = feed(() => newest);
    const el = await refreshing();
    newest = 601;
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 601', 'the new story');
    expect(fetches.callCount).to.equal(2);
  });

  it('does not fetch while the list is off screen or the page hidden', async () => {
    const fetches = feed(() => 3);
    const el = await refreshing(html`<div style="block-size: 300vh"></div>`);
    expect(fetches.callCount).to.equal(1);
    await minute(el);
    await minute(el);
    expect(fetches.callCount, 'below the screen').to.equal(1);

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    el.scrollIntoView();
    await frame();
    await frame();
    expect(fetches.callCount, 'in view in a hidden page').to.equal(1);

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => fetches.callCount === 2, 'the refresh that fell due, once the list can be seen');
  });

  it('keeps new stories waiting while focus is in the list, and shows them when it leaves', async () => {
    let newest = 4;
    feed(() => newest);
    const el = await refreshing();
    link(el, 1).focus();
    newest = 6;
    await minute(el);
    await frame();
    expect(headlines(el), 'nothing moved under the focus').to.deep.equal([
      'Story 4',
      'Story 3',
      'Story 2',
      'Story 1',
    ]);
    expect(el.shadowRoot!.querySelectorAll('li > news-teaser')[1]!.shadowRoot!.activeElement).to.equal(
      link(el, 1),
    );

    link(el, 1).blur();
    // A test page whose window lacks the system's focus (as after an earlier file tabbed into the
    // browser's own controls) gets no focus events: the one a reader's tab gets when focus leaves.
    link(el, 1).dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await until(() => headlines(el)[0] === 'Story 6', 'the waiting stories, once focus left');
    expect(announced(el)).to.equal('2 new stories');
  });

  it('keeps new stories waiting while the reader is scrolled into the list', async () => {
    let newest = 4;
    feed(() => newest);
    const el = await refreshing(html`<div style="block-size: 50vh"></div>`);
    el.insertAdjacentHTML('afterend', '<div style="block-size: 200vh"></div>');
    const third = link(el, 2);
    // The list's top above the screen, its third story in view.
    window.scrollTo(
      0,
      el.shadowRoot!.querySelector('[part=list]')!.getBoundingClientRect().top + scrollY + 40,
    );
    await frame();
    const top = third.getBoundingClientRect().top;
    newest = 5;
    await minute(el);
    await frame();
    expect(headlines(el)[0]).to.equal('Story 4');
    expect(third.getBoundingClientRect().top, 'the story the reader sees did not move').to.equal(top);

    window.scrollTo(0, 0);
    await frame();
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 5', 'the waiting story at the next refresh');
  });

  it('shows a story’s new headline in place, nothing moved and nothing announced', async () => {
    let edited = false;
    feedOf(() => {
      const answer = jsonFeed(4);
      if (edited) answer.items[1]!.title = 'Story 3: the vote is delayed';
      return answer;
    });
    const el = await refreshing();
    edited = true;
    await minute(el);
    await until(() => headlines(el)[1] === 'Story 3: the vote is delayed', 'the new headline');
    expect(headlines(el)).to.deep.equal(['Story 4', 'Story 3: the vote is delayed', 'Story 2', 'Story 1']);
    expect(announced(el)).to.equal('');
  });

  it('takes a ranked list’s new ranking whole', async () => {
    const ranked = (order: number[]) => ({ ...jsonFeed(0), items: order.map(story) });
    let order = [4, 3, 2, 1];
    feedOf(() => ranked(order));
    const el = await refreshing(html``, { layout: 'ranked' });
    expect(headlines(el)).to.deep.equal(['Story 4', 'Story 3', 'Story 2', 'Story 1']);
    order = [2, 5, 4, 3];
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 2', 'the new ranking');
    expect(headlines(el)).to.deep.equal(['Story 2', 'Story 5', 'Story 4', 'Story 3']);
    expect(announced(el)).to.equal('1 new story');
  });

  it('forgets its feed when src changes: a refresh of the old one on its way is dropped', async () => {
    const counted = (reads = { count: 0 });
    let late = (_: Response) => {};
    const fetches = sinon.stub(window, 'fetch').callsFake(async (input) => {
      if (String(input).includes('/other.json'))
        return new Answer(JSON.stringify({ ...jsonFeed(0), items: [story(90)] }), counted);
      if (fetches.callCount > 1) return new Promise<Response>((resolve) => (late = resolve));
      return new Answer(JSON.stringify(jsonFeed(4)), counted);
    });
    const el = await refreshing();
    await minute(el);
    await until(() => fetches.callCount === 2, 'the refresh, on its way');
    el.src = '/other.json';
    await until(() => headlines(el)[0] === 'Story 90', 'the other feed');
    late(new Answer(JSON.stringify(jsonFeed(6)), counted));
    await frame();
    await frame();
    await el.updateComplete;
    expect(headlines(el)).to.deep.equal(['Story 90']);
    expect(announced(el)).to.equal('');
  });

  it('announces in the list language, in its digits', async () => {
    let newest = 2;
    feed(() => newest);
    // Egyptian Arabic writes Arabic-Indic digits (plain `ar` writes Latin ones in today's CLDR).
    const el = await refreshing(html``, { locale: 'ar-EG' });
    newest = 5;
    await minute(el);
    await until(() => headlines(el)[0] === 'Story 5', 'the new stories');
    expect(announced(el)).to.equal('أخبار جديدة: ٣');
  });

  it('raises a refresh under 15 seconds to 15, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    const fetches = feed(() => 2);
    const el = await refreshing();
    el.refresh = 5;
    await el.updateComplete;
    await clock.tickAsync(10_000);
    expect(fetches.callCount).to.equal(1);
    await clock.tickAsync(5_000);
    await until(() => fetches.callCount === 2, 'a refresh after 15 seconds');
    expect(warn.args.map(([message]) => message)).to.deep.equal([
      'news-elements: <news-teaser-list refresh=5> is raised to 15 seconds.',
    ]);
  });
});
