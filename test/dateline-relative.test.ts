// <news-dateline>'s relative time, kept current by one shared clock that sleeps while no
// relative date is on screen.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/dateline/define.js';
import { NewsDateline } from '../src/dateline/dateline.js';
import {
  FakeObserver,
  HOUR,
  HOUSE,
  MINUTE,
  NOW,
  ago,
  page,
  published,
  stopClock,
} from './support/dateline.js';

describe('news-dateline', () => {
  describe('relative time on one shared clock', () => {
    let clock: sinon.SinonFakeTimers;

    beforeEach(() => {
      clock = stopClock();
    });

    afterEach(() => {
      // Remove the elements while the fake clock is still in charge of their timer.
      fixtureCleanup();
      clock.restore();
      sinon.restore();
    });

    it('says how long ago, with the full date and time in the title', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime=${ago(3 * MINUTE)}
          format="relative"
          locale="en-GB"
          time-zone="Asia/Seoul"
        ></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('3 minutes ago');
      expect(published(el)!.getAttribute('datetime')).to.equal('2012-12-15T11:57:00Z');
      const title = published(el)!.title;
      expect(title)
        .to.contain('Saturday')
        .and.contain('15 December 2012')
        .and.contain('20:57')
        .and.contain('GMT+9');
    });

    it('prints yesterday and the future in words', async () => {
      const yesterday = await fixture<NewsDateline>(html`
        <news-dateline datetime="2012-12-14" format="relative" locale="en-GB"></news-dateline>
      `);
      expect(published(yesterday)!.textContent).to.equal('yesterday');
      const ahead = await fixture<NewsDateline>(html`
        <news-dateline
          datetime="2012-12-17T13:00:00Z"
          format="relative"
          locale="en-GB"
          time-zone="UTC"
        ></news-dateline>
      `);
      expect(published(ahead)!.textContent).to.equal('in 2 days');
      const korean = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="ko"></news-dateline>
      `);
      expect(published(korean)!.textContent).to.equal('3분 전');
    });

    // Seen at NOW (Saturday 15 December 2012, 12:00 UTC).
    const elapsed: [string, string][] = [
      // 45 days back is two calendar months back: "last month" would name November.
      ['2012-10-31', '1 month ago'],
      // 13 days back is the week before last.
      ['2012-12-02', '1 week ago'],
      // 360 days round to 12 months: a year.
      ['2011-12-20', '1 year ago'],
      ['2012-12-14', 'yesterday'],
      // A clock two minutes ahead of the reader's (a CMS's, a server's).
      ['2012-12-15T12:02:00Z', 'now'],
      ['2012-12-15T12:20:00Z', 'in 20 minutes'],
      // A fraction of a second before midnight is still the day it says.
      ['2012-12-13T23:59:59.9999995Z', '2 days ago'],
      ['2012-12-13T23:59:59.99999999999999999Z', '2 days ago'],
    ];
    for (const [datetime, expected] of elapsed)
      it(`says ${JSON.stringify(expected)} of ${datetime}`, async () => {
        const el = await fixture<NewsDateline>(
          html`<news-dateline
            datetime=${datetime}
            format="relative"
            locale="en-GB"
            time-zone="UTC"
          ></news-dateline>`,
        );
        expect(published(el)!.textContent).to.equal(expected);
      });

    it('puts no title on absolute dates', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="long" locale="en-GB"></news-dateline>
      `);
      expect(published(el)!.hasAttribute('title')).to.equal(false);
    });

    it('keeps itself current, waking only when the text changes', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(2 * HOUR + 30_000)} format="relative" locale="en-GB"></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('2 hours ago');
      expect(clock.countTimers()).to.equal(1);
      // One wake-up, 59.5 minutes later, when "2 hours" becomes "3 hours": nothing in between.
      clock.next();
      expect(Date.now() - NOW).to.equal(59.5 * MINUTE);
      await el.updateComplete;
      expect(published(el)!.textContent).to.equal('3 hours ago');
      expect(clock.countTimers()).to.equal(1);
    });

    it('catches up when the page comes back from sleep, whose timer resumes where it stopped', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="en-GB"></news-dateline>
      `);
      // Two hours pass while the page is frozen: the wall clock moves, its timer does not.
      clock.setSystemTime(NOW + 2 * HOUR);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(published(el)!.textContent).to.equal('2 hours ago');
      clock.setSystemTime(NOW + 5 * HOUR);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(published(el)!.textContent).to.equal('5 hours ago');
    });

    it('shares one timer between every relative dateline on the page', async () => {
      const root = await page(html`
        <div>
          <news-dateline
            datetime=${ago(3 * MINUTE + 20_000)}
            format="relative"
            locale="en-GB"
          ></news-dateline>
          <news-dateline datetime=${ago(5 * HOUR)} format="relative" locale="en-GB"></news-dateline>
          <news-dateline datetime=${ago(10 * HOUR)} format="auto" locale="en-GB"></news-dateline>
          <news-dateline datetime="2012-12-14" format="relative" locale="en-GB"></news-dateline>
        </div>
      `);
      const [minutes, hours] = [...root.querySelectorAll('news-dateline')];
      expect(clock.countTimers()).to.equal(1);
      clock.next();
      // The earliest change comes first: "3 minutes" turns "4 minutes" 40 seconds from now.
      expect(Date.now() - NOW).to.equal(40_000);
      await minutes!.updateComplete;
      expect(published(minutes!)!.textContent).to.equal('4 minutes ago');
      expect(published(hours!)!.textContent).to.equal('5 hours ago');
      expect(clock.countTimers()).to.equal(1);
    });

    it('leaves no timer and no observer behind once removed, and catches up when back', async () => {
      sinon.stub(window, 'IntersectionObserver').value(FakeObserver);
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="en-GB"></news-dateline>
      `);
      const observer = FakeObserver.current!;
      const parent = el.parentNode!;
      expect(clock.countTimers()).to.equal(1);
      expect([...observer.targets]).to.deep.equal([el]);
      el.remove();
      expect(clock.countTimers(), 'timers left').to.equal(0);
      expect(observer.targets.size, 'elements still observed').to.equal(0);
      expect(observer.disconnected).to.equal(true);

      clock.tick(10 * MINUTE);
      parent.appendChild(el);
      await el.updateComplete;
      expect(published(el)!.textContent).to.equal('13 minutes ago');
      expect(clock.countTimers()).to.equal(1);
    });

    it('leaves nothing behind after a thousand connections and removals', async () => {
      sinon.stub(window, 'IntersectionObserver').value(FakeObserver);
      const el = await fixture<NewsDateline>(html`
        <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="en-GB"></news-dateline>
      `);
      const parent = el.parentNode!;
      for (let i = 0; i < 1000; i++) {
        el.remove();
        parent.appendChild(el);
        await el.updateComplete;
      }
      expect(clock.countTimers()).to.equal(1);
      expect(FakeObserver.current!.targets.size).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      expect(FakeObserver.current!.targets.size).to.equal(0);
    });

    it('pauses while scrolled out of view and catches up on return', async () => {
      sinon.stub(window, 'IntersectionObserver').value(FakeObserver);
      const root = await page(html`
        <div>
          <news-dateline datetime=${ago(3 * MINUTE)} format="relative" locale="en-GB"></news-dateline>
          <news-dateline datetime=${ago(5 * HOUR)} format="relative" locale="en-GB"></news-dateline>
        </div>
      `);
      const [near, far] = [...root.querySelectorAll('news-dateline')] as [NewsDateline, NewsDateline];
      const observer = FakeObserver.current!;
      observer.report(near, false);
      observer.report(far, false);
      expect(clock.countTimers(), 'no timer while nobody can see them').to.equal(0);
      clock.tick(10 * MINUTE);
      await near.updateComplete;
      expect(published(near)!.textContent).to.equal('3 minutes ago');

      // Back on screen: brought up to date at once, and the clock runs again.
      observer.report(near, true);
      await near.updateComplete;
      expect(published(near)!.textContent).to.equal('13 minutes ago');
      expect(clock.countTimers()).to.equal(1);
      // The one still off screen does not decide when the clock wakes.
      clock.next();
      expect(Date.now() - NOW).to.equal(11 * MINUTE);
      await near.updateComplete;
      expect(published(near)!.textContent).to.equal('14 minutes ago');
      expect(published(far)!.textContent).to.equal('5 hours ago');
    });

    it('with auto, turns absolute at 24 hours and stops ticking', async () => {
      const el = await fixture<NewsDateline>(html`
        <news-dateline
          datetime=${ago(24 * HOUR - 30_000)}
          format="auto"
          locale="en-GB"
          time-zone="UTC"
        ></news-dateline>
      `);
      expect(published(el)!.textContent).to.equal('23 hours ago');
      clock.next();
      expect(Date.now() - NOW).to.equal(30_000);
      await el.updateComplete;
      expect(published(el)!.textContent).to.equal('14 December 2012');
      expect(published(el)!.hasAttribute('title')).to.equal(false);
      expect(clock.countTimers()).to.equal(0);
    });

    it('starts no timer for dates that will not change', async () => {
      await page(html`
        <div>
          <news-dateline datetime=${ago(3 * MINUTE)} format="long"></news-dateline>
          <news-dateline datetime=${ago(3 * MINUTE)} pattern=${HOUSE}></news-dateline>
          <news-dateline datetime=${ago(30 * HOUR)} format="auto"></news-dateline>
        </div>
      `);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  it('is accessible with live relative text', async () => {
    const el = await fixture<NewsDateline>(html`
      <news-dateline
        datetime=${new Date(Date.now() - 5 * MINUTE).toISOString()}
        format="relative"
        updated=${new Date(Date.now() - MINUTE).toISOString()}
        place="Seoul"
      ></news-dateline>
    `);
    expect(published(el)!.textContent).to.equal('5 minutes ago');
    await expect(el).to.be.accessible();
  });
});
