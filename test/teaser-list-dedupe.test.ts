/**
 * Section fronts: lists in one `dedupe-group` never show a story twice, whatever order their feeds
 * arrive in, and each fills its `limit` from the rest of its stories.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaserList, TeaserItem } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { frame, until } from './support/until.js';

/** Stories `from`..`to`, each linked to its own page. */
const stories = (to: number, from = 1): TeaserItem[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    headline: `Story ${from + i}`,
    href: `https://news.example.com/stories/${from + i}`,
  }));

const headlines = (list: NewsTeaserList) =>
  [...list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser:not([skeleton])')].map((t) => t.headline);
const lists = (front: Element) => [...front.querySelectorAll<NewsTeaserList>('news-teaser-list')];
const settled = (front: Element) => Promise.all(lists(front).map((list) => list.updateComplete));
/** Every headline shown on the front, with the ones shown more than once. */
function twice(front: Element): string[] {
  const all = lists(front).flatMap(headlines);
  return all.filter((headline, i) => all.indexOf(headline) !== i);
}

describe('news-teaser-list dedupe-group', () => {
  it('skips the stories of the lists before it and fills its limit from the rest', async () => {
    const front = await fixture(
      html`<div>
        <news-teaser-list dedupe-group="front" limit="3" .items=${stories(10)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" limit="3" .items=${stories(10)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" limit="3" .items=${stories(12, 5)}></news-teaser-list>
      </div>`,
    );
    await settled(front);
    await settled(front);
    const [top, second, third] = lists(front).map(headlines);
    expect(top).to.deep.equal(['Story 1', 'Story 2', 'Story 3']);
    expect(second).to.deep.equal(['Story 4', 'Story 5', 'Story 6']);
    expect(third).to.deep.equal(['Story 7', 'Story 8', 'Story 9']);
  });

  for (const appFirst of [true, false])
    it(`orders lists by their place on the page, one inside an app's shadow root, ${appFirst ? 'before' : 'after'} the other`, async () => {
      const front = await fixture<HTMLElement>(html`<div><div class="app"></div></div>`);
      const app = front.querySelector('.app')!;
      const outside = document.createElement('news-teaser-list');
      outside.setAttribute('dedupe-group', 'front');
      outside.setAttribute('limit', '3');
      outside.items = stories(10);
      if (appFirst) front.append(outside);
      else front.prepend(outside);
      const inside = document.createElement('news-teaser-list');
      inside.setAttribute('dedupe-group', 'front');
      inside.setAttribute('limit', '3');
      inside.items = stories(10);
      app.attachShadow({ mode: 'open' }).append(inside);
      const [first, second] = appFirst ? [inside, outside] : [outside, inside];
      await until(() => headlines(second)[0] === 'Story 4', 'the later list skips the earlier one’s');
      expect(headlines(first)).to.deep.equal(['Story 1', 'Story 2', 'Story 3']);
      expect(headlines(second)).to.deep.equal(['Story 4', 'Story 5', 'Story 6']);
    });

  it('keeps the stories a reader is on while a list before it changes, unless it would show one twice', async () => {
    const front = await fixture(
      html`<div>
        <news-teaser-list dedupe-group="front" limit="2" .items=${stories(10)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" limit="2" .items=${stories(10)}></news-teaser-list>
        <button>Elsewhere</button>
      </div>`,
    );
    await settled(front);
    await settled(front);
    const [earlier, later] = lists(front) as [NewsTeaserList, NewsTeaserList];
    expect(headlines(later)).to.deep.equal(['Story 3', 'Story 4']);
    const link = (list: NewsTeaserList, i: number) =>
      list.shadowRoot!.querySelectorAll<NewsTeaser>('news-teaser')[i]!.shadowRoot!.querySelector('a')!;
    link(later, 1).focus();
    // Two new stories on top of the earlier list: Stories 1 and 2 would move down into the later one.
    earlier.items = [...stories(12, 11), ...stories(10)];
    await settled(front);
    await frame();
    expect(headlines(earlier)).to.deep.equal(['Story 11', 'Story 12']);
    expect(headlines(later), 'under the reader').to.deep.equal(['Story 3', 'Story 4']);
    expect(later.shadowRoot!.activeElement).to.equal(later.shadowRoot!.querySelectorAll('news-teaser')[1]);
    const on = link(later, 1);
    front.querySelector('button')!.focus();
    // A test page whose window lacks the system's focus gets no focus events: the one a reader's
    // tab gets when focus leaves.
    on.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await until(() => headlines(later)[0] === 'Story 1', 'the later list picks again once focus leaves');
    expect(headlines(later)).to.deep.equal(['Story 1', 'Story 2']);

    // The earlier list now shows a story the later one shows: it changes at once, focus or not.
    link(later, 0).focus();
    earlier.items = [...stories(2, 2), ...stories(12, 11)];
    await until(() => headlines(later)[1] !== 'Story 2', 'the later list gives up its story');
    expect(twice(front)).to.deep.equal([]);
  });

  it('knows one story by its link, whatever its fragment, tracking, query encoding or trailing slash', async () => {
    const same = [
      { headline: 'Ferry vote (front)', href: 'https://news.example.com/ferry' },
      { headline: 'Tide tables', href: 'https://news.example.com/tides?port=St%20Ives' },
      // Not an address: two such stories are told apart by their headlines.
      { headline: 'Live: the count', href: 'javascript:void(0)' },
      { headline: 'Ferry vote (section)', href: 'https://news.example.com/ferry/?utm_source=home#top' },
      { headline: 'Tide tables (section)', href: 'https://news.example.com/tides?port=St+Ives&utm_medium=x' },
      { headline: 'Night buses', href: '/buses' },
      { headline: 'Live: the results', href: 'javascript:void(0)' },
    ];
    const warn = sinon.stub(console, 'warn');
    try {
      const front = await fixture(
        html`<div>
          <news-teaser-list dedupe-group="front" .items=${same.slice(0, 3)}></news-teaser-list>
          <news-teaser-list dedupe-group="front" .items=${same.slice(3)}></news-teaser-list>
        </div>`,
      );
      await settled(front);
      await settled(front);
      expect(headlines(lists(front)[1]!)).to.deep.equal(['Night buses', 'Live: the results']);
      // Each teaser of the two says once that its link is not one.
      expect(warn.args.map(([message]) => String(message))).to.deep.equal(
        Array(2).fill(
          'news-elements: <news-teaser> href "javascript:void(0)" is not an http(s) or relative URL; it is ignored.',
        ),
      );
    } finally {
      warn.restore();
    }
  });

  it('never shows a story twice while the feeds arrive, in either order', async () => {
    for (const [first, second] of [
      [600, 0],
      [0, 600],
    ]) {
      const feed = (delay: number) => `/__feeds/many/10/json?delay=${delay}`;
      // (The first round's lists are still on the page: a group of its own for each round.)
      const group = `front-${first}`;
      const front = await fixture(
        html`<div>
          <news-teaser-list dedupe-group=${group} limit="4" src=${feed(first!)}></news-teaser-list>
          <news-teaser-list dedupe-group=${group} limit="4" src=${feed(second!)}></news-teaser-list>
        </div>`,
      );
      const seen: string[] = [];
      const done = () => lists(front).every((list) => headlines(list).length === 4);
      const deadline = performance.now() + 6000;
      while (!done() && performance.now() < deadline) {
        seen.push(...twice(front));
        await frame();
      }
      await settled(front);
      expect(seen, `shown twice, with the first feed ${first} ms late`).to.deep.equal([]);
      expect(lists(front).map(headlines)).to.deep.equal([
        ['Story 1 of 10', 'Story 2 of 10', 'Story 3 of 10', 'Story 4 of 10'],
        ['Story 5 of 10', 'Story 6 of 10', 'Story 7 of 10', 'Story 8 of 10'],
      ]);
    }
  });

  it('gives the stories back when a list before leaves the page, and takes none with dedupe="off"', async () => {
    const front = await fixture(
      html`<div>
        <news-teaser-list dedupe-group="front" limit="2" .items=${stories(5)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" dedupe="off" limit="2" .items=${stories(5)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" limit="2" .items=${stories(5)}></news-teaser-list>
      </div>`,
    );
    await settled(front);
    await settled(front);
    const [top, most, last] = lists(front);
    expect(headlines(most!)).to.deep.equal(['Story 1', 'Story 2']);
    expect(headlines(last!)).to.deep.equal(['Story 3', 'Story 4']);
    top!.remove();
    await until(() => headlines(last!)[0] === 'Story 1', 'the removed list’s stories, back');
    expect(headlines(last!)).to.deep.equal(['Story 1', 'Story 2']);
  });

  it('says a list left with no story is empty, so that a front can hide it, and no longer once it has one', async () => {
    const front = await fixture(
      html`<div>
        <style>
          news-teaser-list:state(empty) {
            display: none;
          }
        </style>
        <news-teaser-list dedupe-group="front" limit="3" .items=${stories(3)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" heading="Weather" .items=${stories(3)}></news-teaser-list>
        <news-teaser-list
          dedupe-group="front"
          heading="Latest"
          refresh="60"
          .items=${stories(3)}
        ></news-teaser-list>
      </div>`,
    );
    await settled(front);
    await settled(front);
    const [top, weather, latest] = lists(front);
    expect(headlines(weather!)).to.deep.equal([]);
    expect(weather!.matches(':state(empty)')).to.equal(true);
    // A list that may be filled again is never hidden: its refresh waits to be on screen.
    expect(headlines(latest!)).to.deep.equal([]);
    expect(latest!.matches(':state(empty)'), 'refresh').to.equal(false);
    expect(weather!.getBoundingClientRect().height, 'hidden by the page').to.equal(0);
    expect(top!.matches(':state(empty)')).to.equal(false);
    top!.remove();
    await until(() => headlines(weather!).length === 3, 'the removed list’s stories, back');
    expect(weather!.matches(':state(empty)')).to.equal(false);
    expect(weather!.getBoundingClientRect().height).to.be.above(0);
  });

  it('shows no story twice after an app moves a list with a feed, and gives back what dedupe="off" leaves', async () => {
    const feed = '/__feeds/many/10/json';
    const front = await fixture(
      html`<div>
        <news-teaser-list dedupe-group="moved" limit="3" src=${feed}></news-teaser-list>
        <news-teaser-list dedupe-group="moved" limit="3" src=${feed}></news-teaser-list>
      </div>`,
    );
    const [top, second] = lists(front);
    await until(() => headlines(second!)[0] === 'Story 4 of 10', 'the second list skips the first’s');
    // Taken out and put back where it was, as a framework re-parenting it does.
    front.insertBefore(top!, second!);
    await settled(front);
    await settled(front);
    expect(twice(front)).to.deep.equal([]);
    expect(lists(front).map(headlines)).to.deep.equal([
      ['Story 1 of 10', 'Story 2 of 10', 'Story 3 of 10'],
      ['Story 4 of 10', 'Story 5 of 10', 'Story 6 of 10'],
    ]);
    // Leaving the group at run time: the second list shows its feed's first stories.
    second!.dedupe = 'off';
    await until(() => headlines(second!)[0] === 'Story 1 of 10', 'the second list leaves the group');
    expect(headlines(second!)).to.deep.equal(['Story 1 of 10', 'Story 2 of 10', 'Story 3 of 10']);
  });

  it('leaves lists without a group alone', async () => {
    const front = await fixture(
      html`<div>
        <news-teaser-list limit="2" .items=${stories(5)}></news-teaser-list>
        <news-teaser-list dedupe-group="front" limit="2" .items=${stories(5)}></news-teaser-list>
        <news-teaser-list dedupe-group="sport" limit="2" .items=${stories(5)}></news-teaser-list>
      </div>`,
    );
    await settled(front);
    expect(lists(front).map(headlines)).to.deep.equal([
      ['Story 1', 'Story 2'],
      ['Story 1', 'Story 2'],
      ['Story 1', 'Story 2'],
    ]);
  });
});
