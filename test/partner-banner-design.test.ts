import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/partner-banner/define.js';
import type { NewsPartnerBanner } from '../src/partner-banner/partner-banner.js';

const LOGO = '/stories/assets/logo-harbour-bank.svg';
const LOGO_DARK = '/stories/assets/logo-harbour-bank-dark.svg';
const NONE = 'rgba(0, 0, 0, 0)';

const part = (el: NewsPartnerBanner, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (node: Element) => getComputedStyle(node);

afterEach(() => sinon.restore());

describe('news-partner-banner design', () => {
  describe('paid content stands apart by more than colour', () => {
    const banner = (variant: string, wrapper = '') =>
      fixture<HTMLElement>(html`
        <div class=${wrapper}>
          <news-partner-banner variant=${variant} name="Institute for Urban Futures"></news-partner-banner>
        </div>
      `).then((div) => div.querySelector('news-partner-banner')!);

    // [variant, frame width around the banner, label set solid and bold]
    const variants: [string, string, boolean][] = [
      ['partner', '0px', false],
      ['sponsored', '0px', false],
      ['paid', '2px', true],
    ];
    for (const [variant, frame, solid] of variants)
      it(`${variant}: ${solid ? 'a framed banner, its label solid and bold' : 'rules above and below'}`, async () => {
        const el = await banner(variant);
        const aside = part(el, 'aside');
        const label = part(el, '[part="label"]');
        expect(style(aside).borderInlineStartWidth).to.equal(frame);
        for (const side of ['borderBlockStartWidth', 'borderBlockEndWidth'] as const)
          expect(style(aside)[side], side).to.equal(solid ? frame : '1px');
        expect(style(label).backgroundColor !== NONE, 'label on a solid band').to.equal(solid);
        expect(Number(style(label).fontWeight) >= 700, 'bold label').to.equal(solid);
        await expect(el).to.be.accessible();
      });

    it('says "Paid content" in visible text that also names the landmark', async () => {
      const el = await banner('paid');
      const label = part(el, '[part="label"]');
      expect(label.innerText.trim()).to.equal('Paid content by');
      expect(part(el, 'aside').getAttribute('aria-labelledby')).to.equal(label.id);
      expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('keeps the paid label readable on the dark theme', async () => {
      const theme = document.createElement('style');
      theme.textContent =
        '.dark-test { --news-color-text: #ecebe8; --news-color-text-muted: #b4b1aa; --news-color-background: #121212; --news-color-surface: #1f1f1d; }';
      document.head.append(theme);
      try {
        const el = await banner('paid', 'dark-test');
        const label = part(el, '[part="label"]');
        expect(style(label).backgroundColor).to.equal('rgb(236, 235, 232)');
        expect(style(label).color).to.equal('rgb(18, 18, 18)');
        await expect(el).to.be.accessible();
      } finally {
        theme.remove();
      }
    });
  });

  describe('logos', () => {
    it('draws a 240×60 logo 3.5rem high: a logo, not a line of small print', async () => {
      const el = await fixture<NewsPartnerBanner>(html`
        <news-partner-banner name="Harbour Bank" logo-src=${LOGO} logo-width="240" logo-height="60">
        </news-partner-banner>
      `);
      const rem = parseFloat(style(document.documentElement).fontSize);
      expect(part(el, 'img').getBoundingClientRect().height).to.be.closeTo(3.5 * rem, 0.5);
    });

    it('redraws logos made for light backgrounds under a dark theme, with no plate behind them', async () => {
      sinon
        .stub(window, 'matchMedia')
        .returns(Object.assign(new EventTarget(), { matches: false }) as unknown as MediaQueryList);
      const wrapper = await fixture<HTMLElement>(html`
        <div style="--news-color-scheme: dark">
          <news-partner-banner name="Harbour Bank" logo-src=${LOGO}>
            <a href="https://coastal.example/"
              ><img src="/stories/assets/logo-coastal-energy.svg" alt="Coastal Energy Co-op"
            /></a>
            <img src="/stories/assets/logo-urban-institute.svg" alt="Institute for Urban Futures" />
          </news-partner-banner>
          <news-partner-banner name="Harbour Bank" logo-src=${LOGO} logo-src-dark=${LOGO_DARK}>
          </news-partner-banner>
        </div>
      `);
      const [single, pair] = wrapper.querySelectorAll<NewsPartnerBanner>('news-partner-banner');
      const logos = [part(single!, 'img'), ...single!.querySelectorAll('img')] as HTMLImageElement[];
      for (const img of logos) {
        expect(style(img).backgroundColor, img.alt).to.equal(NONE);
        expect(style(img).filter, img.alt).to.contain('invert(1)');
      }
      expect(style(part(pair!, 'img')).filter, 'the dark logo is drawn as it is').to.equal('none');
      await expect(single).to.be.accessible();

      wrapper.style.setProperty('--news-color-scheme', 'light');
      await oneEvent(single!, 'transitionend');
      await single!.updateComplete;
      for (const img of logos) expect(style(img).filter, `${img.alt}, light theme`).to.equal('none');
    });

    it('lets a site choose a plate instead, or no redrawing', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div
          style="--news-color-scheme: dark; --news-partner-banner-logo-plate: #fff; --news-partner-banner-logo-dark-filter: none"
        >
          <news-partner-banner name="Harbour Bank" logo-src=${LOGO}></news-partner-banner>
        </div>
      `);
      const img = part(wrapper.querySelector<NewsPartnerBanner>('news-partner-banner')!, 'img');
      expect(style(img).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(img).filter).to.equal('none');
    });
  });
});
