import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/byline/define.js';
import '../src/article/define.js';
import type { NewsByline, BylineAuthor } from '../src/byline/byline.js';
import type { NewsArticle } from '../src/article/article.js';
import { initials } from '../src/byline/authors.js';

const HEAD_SHOT = '/stories/assets/avatar-amina.svg';
// Passes the URL filter (a PNG data URL) but cannot be decoded: the browser fires `error`.
const BROKEN = 'data:image/png;base64,AAAA';

const amina: BylineAuthor = {
  name: 'Amina Yusuf',
  url: 'https://news.example.com/profiles/amina-yusuf',
  jobTitle: 'Transport correspondent',
  avatar: HEAD_SHOT,
};
const tomas: BylineAuthor = { name: 'Tomás Herrera', url: '/profiles/tomas-herrera' };
const joanna: BylineAuthor = { name: 'Joanna Mwangi' };

/** What a reader sees of the byline: its drawn text, spaces collapsed. */
const shown = (el: NewsByline) =>
  el.shadowRoot!.querySelector('.byline')!.textContent!.replace(/\s+/g, ' ').trim();
const line = (el: NewsByline) =>
  el.shadowRoot!.querySelector('[part="byline"]')!.textContent!.replace(/\s+/g, ' ').trim();
const links = (el: NewsByline) =>
  [...el.shadowRoot!.querySelectorAll('a')].map((a) => `${a.textContent} ${a.getAttribute('href')} ${a.rel}`);
const avatars = (el: NewsByline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="avatar"]')];

async function byline(authors: unknown, locale = 'en-GB'): Promise<NewsByline> {
  return fixture<NewsByline>(html`<news-byline .authors=${authors} locale=${locale}></news-byline>`);
}

afterEach(() => sinon.restore());

