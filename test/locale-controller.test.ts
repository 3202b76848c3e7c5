import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import sinon from 'sinon';
import type { Translations } from '../src/internal/translate.js';
import { HydrationController } from '../src/internal/hydration.js';
import { LocaleController } from '../src/internal/locale-controller.js';
import { registerTranslations, shipped } from '../src/internal/translate.js';
import { until } from './support/until.js';

/** Records the language each update saw in willUpdate and in render; hydrates as the elements do. */
class LocaleControllerProbe extends LitElement {
  static override properties = { locale: {} };
  locale = '';
  readonly hydration = new HydrationController(this);
  readonly language = new LocaleController(this, this.hydration);
  seen: { willUpdate: string; render: string }[] = [];
  /** The text of every render. */
  texts: string[] = [];

  protected override willUpdate(_changed: PropertyValues<this>) {
    this.seen.push({ willUpdate: this.language.lang, render: '' });
  }

  override render() {
    const { lang, dir } = this.language;
    this.seen.at(-1)!.render = lang;
    this.texts.push(this.language.term('close'));
    return html`<p lang=${lang} dir=${dir}>${this.language.term('close')}</p>`;
  }
}
customElements.define('locale-controller-probe', LocaleControllerProbe);

const shown = (el: LocaleControllerProbe) => el.shadowRoot!.querySelector('p')!;

describe('LocaleController', () => {
  it('speaks the explicit locale over the page language', async () => {
    const wrapper = await fixture(
      html`<div lang="de"><locale-controller-probe locale="KO-kr"></locale-controller-probe></div>`,
    );
    const el = wrapper.querySelector<LocaleControllerProbe>('locale-controller-probe')!;
    await el.updateComplete;
    expect(el.language.lang).to.equal('ko-KR');
    expect(el.language.own).to.equal('ko-KR');
    expect(shown(el).textContent).to.equal('닫기');
  });

  it('finds the nearest lang outside its shadow root', async () => {
    const outer = await fixture(html`<div lang="fr"><div lang="ar-EG"></div></div>`);
    const root = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const el = document.createElement('locale-controller-probe') as LocaleControllerProbe;
    root.append(el);
    await el.updateComplete;
    expect(el.language.lang).to.equal('ar-EG');
    expect(el.language.own).to.equal(undefined);
    expect(shown(el).textContent).to.equal('إغلاق');
  });

  it('falls back to the page language when the explicit locale is not a tag', async () => {
    const page = document.documentElement;
    const previous = page.getAttribute('lang');
    page.setAttribute('lang', 'ja');
    try {
      const el = await fixture<LocaleControllerProbe>(
        html`<locale-controller-probe locale="en_GB!"></locale-controller-probe>`,
      );
      expect(el.language.own).to.equal(undefined);
      expect(el.language.lang).to.equal('ja');
      expect(shown(el).textContent).to.equal('閉じる');
    } finally {
      if (previous === null) page.removeAttribute('lang');
      else page.setAttribute('lang', previous);
    }
  });

  const directions: [locale: string, dir: string, close: string][] = [
    ['ar', 'rtl', 'إغلاق'],
    ['he', 'rtl', 'סגירה'],
    ['he-IL', 'rtl', 'סגירה'],
    ['fa', 'rtl', 'بستن'],
    ['ur', 'rtl', 'بند کریں'],
    ['ps', 'rtl', 'بندول'],
    ['ko', 'ltr', '닫기'],
    ['en', 'ltr', 'Close'],
  ];
  for (const [locale, dir, close] of directions) {
    it(`writes ${locale} ${dir}`, async () => {
      const el = await fixture<LocaleControllerProbe>(
        html`<locale-controller-probe locale=${locale}></locale-controller-probe>`,
      );
      expect(el.language.dir).to.equal(dir);
      expect(shown(el).getAttribute('dir')).to.equal(dir);
      expect(shown(el).textContent).to.equal(close);
    });
  }

  it('speaks the page language of the moment at the next update', async () => {
    const wrapper = await fixture(
      html`<div lang="de"><locale-controller-probe></locale-controller-probe></div>`,
    );
    const el = wrapper.querySelector<LocaleControllerProbe>('locale-controller-probe')!;
    await el.updateComplete;
    expect(el.seen.at(-1)).to.deep.equal({ willUpdate: 'de', render: 'de' });
    wrapper.setAttribute('lang', 'ko');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.seen.at(-1)).to.deep.equal({ willUpdate: 'ko', render: 'ko' });
    expect(shown(el).textContent).to.equal('닫기');
  });

  it('follows a lang changed around it, unasked (a single-page app switching languages)', async () => {
    const wrapper = await fixture(
      html`<div lang="de"><locale-controller-probe></locale-controller-probe></div>`,
    );
    const el = wrapper.querySelector<LocaleControllerProbe>('locale-controller-probe')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'ko');
    await until(() => shown(el).textContent === '닫기', 'the probe speaks Korean');
    expect(el.seen.at(-1)).to.deep.equal({ willUpdate: 'ko', render: 'ko' });
    // A lang that does not change its language draws nothing again.
    const renders = el.seen.length;
    const aside = document.createElement('span');
    wrapper.append(aside);
    aside.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.seen.length).to.equal(renders);
  });

  it('follows a new explicit locale', async () => {
    const el = await fixture<LocaleControllerProbe>(
      html`<locale-controller-probe locale="ko"></locale-controller-probe>`,
    );
    el.locale = 'es';
    await el.updateComplete;
    expect(el.seen.at(-1)).to.deep.equal({ willUpdate: 'es', render: 'es' });
    expect(shown(el).textContent).to.equal('Cerrar');
  });

  it('renders over server-rendered DOM in English first, then in the page language', async () => {
    const wrapper = await fixture(html`<div lang="ko"></div>`);
    const el = document.createElement('locale-controller-probe') as LocaleControllerProbe;
    // What a declarative shadow root leaves before the element connects.
    el.attachShadow({ mode: 'open' }).append(document.createComment('server-rendered'));
    wrapper.append(el);
    await el.updateComplete;
    // The second render, which the HydrationController asks for.
    await el.updateComplete;
    expect(el.seen.map((update) => update.render)).to.deep.equal(['en', 'ko']);
    expect(shown(el).textContent).to.equal('닫기');
  });

  it('renders over server-rendered DOM in the explicit locale from the start', async () => {
    const wrapper = await fixture(html`<div lang="ko"></div>`);
    const el = document.createElement('locale-controller-probe') as LocaleControllerProbe;
    el.locale = 'ja';
    el.attachShadow({ mode: 'open' }).append(document.createComment('server-rendered'));
    wrapper.append(el);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.seen.map((update) => update.render)).to.deep.equal(['ja', 'ja']);
  });
});

