// Feeds as real publishers serve them: in windows-1252, ISO-8859-1, Shift_JIS and windows-1251,
// with Media RSS pictures in every arrangement, 10,000 stories long, or never answering. The
// fixtures and where each comes from: test/fixtures/README.md ("teaser-feeds").
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/teaser-list/define.js';
import type { NewsTeaserList, TeaserListLoadDetail } from '../src/teaser-list/teaser-list.js';
import type { NewsTeaser } from '../src/teaser/teaser.js';
import { xmlEntries } from '../src/teaser-list/feed-xml.js';

const teasers = (el: NewsTeaserList) => [
  ...el.shadowRoot!.querySelectorAll<NewsTeaser>('li > news-teaser:not([skeleton])'),
];
const shown = (teaser: NewsTeaser, part: string) =>
  teaser.shadowRoot!.querySelector(`[part~=${part}]`)?.textContent?.trim();

/** A list showing `src`, once the feed has loaded and every teaser has rendered. */
async function feedList(src: string, limit?: number) {
  const el = await fixture<NewsTeaserList>(
    html`<news-teaser-list heading="Latest" src=${src} limit=${limit ?? nothing}></news-teaser-list>`,
  );
  const { detail } = (await oneEvent(el, 'news-teaser-list-load')) as CustomEvent<TeaserListLoadDetail>;
  await el.updateComplete;
  await Promise.all(teasers(el).map((teaser) => teaser.updateComplete));
  return { el, detail, headlines: teasers(el).map((teaser) => shown(teaser, 'headline')) };
}

/**
 * What the test's own stub caught, less the one "could not load image-src" a page reports: in
 * WebKit a picture on another host that an earlier test's teaser asked for may fail late.
 */
const ownWarnings = (stub: sinon.SinonStub) =>
  stub.args.filter(([message]) => !/could not load image-src/.test(String(message)));

