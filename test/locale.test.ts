import { expect, fixture, html } from '@open-wc/testing';
import { canonicalLocale, isRtlLocale, resolveLocale } from '../src/internal/locale.js';
import sinon from 'sinon';

describe('locale helpers', () => {
  it('prefers the explicit locale, keeping Unicode extensions', () => {
    const el = document.createElement('span');
    expect(resolveLocale(el, 'ko-u-nu-hanidec')).to.equal('ko-u-nu-hanidec');
  });

  it('falls back to the nearest lang, crossing shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ar-EG"><div></div></div>`);
    const inner = host.firstElementChild!;
    const root = inner.attachShadow({ mode: 'open' });
    const deep = document.createElement('span');
    root.append(deep);
    expect(resolveLocale(deep)).to.equal('ar-EG');
    expect(resolveLocale(deep, 'not a locale!')).to.equal('ar-EG');
  });

  it('falls back to the browser language when no lang is set anywhere', async () => {
    const previous = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture(html`<span></span>`);
      const language = sinon.stub(Navigator.prototype, 'language').get(() => 'pt-br');
      try {
        expect(resolveLocale(el)).to.equal('pt-BR');
      } finally {
        language.restore();
      }
    } finally {
      if (previous !== null) document.documentElement.setAttribute('lang', previous);
    }
  });

  it('reads a POSIX locale (en_GB, as some CMSs write lang) as its BCP 47 tag', async () => {
    const el = await fixture(html`<div lang="pt_BR"><span></span></div>`);
    expect(resolveLocale(el.firstElementChild!)).to.equal('pt-BR');
    expect(canonicalLocale('zh_Hant_TW')).to.equal('zh-Hant-TW');
  });

  it('rejects invalid tags and non-strings', () => {
    expect(canonicalLocale('en_GB!')).to.equal(undefined);
    expect(canonicalLocale(42)).to.equal(undefined);
    expect(canonicalLocale('  ')).to.equal(undefined);
  });

  it('knows right-to-left scripts', () => {
    expect(isRtlLocale('ar')).to.be.true;
    expect(isRtlLocale('he-IL')).to.be.true;
    expect(isRtlLocale('fa-u-ca-persian')).to.be.true;
    expect(isRtlLocale('ko')).to.be.false;
    expect(isRtlLocale('en-GB')).to.be.false;
  });
});