describe('news-byline', () => {
  describe('the names', () => {
    // The language's own conjunction and punctuation, around its own word for "By".
    const cases: [string, string[], string][] = [
      [
        'en-GB',
        ['Amina Yusuf', 'Tomás Herrera', 'Joanna Mwangi'],
        'By Amina Yusuf, Tomás Herrera and Joanna Mwangi',
      ],
      [
        'en-US',
        ['Amina Yusuf', 'Tomás Herrera', 'Joanna Mwangi'],
        'By Amina Yusuf, Tomás Herrera, and Joanna Mwangi',
      ],
      ['en-GB', ['Amina Yusuf', 'Tomás Herrera'], 'By Amina Yusuf and Tomás Herrera'],
      ['fr', ['Claire Martin', 'Karim Mansouri'], 'Par Claire Martin et Karim Mansouri'],
      ['ar', ['أميرة حسن', 'يوسف منصور', 'سارا رضایی'], 'بقلم أميرة حسن ويوسف منصور وسارا رضایی'],
      ['ja', ['佐藤美咲', '山本健太', '田中一郎'], '佐藤美咲、山本健太、田中一郎 記者'],
    ];
    for (const [locale, names, expected] of cases) {
      it(`joins ${names.length} names the ${locale} way: "${expected}"`, async () => {
        const el = await byline(names, locale);
        expect(line(el)).to.equal(expected);
      });
    }

    it('joins the names in English around English words, for a language it does not ship', async () => {
      const el = await byline(['Jan Kowalski', 'Anna Nowak'], 'pl');
      expect(line(el)).to.equal('By Jan Kowalski and Anna Nowak');
      expect(el.shadowRoot!.querySelector('[part="byline"]')!.getAttribute('lang')).to.equal('en');
      // Each name is still read as Polish.
      const names = [...el.shadowRoot!.querySelectorAll('[part="byline"] bdi')];
      expect(names.map((name) => name.getAttribute('lang'))).to.deep.equal(['pl', 'pl']);
      const french = await byline(['Claire Martin', 'Karim Mansouri'], 'fr');
      expect(french.shadowRoot!.querySelector('[part="byline"]')!.hasAttribute('lang')).to.equal(false);
    });

    it("speaks the page's language when it has none of its own, and follows it", async () => {
      const section = await fixture(html`<section lang="de"><news-byline></news-byline></section>`);
      const el = section.querySelector('news-byline')!;
      el.authors = ['Lena Vogt', 'Murat Yılmaz'];
      await el.updateComplete;
      expect(line(el)).to.equal('Von Lena Vogt und Murat Yılmaz');
    });

    it('links each name to its profile page as the author, and never an unsafe URL', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await byline([amina, tomas, { name: 'Mallory', url: 'javascript:alert(1)' }]);
      expect(links(el)).to.deep.equal([
        'Amina Yusuf https://news.example.com/profiles/amina-yusuf author',
        'Tomás Herrera /profiles/tomas-herrera author',
      ]);
      expect(line(el)).to.equal('By Amina Yusuf, Tomás Herrera and Mallory');
      expect(warn).not.to.have.been.called;
    });

    it("prints a sole author's role under the name, and no roles beside several names", async () => {
      const sole = await byline([amina]);
      expect(shown(sole)).to.equal('By Amina Yusuf Transport correspondent');
      const role = sole.shadowRoot!.querySelector<HTMLElement>('[part="role"]')!;
      expect(role.getBoundingClientRect().top).to.be.at.least(
        sole.shadowRoot!.querySelector('[part="byline"]')!.getBoundingClientRect().bottom - 1,
      );
      const several = await byline([amina, { ...tomas, jobTitle: 'Data reporter' }]);
      expect(several.shadowRoot!.querySelector('[part="role"]')).to.equal(null);
      expect(line(several)).to.equal('By Amina Yusuf and Tomás Herrera');
    });
  });

  describe('additional reporting', () => {
    it('names who helped report on a line of its own, under the authors, in the language', async () => {
      const cases: [string, string[], string][] = [
        [
          'en-GB',
          ['Tomás Herrera', 'Joanna Mwangi'],
          'Additional reporting by Tomás Herrera and Joanna Mwangi',
        ],
        ['ja', ['山本健太'], '取材協力：山本健太'],
      ];
      for (const [locale, names, expected] of cases) {
        const el = await fixture<NewsByline>(
          html`<news-byline
            locale=${locale}
            .authors=${[amina]}
            .additionalReporting=${names}
          ></news-byline>`,
        );
        const extra = el.shadowRoot!.querySelector('[part="additional-reporting"]')!;
        expect(extra.textContent!.replace(/\s+/g, ' ').trim()).to.equal(expected);
        const byline = el.shadowRoot!.querySelector('[part="byline"]')!.getBoundingClientRect();
        expect(extra.getBoundingClientRect().top).to.be.at.least(byline.bottom - 1);
      }
    });

    it('takes the written elements marked data-additional-reporting, linked but not as authors', async () => {
      const el = await fixture<NewsByline>(
        html`<news-byline locale="en-GB"
          >By <a href="/profiles/amina-yusuf">Amina Yusuf</a>. Additional reporting by
          <a href="/profiles/joanna-mwangi" data-additional-reporting>Joanna Mwangi</a></news-byline
        >`,
      );
      expect(line(el)).to.equal('By Amina Yusuf');
      expect(links(el)).to.deep.equal([
        'Amina Yusuf /profiles/amina-yusuf author',
        'Joanna Mwangi /profiles/joanna-mwangi ',
      ]);
      expect(el.shadowRoot!.querySelector('[part="additional-reporting"]')!.textContent!.trim()).to.equal(
        'Additional reporting by Joanna Mwangi',
      );
      expect(el.shownAuthors.map((author) => author.name)).to.deep.equal(['Amina Yusuf']);
    });
  });

  describe('head shots', () => {
    it('keeps each head shot its box before it loads, and puts initials where there is none', async () => {
      const el = await byline([amina, joanna]);
      const [shot, none] = avatars(el);
      // The box is the circle's, whether or not the picture is here.
      for (const avatar of [shot!, none!]) {
        const box = avatar.getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([40, 40]);
      }
      expect(shot!.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(none!.textContent!.trim()).to.equal('JM');
      // Decorative: the names are right there; the initials are not read out as a word.
      expect(avatars(el).every((avatar) => avatar.getAttribute('aria-hidden') === 'true')).to.equal(true);
    });

    it('shows initials in place of a head shot that fails, with one warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await byline([{ ...amina, avatar: BROKEN }, tomas]);
      const img = el.shadowRoot!.querySelector('img')!;
      if (!img.complete)
        await new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
      await el.updateComplete;
      expect(avatars(el).map((avatar) => avatar.textContent!.trim())).to.deep.equal(['AY', 'TH']);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('could not load').and.contain('showing initials');
    });

    it('draws no head shots when no author has one', async () => {
      const el = await byline([tomas, joanna]);
      expect(avatars(el)).to.have.length(0);
    });

    it("takes a name's first letters, whole, in any script", () => {
      expect(
        ['Jane Doe', 'Ana Beatriz Lima', 'élodie durand', '김민준', '山本健太', 'أميرة حسن', 'Zoë'].map(
          initials,
        ),
      ).to.deep.equal(['JD', 'AL', 'ÉD', '김', '山', 'أ', 'Z']);
      // A letter and its combining accent are one letter.
      expect(initials('E\u0301milie Roux')).to.equal('E\u0301R');
    });

    it('takes first letters without Intl.Segmenter too (Firefox before 125)', () => {
      const segmenter = Intl.Segmenter;
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      try {
        expect(['Jane Doe', '김민준', 'Zoë'].map(initials)).to.deep.equal(['JD', '김', 'Z']);
      } finally {
        (Intl as { Segmenter?: unknown }).Segmenter = segmenter;
      }
    });
  });

  describe('authors written as markup', () => {
    it('draws the authors written inside it, ignoring the words between them', async () => {
      const el = await fixture<NewsByline>(
        html`<news-byline locale="en-GB"
          >By
          <a href="/profiles/amina-yusuf" data-job-title="Transport correspondent"
            ><img src=${HEAD_SHOT} alt="" />Amina Yusuf</a
          >
          and <a href="/profiles/joanna-mwangi">Joanna Mwangi</a></news-byline
        >`,
      );
      expect(line(el)).to.equal('By Amina Yusuf and Joanna Mwangi');
      expect(links(el)).to.deep.equal([
        'Amina Yusuf /profiles/amina-yusuf author',
        'Joanna Mwangi /profiles/joanna-mwangi author',
      ]);
      expect(avatars(el)).to.have.length(2);
      // The markup is the no-JavaScript version: once drawn, it is not shown twice.
      expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
      expect(el.getBoundingClientRect().height).to.be.below(60);
    });

    it('follows authors added to the markup later', async () => {
      const el = await fixture<NewsByline>(
        html`<news-byline locale="en-GB"><span>Amina Yusuf</span></news-byline>`,
      );
      const added = document.createElement('span');
      added.textContent = 'Tomás Herrera';
      el.append(added);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(line(el)).to.equal('By Amina Yusuf and Tomás Herrera');
    });

    it('follows a name and an address edited in place in the markup', async () => {
      const el = await fixture<NewsByline>(
        html`<news-byline locale="en-GB">By <a href="/profiles/amina">Amina Yusuf</a></news-byline>`,
      );
      const link = el.querySelector('a')!;
      link.textContent = 'Amina Yusuf-Okafor';
      link.setAttribute('href', '/profiles/amina-yusuf-okafor');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(links(el)).to.deep.equal(['Amina Yusuf-Okafor /profiles/amina-yusuf-okafor author']);
    });

    it('reads the markup again when put back after edits made while it was away', async () => {
      const parent = await fixture(
        html`<div>
          <news-byline locale="en-GB">By <a href="/profiles/amina">Amina Yusuf</a></news-byline>
        </div>`,
      );
      const el = parent.querySelector<NewsByline>('news-byline')!;
      await el.updateComplete;
      el.remove();
      const link = el.querySelector('a')!;
      link.textContent = 'Joanna Mwangi';
      link.setAttribute('href', '/profiles/joanna');
      await new Promise((resolve) => setTimeout(resolve));
      parent.append(el);
      await el.updateComplete;
      expect(links(el)).to.deep.equal(['Joanna Mwangi /profiles/joanna author']);
    });

    it('does no work when put back with nothing inside it to have changed', async () => {
      const parent = await fixture(html`<div><news-byline .authors=${['Amina Yusuf']}></news-byline></div>`);
      const el = parent.querySelector<NewsByline>('news-byline')!;
      await el.updateComplete;
      el.remove();
      parent.append(el);
      expect(el.isUpdatePending, 'a list moving its bylines draws none of them again').to.equal(false);
    });

    it('keeps two right-to-left names in order in a left-to-right byline', async () => {
      const el = await byline(
        [
          { name: 'أميرة حسن', url: '/profiles/amira' },
          { name: 'يوسف منصور', url: '/profiles/yusuf' },
          { name: 'Joanna Mwangi', url: '/profiles/joanna' },
        ],
        'en-US',
      );
      const [first, second] = [...el.shadowRoot!.querySelectorAll('a')].map(
        (a) => a.getBoundingClientRect().left,
      );
      expect(first, 'the first name is drawn first, on the left').to.be.below(second!);
    });

    it('shows the markup as written when it names nobody', async () => {
      const el = await fixture<NewsByline>(html`<news-byline>Staff reporter</news-byline>`);
      expect(el.shadowRoot!.querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal(
        'Staff reporter',
      );
      expect(el.innerText.trim()).to.equal('Staff reporter');
    });
  });

  describe('bad data', () => {
    it('leaves out an author with no name, with one warning, and shows the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await byline([amina, { url: '/nobody' }, null, { name: 42 }, joanna]);
      expect(line(el)).to.equal('By Amina Yusuf and Joanna Mwangi');
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('<news-byline> authors has an entry without a name');
      expect(shown(el)).not.to.match(/undefined|null|NaN|\[object/);
    });

    it('leaves out an author written without a name, with one warning, and shows the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsByline>(
        html`<news-byline locale="en-GB"
          >By <a href="/profiles/jane"><img src=${HEAD_SHOT} alt="" /></a> and
          <a href="/profiles/joanna-mwangi">Joanna Mwangi</a></news-byline
        >`,
      );
      expect(line(el)).to.equal('By Joanna Mwangi');
      el.append(' ');
      el.requestUpdate();
      await el.updateComplete;
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.equal(
        'news-elements: <news-byline> has an author written without a name (its text): left out.',
      );
    });

    it('falls back to the markup when authors is not a list, with one warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsByline>(
        html`<news-byline locale="en-GB" .authors=${{ name: 'Amina Yusuf' }}
          ><span>Joanna Mwangi</span></news-byline
        >`,
      );
      expect(line(el)).to.equal('By Joanna Mwangi');
      expect(warn).to.have.been.calledOnce;
      expect(warn.firstCall.args[0]).to.contain('<news-byline> authors must be a list');
    });

    it('falls back to the markup when the authors attribute is not JSON, with one warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NewsByline>(
        html`<news-byline locale="en-GB" authors="Amina Yusuf, Joanna Mwangi"
          ><span>Joanna Mwangi</span></news-byline
        >`,
      );
      expect(line(el)).to.equal('By Joanna Mwangi');
      expect(warn).to.have.been.calledOnce;
      // What the CMS wrote stays in the page, for its developer to find.
      expect(el.getAttribute('authors')).to.equal('Amina Yusuf, Joanna Mwangi');
    });

    it('reads authors from a JSON attribute', async () => {
      const el = await fixture<NewsByline>(
        html`<news-byline locale="en-GB" authors='[{"name":"Amina Yusuf"},"Joanna Mwangi"]'></news-byline>`,
      );
      expect(line(el)).to.equal('By Amina Yusuf and Joanna Mwangi');
    });
  });

  describe("in an article's structured data", () => {
    it('follows authors set later', async () => {
      const article = await fixture<NewsArticle>(
        html`<news-article structured-data>
          <h1 slot="headline">Night buses will run until 4am</h1>
          <news-byline slot="byline" .authors=${['Amina Yusuf']}></news-byline>
        </news-article>`,
      );
      await article.updateComplete;
      article.querySelector('news-byline')!.authors = ['Amina Yusuf', 'Joanna Mwangi'];
      await article.querySelector('news-byline')!.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      await article.updateComplete;
      const data = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data.author.map((author: { name: string }) => author.name)).to.deep.equal([
        'Amina Yusuf',
        'Joanna Mwangi',
      ]);
    });

    it('names each author as a Person with their profile page and job title', async () => {
      const article = await fixture<NewsArticle>(
        html`<news-article structured-data>
          <h1 slot="headline">Night buses will run until 4am</h1>
          <news-byline
            slot="byline"
            .authors=${[amina, { ...tomas, jobTitle: 'Data reporter' }, joanna]}
          ></news-byline>
        </news-article>`,
      );
      await article.updateComplete;
      const data = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data.author).to.deep.equal([
        {
          '@type': 'Person',
          name: 'Amina Yusuf',
          url: 'https://news.example.com/profiles/amina-yusuf',
          jobTitle: 'Transport correspondent',
        },
        {
          '@type': 'Person',
          name: 'Tomás Herrera',
          url: new URL('/profiles/tomas-herrera', location.href).href,
          jobTitle: 'Data reporter',
        },
        { '@type': 'Person', name: 'Joanna Mwangi' },
      ]);
    });

    it('names who helped report it as contributors, not authors', async () => {
      const article = await fixture<NewsArticle>(
        html`<news-article structured-data>
          <h1 slot="headline">Night buses will run until 4am</h1>
          <news-byline slot="byline">
            By <a href="/profiles/amina-yusuf">Amina Yusuf</a>
            <span data-additional-reporting>Tomás Herrera</span>
          </news-byline>
        </news-article>`,
      );
      await article.updateComplete;
      const data = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data.author.map((author: { name: string }) => author.name)).to.deep.equal(['Amina Yusuf']);
      expect(data.contributor).to.deep.equal([{ '@type': 'Person', name: 'Tomás Herrera' }]);
    });
  });
});