describe('feeds', () => {
  let warn: sinon.SinonStub | undefined;
  afterEach(() => {
    warn?.restore();
    warn = undefined;
  });

  describe('in the encoding the server or the feed names', () => {
    const cases: [string, string, string[]][] = [
      [
        'windows-1252, named in Content-Type only (curly quotes, €, dashes)',
        '/__feeds/charset/windows-1252/windows-1252.xml',
        [
          'Câmara corta 2,5 milhões de € à cultura\u00a0— “não há alternativa”, diz o presidente',
          'Metro até à Praia da Claridade abre em 2026\u00a0– e o passe custa 9 € por mês',
        ],
      ],
      [
        'ISO-8859-1, named in the XML declaration only (Jornal de Notícias)',
        '/__feeds/charset/none/jn-iso-8859-1.xml',
        [
          'Mãe de utente é a nova presidente da Raríssimas',
          'Reações dos partidos ao veto de Marcelo',
          'Tempestade Eleanor atinge França, Alemanha, Suíça e Reino Unido',
        ],
      ],
      [
        'ISO-8859-1 with no declaration, named in Content-Type (UOL)',
        '/__feeds/charset/ISO-8859-1/uol-iso-8859-1.xml',
        [
          'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
          'Promotoria abre inquérito para apurar suspeita de improbidade de Skaf no Sebrae-SP',
          // The capture's no-break space stays (a lone one is deliberate).
          'Apucarana garante continuidade do Pré Aprendiz; ano vai fechar\u00a0com 13 mil pessoas qualificadas',
        ],
      ],
      [
        'a JSON Feed in ISO-8859-1, named in Content-Type',
        '/__feeds/charset/iso-8859-1/jn-iso-8859-1.json',
        [
          'Mãe de utente é a nova presidente da Raríssimas',
          'Tempestade Eleanor atinge França, Alemanha, Suíça e Reino Unido',
        ],
      ],
      [
        'Shift_JIS, named in the XML declaration only',
        '/__feeds/charset/none/shift-jis.xml',
        // The ideographic space between a Japanese headline's phrases is kept as written.
        [
          '東京都心で初雪\u3000平年より19日遅く',
          '「ふるさと納税」過去最高に\u3000返礼品はお米が人気',
          '新幹線、大雪で一部運転見合わせ\u3000東海道・山陽',
        ],
      ],
      [
        'windows-1251, named in the XML declaration only (oren.ru)',
        '/__feeds/charset/none/oren-windows-1251.xml',
        [
          'В Бузулуке главные стройплощадки\u00a0– детсад и Ледовый дворец',
          'ЧОПовцы в Оренбурге избили молодого человека',
        ],
      ],
    ];
    for (const [what, src, expected] of cases) {
      it(`reads ${what}`, async () => {
        const { headlines } = await feedList(src);
        expect(headlines).to.deep.equal(expected);
      });
    }

    it('shows excerpts and kickers decoded the same way', async () => {
      const { el } = await feedList('/__feeds/charset/windows-1252/windows-1252.xml');
      const [first] = teasers(el);
      // Drawn in capitals and heard from a copy as written (src/internal/capitals.ts): both decoded.
      const kicker = first!.shadowRoot!.querySelectorAll('[part~=kicker] span');
      expect([...kicker].map((span) => span.textContent)).to.deep.equal(['Política', 'Política']);
      expect(shown(first!, 'excerpt')).to.equal(
        'O orçamento para 2025 tira à cultura o que dá às obras na marginal; a oposição fala em “erro histórico”.',
      );
    });

    it('reads an encoding it does not know as UTF-8, with one warning', async () => {
      warn = sinon.stub(console, 'warn');
      const { headlines } = await feedList('/__feeds/charset/x-unknown-label/rss.xml');
      expect(headlines).to.deep.equal([
        'Council’s budget: five things to know',
        'Lifeboat crew rescue two kayakers off the point',
      ]);
      expect(ownWarnings(warn)).to.deep.equal([
        [
          'news-elements: <news-teaser-list> the feed at /__feeds/charset/x-unknown-label/rss.xml names the unknown encoding "x-unknown-label"; it is read as UTF-8.',
        ],
      ]);
    });
  });

  describe('thumbnails from real feeds', () => {
    const guardian = (hash: string, crop: string, signature: string) =>
      `https://i.guim.co.uk/img/media/${hash}/${crop}/master/${crop.split('_')[2]}.jpg?w=460&q=55&auto=format&usm=12&fit=max&s=${signature}`;
    const cases: [string, string, string[]][] = [
      [
        'the Guardian: the 460-pixel media:content of two, with neither type nor medium',
        'guardian.xml',
        [
          guardian(
            'b73c8752cd4667c923dff7f1542f1fb20089e421',
            '0_108_3000_1799',
            'a606a273a90104e57b1e09bc4c0a1e11',
          ),
          guardian(
            '8e13a758ef867875f9fe00323028451751596918',
            '0_61_2200_1320',
            'a215dbff94114679b56be38cf60f5611',
          ),
        ],
      ],
      [
        'the Daily Mail: the image, not the video enclosure beside it',
        'dailymail.xml',
        ['http://i.mol.im/i/pix/2013/02/03/article-2272640-174FCEE2000005DC-697_154x115.jpg'],
      ],
      [
        'YouTube: the media:group’s thumbnail, not its Flash player',
        'youtube.xml',
        ['https://i1.ytimg.com/vi/lR-w1h5ONOY/hqdefault.jpg'],
      ],
      [
        'oren.ru: an image enclosure',
        'oren-windows-1251.xml',
        [
          'http://www.oren.ru/upload/iblock/be8/stroitelstvo_krany.jpg',
          'http://www.oren.ru/upload/iblock/a21/draka_sinyak_3.jpg',
        ],
      ],
      ['Giant Bomb: no picture from a podcast’s MP3', 'giantbomb-podcast.xml', ['']],
    ];
    for (const [what, file, expected] of cases) {
      it(`shows ${what}`, async () => {
        const { el } = await feedList(`/__feeds/charset/none/${file}`);
        const images = teasers(el).map((teaser) => teaser.imageSrc);
        expect(images).to.deep.equal(expected);
        // A teaser with no picture draws no empty image box either.
        for (const teaser of teasers(el).filter((t) => !t.imageSrc)) {
          expect(teaser.shadowRoot!.querySelector('img')).to.equal(null);
        }
      });
    }
  });

  describe('authors', () => {
    // [feed, what each teaser prints as its author (none: undefined)]
    const cases: [string, (string | undefined)[]][] = [
      // The Guardian's RSS: Dublin Core's creator, as the Guardian writes it.
      ['guardian.xml', ['By David Smith in Washington', 'By Jason Wilson']],
      // JSON Feed 1.1's authors.
      ['jsonfeed.json', ['By Sam Okafor', undefined, undefined]],
      // WordPress's REST API with _embed: the post's user.
      ['wp-posts.json', ['By Kim Ji-won', undefined, undefined]],
      ['atom.xml', [undefined, undefined]],
    ];
    for (const [file, expected] of cases) {
      it(`prints the authors ${file} names`, async () => {
        const { el } = await feedList(`/__feeds/charset/none/${file}`);
        expect(teasers(el).map((teaser) => shown(teaser, 'author'))).to.deep.equal(expected);
      });
    }

    it("reads RSS's author as the name in its brackets, never an e-mail address", () => {
      const rss = (author: string) =>
        new DOMParser().parseFromString(
          `<rss><channel><item><title>Ferry fares frozen</title><author>${author}</author></item></channel></rss>`,
          'application/xml',
        );
      const read = (author: string) => {
        const [entries, item] = xmlEntries(rss(author), (url) => String(url));
        return item(entries[0]!).author;
      };
      expect(read('desk@news.example.com (Amina Yusuf)')).to.equal('Amina Yusuf');
      // Empty: the list leaves out empty fields.
      expect(read('desk@news.example.com')).to.equal('');
      expect(read('Amina Yusuf')).to.equal('Amina Yusuf');
    });
  });

  it('headlines a JSON Feed item with no title by its first words, its paragraphs on one line', async () => {
    const note = '<p>Ferry sailings resume on Monday.</p><p>Extra boats run all weekend.</p>';
    const feed = { version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', content_html: note }] };
    const served = sinon
      .stub(window, 'fetch')
      .resolves(new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/feed+json' } }));
    try {
      const { headlines } = await feedList('/notes.json');
      expect(headlines).to.deep.equal(['Ferry sailings resume on Monday. Extra boats run all weekend.']);
    } finally {
      served.restore();
    }
  });

  describe('10,000 stories', () => {
    const story = (n: number) => `Story ${n} of 10000`;
    for (const format of ['rss', 'json']) {
      it(`keeps the first 500 of a 10,000-story ${format === 'rss' ? 'RSS' : 'JSON'} feed in order, and says how many it dropped`, async function () {
        this.timeout(60000);
        warn = sinon.stub(console, 'warn');
        const src = `/__feeds/many/10000/${format}`;
        const { detail, headlines } = await feedList(src);
        expect(detail.items).to.have.length(500);
        expect(headlines).to.deep.equal(Array.from({ length: 500 }, (_, i) => story(i + 1)));
        expect(ownWarnings(warn)).to.deep.equal([
          [
            `news-elements: <news-teaser-list> the feed at ${src} has 10000 stories: the first 500 are shown, 9500 dropped.`,
          ],
        ]);
      });
    }

    // No warning: the setup fails a test that leaves one unstubbed.
    it('shows as many as a smaller limit asks for, without a warning, and more when it is raised', async function () {
      this.timeout(60000);
      const { el, headlines } = await feedList('/__feeds/many/10000/rss', 20);
      expect(headlines).to.deep.equal(Array.from({ length: 20 }, (_, i) => story(i + 1)));
      // A "more stories" button: the stories kept are there at once, with no second request.
      const fetches = sinon.spy(window, 'fetch');
      el.limit = 40;
      await el.updateComplete;
      await Promise.all(teasers(el).map((teaser) => teaser.updateComplete));
      fetches.restore();
      expect(teasers(el).map((teaser) => shown(teaser, 'headline'))).to.deep.equal(
        Array.from({ length: 40 }, (_, i) => story(i + 1)),
      );
      expect(fetches).to.have.callCount(0);
    });

    it('keeps 500 even when the limit asks for more', async function () {
      this.timeout(60000);
      warn = sinon.stub(console, 'warn');
      const { headlines } = await feedList('/__feeds/many/10000/rss', 1000);
      expect(headlines).to.have.length(500);
      expect(headlines.at(-1)).to.equal(story(500));
      const [only, ...more] = ownWarnings(warn);
      expect(more).to.deep.equal([]);
      expect(String(only?.[0])).to.contain('9500 dropped');
    });

    it('keeps a feed of exactly 500 whole, without a warning', async function () {
      this.timeout(60000);
      const { headlines } = await feedList('/__feeds/many/500/json');
      expect(headlines).to.have.length(500);
      expect(headlines.at(-1)).to.equal('Story 500 of 500');
    });
  });

  it('shows the failure and a retry button when the feed never answers', async () => {
    warn = sinon.stub(console, 'warn');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await fixture<NewsTeaserList>(
        html`<news-teaser-list heading="Latest" src="/__feeds/hang" .timeout=${3000}></news-teaser-list>`,
      );
      const status = () =>
        el.shadowRoot!.querySelector('[role=status]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(status()).to.equal('Loading stories…');
      const failed = oneEvent(el, 'news-teaser-list-error');
      clock.tick(3000);
      expect((await failed).detail.kind).to.equal('timeout');
      await el.updateComplete;
      expect(status()).to.equal('Couldn’t load these stories. Try again');
      expect(el.shadowRoot!.querySelector('button[part=retry]')).to.exist;
      expect(ownWarnings(warn)).to.deep.equal([
        [
          'news-elements: <news-teaser-list> could not show the feed: /__feeds/hang did not answer within 3 s.',
        ],
      ]);
    } finally {
      clock.restore();
    }
  });
});
