/**
 * The partner banner's slotted links when a script (a CMS's editor, a framework's binding) sets
 * their address, or adds one inside a slotted partner, after the banner is drawn: no slotchange
 * comes, and the banner checks them as it did those written in the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/partner-banner/define.js';
import type { NewsPartnerBanner } from '../src/partner-banner/partner-banner.js';

afterEach(() => sinon.restore());

describe('news-partner-banner: links set later', () => {
  it('checks a slotted link whose address is set later: a safe one kept, an unsafe one removed with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    // A framework's link before its address is bound: no href yet.
    const el = await fixture<NewsPartnerBanner>(
      '<news-partner-banner variant="sponsored"><a>Coastal Energy Co-op</a></news-partner-banner>',
    );
    const a = el.querySelector('a')!;
    a.href = 'https://coastal.example/';
    // The banner's mutation observer runs in the microtask queued before this await's.
    await el.updateComplete;
    expect(a.getAttribute('href')).to.equal('https://coastal.example/');
    expect(a.rel).to.equal('sponsored noopener');
    a.setAttribute('href', 'javascript:alert(1)');
    await el.updateComplete;
    expect(a.hasAttribute('href'), 'unsafe address removed').to.be.false;
    expect(warn).calledOnce;
    expect(warn.firstCall.args[0]).to.contain('unsafe href');
  });

  it('gives a link added inside a slotted partner the variant’s rel tokens', async () => {
    const el = await fixture<NewsPartnerBanner>(html`
      <news-partner-banner variant="paid"
        ><span class="partner">Coastal Energy Co-op</span></news-partner-banner
      >
    `);
    const a = Object.assign(document.createElement('a'), { href: 'https://coastal.example/' });
    a.append(el.querySelector('.partner')!.firstChild!);
    el.querySelector('.partner')!.append(a);
    await el.updateComplete;
    expect(a.rel).to.equal('sponsored noopener');
  });
});