describe('LocaleController: strings on demand', () => {
  let warn: sinon.SinonStub;
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    warn.restore();
  });

  /** A language whose table arrives when the test says (each test uses its own language). */
  function controlled(language: string) {
    let arrive!: (table: Translations) => void;
    shipped[language] = () => new Promise((resolve) => (arrive = (table) => resolve({ default: table })));
    return { arrive: (table: Translations) => arrive(table) };
  }

  const probe = (locale: string) => {
    const el = document.createElement('locale-controller-probe') as LocaleControllerProbe;
    el.locale = locale;
    document.body.append(el);
    return el;
  };

  it('renders first in its language: it waits for the table, and no English shows before', async () => {
    const el = await fixture<LocaleControllerProbe>(
      html`<locale-controller-probe locale="nl"></locale-controller-probe>`,
    );
    expect(el.texts).to.deep.equal(['Sluiten']);
    expect(warn.called).to.equal(false);
  });

  it('a table that never arrives: English after the timeout, with one warning; the table when it comes', async () => {
    clock = sinon.useFakeTimers();
    const sw = controlled('sw');
    const el = probe('sw');
    await clock.tickAsync(1999);
    expect(el.hasUpdated, 'still waiting').to.equal(false);
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(el.texts).to.deep.equal(['Close']);
    // Another element in the same language no longer waits, and no second warning comes.
    const other = probe('sw-KE');
    await other.updateComplete;
    expect(other.texts).to.deep.equal(['Close']);
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      'news-elements: the sw strings took over 2 s; showing English until they arrive.',
    ]);
    sw.arrive({ close: 'Funga' });
    await clock.tickAsync(0);
    await Promise.all([el.updateComplete, other.updateComplete]);
    expect([shown(el).textContent, shown(other).textContent]).to.deep.equal(['Funga', 'Funga']);
    el.remove();
    other.remove();
  });

  it('a table that fails to load: English at once, with one warning', async () => {
    shipped.uk = () => Promise.reject(new Error('offline'));
    const el = probe('uk');
    await el.updateComplete;
    expect(el.texts).to.deep.equal(['Close']);
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      'news-elements: could not load the uk strings; showing English.',
    ]);
    el.remove();
  });

  it('re-renders the elements on the page that speak a language when a page registers its strings', async () => {
    const wrapper = await fixture(
      html`<div>
        <locale-controller-probe locale="id"></locale-controller-probe>
        <locale-controller-probe locale="de"></locale-controller-probe>
      </div>`,
    );
    const [indonesian, german] = [
      ...wrapper.querySelectorAll<LocaleControllerProbe>('locale-controller-probe'),
    ];
    await Promise.all([indonesian!.updateComplete, german!.updateComplete]);
    registerTranslations('id', { close: 'Tutup jendela' });
    await Promise.all([indonesian!.updateComplete, german!.updateComplete]);
    expect(shown(indonesian!).textContent).to.equal('Tutup jendela');
    expect(german!.texts, 'a German element is left alone').to.deep.equal(['Schließen']);
    wrapper.remove();
    registerTranslations('id', { close: 'Tutup' });
  });
});
