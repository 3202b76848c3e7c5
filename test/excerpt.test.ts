import { expect } from '@open-wc/testing';
import {
  HEADLINE_LIMIT,
  cleanExcerpt,
  clipHeadline,
  decodeEntities,
  htmlToText,
  removeShortcodes,
  stripTags,
} from '../src/text/excerpt.js';

describe('cleanExcerpt', () => {
  // [what it is, CMS input, what a reader sees] — shapes taken from WordPress, Drupal and wire feeds.
  const table: [string, string, string][] = [
    [
      'the caption shortcode from the issue, with its content, and a "..." ending',
      '[caption id="" align="alignnone" width="600"] Champion lifter / Still from a broadcaster[/caption] The country\'s first gold medal was won by ...',
      "The country's first gold medal was won by…",
    ],
    [
      'WordPress excerpt.rendered with wptexturize entities and " [&hellip;]"',
      '<p>The country&#8217;s first gold medal was won by a 19-year-old from Busan [&hellip;]</p>\n',
      'The country’s first gold medal was won by a 19-year-old from Busan…',
    ],
    [
      'the same ending already decoded: " […]"',
      'Stallholders say the new lease would double what they pay […]',
      'Stallholders say the new lease would double what they pay…',
    ],
    [
      'an ellipsis glued to the last word stays glued',
      'Stallholders say the new lease would double what they pay&#8230;',
      'Stallholders say the new lease would double what they pay…',
    ],
    [
      'a spaced " ..." after a comma: the ellipsis still follows the last word',
      'Fares on the Geoje line rise by a fifth in May, ...',
      'Fares on the Geoje line rise by a fifth in May…',
    ],
    [
      'a spaced " …" with a no-break space before it',
      'Fares on the Geoje line rise by a fifth in May\u00a0…',
      'Fares on the Geoje line rise by a fifth in May…',
    ],
    [
      'a "Read more" link after a whole sentence',
      '<p>Officials said the bridge would reopen on Monday.</p><p><a href="/bridge">Read more</a></p>',
      'Officials said the bridge would reopen on Monday.',
    ],
    [
      'Twenty-something themes: "Continue reading “Title”" after an ellipsis',
      '<p>The council voted 23 to 9&hellip; <a class="more-link" href="/x">Continue reading<span class="screen-reader-text"> &#8220;Ferry vote&#8221;</span></a></p>',
      'The council voted 23 to 9…',
    ],
    [
      'Twenty Ten and Twenty Eleven: "Continue reading →" written as an entity',
      '<p>Ferries will keep running through the winter, the council said. <a href="/x">Continue reading <span class="meta-nav">&rarr;</span></a></p>',
      'Ferries will keep running through the winter, the council said.',
    ],
    [
      'a bracketed "[Read more…]" after " […]"',
      'Pupils crossed to the mainland in a boat the island paid for &hellip; [Read more]',
      'Pupils crossed to the mainland in a boat the island paid for…',
    ],
    [
      'page-builder shortcodes keep their text; galleries, embeds and video go with their content',
      '[vc_row][vc_column][vc_column_text]The market reopens.[/vc_column_text][/vc_column][/vc_row] [gallery ids="1,2"] [embed]https://video.example.com/v/123[/embed][video src="a.mp4"][/video] Traders are back.',
      'The market reopens. Traders are back.',
    ],
    [
      'brackets in prose are not shortcodes',
      'The minister said the figures were [sic] "final" [1] [Updated 3pm]',
      'The minister said the figures were [sic] "final" [1] [Updated 3pm]',
    ],
    [
      'an escaped shortcode prints its brackets',
      'Type [[gallery]] in the editor.',
      'Type [gallery] in the editor.',
    ],
    [
      'block tags keep words apart, each ending a paragraph; inline tags do not split them',
      '<h2>Live</h2><p>Gold<em>en</em> hour</p><ul><li>one</li><li>two</li></ul>',
      'Live\nGolden hour\none\ntwo',
    ],
    [
      'scripts, styles and comments disappear with their content',
      '<style>p{color:red}</style><!-- ad slot --><script>track("x")</script>Body text',
      'Body text',
    ],
    [
      'entities are decoded once',
      'AT&amp;T &amp;hellip; Caf&eacute; &#150; &#x1F30A;',
      'AT&T &hellip; Café – 🌊',
    ],
    [
      'whitespace collapses, a lone no-break space stays',
      '  Ferry\n\t fares\u00a0:  frozen  ',
      'Ferry fares\u00a0: frozen',
    ],
    ['nothing but markup', '<p>[caption]<img src="x.jpg">[/caption]</p>', ''],
  ];
  for (const [what, input, shown] of table) {
    it(`cleans ${what}`, () => {
      expect(cleanExcerpt(input)).to.equal(shown);
    });
  }

  it('cuts after the word limit with a single "…", dropping dangling punctuation', () => {
    const text = 'The council voted 23 to 9 on Tuesday, keeping the crossing running through the winter.';
    expect(cleanExcerpt(text, { words: 8 })).to.equal('The council voted 23 to 9 on Tuesday…');
    expect(cleanExcerpt(text, { words: 15 })).to.equal(text);
    expect(cleanExcerpt(text, { words: 14 })).to.equal(text.replace(' winter.', '…'));
    // A CMS ending and a cut still make one ellipsis.
    expect(cleanExcerpt(`${text} [&hellip;]`, { words: 3 })).to.equal('The council voted…');
  });

  it('defaults to 30 words and keeps everything with words: Infinity', () => {
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(cleanExcerpt(long).split(' ')).to.have.length(30);
    expect(cleanExcerpt(long).endsWith('w29…')).to.equal(true);
    expect(cleanExcerpt(long, { words: Infinity })).to.equal(long);
    expect(cleanExcerpt(long, { words: 0 })).to.equal(cleanExcerpt(long));
    expect(cleanExcerpt(long, { words: Number.NaN })).to.equal(cleanExcerpt(long));
    // An object that cannot become a number (a CMS's hostile value) counts as no limit given, without throwing.
    const hostile = { toString: '', valueOf: '' } as unknown as number;
    expect(cleanExcerpt(long, { words: hostile })).to.equal(cleanExcerpt(long));
  });

  it('cuts Korean at word boundaries', () => {
    const ko = '정부는 새로운 주거 정책을 발표했다. 서울과 수도권의 전세 가격이 크게 올랐다.';
    expect(cleanExcerpt(ko, { words: 5, locale: 'ko' })).to.equal('정부는 새로운 주거 정책을 발표했다…');
  });

  it('cuts Japanese and Thai, which have no spaces, between words and never inside one', () => {
    const ja = '東京都は金曜日、新しい防災計画を発表した。';
    const cut = cleanExcerpt(ja, { words: 4, locale: 'ja' });
    expect(cut.endsWith('…')).to.equal(true);
    expect(ja.startsWith(cut.slice(0, -1))).to.equal(true);
    expect(cut.length).to.be.lessThan(ja.length);
    // Every cut point is a word boundary the segmenter itself reports.
    const boundaries = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(ja)].map(
      (s) => s.index + s.segment.length,
    );
    expect(boundaries).to.include(cut.length - 1);

    const th = 'รัฐบาลประกาศนโยบายใหม่ในวันศุกร์';
    const thai = cleanExcerpt(th, { words: 2, locale: 'th' });
    expect(thai.endsWith('…')).to.equal(true);
    const thaiBoundaries = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(th)].map(
      (s) => s.index + s.segment.length,
    );
    expect(thaiBoundaries).to.include(thai.length - 1);
  });

  it('never splits an emoji sequence or a flag', () => {
    const family = 'Family 👨‍👩‍👧‍👦 day at the 🇰🇷 pavilion drew crowds';
    expect(cleanExcerpt(family, { words: 1 })).to.equal('Family…');
    expect(cleanExcerpt(family, { words: 2 })).to.equal('Family 👨‍👩‍👧‍👦 day…');
    expect(cleanExcerpt(family, { words: 4 })).to.equal('Family 👨‍👩‍👧‍👦 day at the…');
    expect(cleanExcerpt(family, { words: 5 })).to.equal('Family 👨‍👩‍👧‍👦 day at the 🇰🇷 pavilion…');
  });

  it('accepts an invalid locale and non-string input without throwing', () => {
    expect(cleanExcerpt('One two three', { words: 2, locale: 'not a locale!' })).to.equal('One two…');
    for (const bad of [undefined, null, 42, {}, ['a']]) expect(cleanExcerpt(bad)).to.equal('');
  });

  it('stays fast on a 1 MB excerpt and on hostile markup', () => {
    const inputs = [
      'word '.repeat(200_000),
      '<a title="'.repeat(100_000),
      '[caption]'.repeat(100_000),
      '&amp;'.repeat(200_000),
    ];
    for (const input of inputs) {
      const out = cleanExcerpt(input);
      expect(out.length).to.be.lessThan(2100);
    }
  });
});

describe('cleanExcerpt on pathological input', () => {
  // Each of these took seconds to minutes before (a pattern that rescans to the end of the text
  // from every start): now each is one pass, well inside the test's time limit.
  const caption =
    '[caption id="attachment_12" align="alignnone" width="600"]<img src="/wp-content/uploads/boats.jpg" alt="" /> Boats at the quay[/caption]\n\nThe harbour reopened on Monday after three days of storms.\n\n';
  const table: [string, string, string][] = [
    [
      '"[a " 50,000 times: brackets that never close are text',
      '[a '.repeat(50_000),
      `${'[a '.repeat(30).trim()}…`,
    ],
    ['"<a " 50,000 times: a tag that never closes ends at the next "<" or the end', '<a '.repeat(50_000), ''],
    // A browser drops a tag the text never closes, a stray quote in it or not.
    ['"<a " 50,000 times and a stray quote', `${'<a '.repeat(50_000)}"`, ''],
    [
      'a tag name 100,000 letters long, then a quote that never closes',
      `Ferry <a${'b'.repeat(100_000)} "<p>fares frozen`,
      'Ferry\nfares frozen',
    ],
    [
      'a run of 100,000 dots inside the text',
      `Ferry fares frozen${'.'.repeat(100_000)}x`,
      'Ferry fares frozen…',
    ],
    ['a run of 100,000 commas', `Ferry fares frozen${', '.repeat(100_000)}until May`, 'Ferry fares frozen…'],
    [
      '"read more ‘" 20,000 times, a quote that never closes',
      `Ferry fares frozen ${'read more ‘'.repeat(20_000)}`,
      `Ferry fares frozen ${'read more ‘'.repeat(13)}read…`,
    ],
    [
      '2.7 MB of WordPress text with 14,000 [caption] blocks',
      caption.repeat(14_000),
      `${'The harbour reopened on Monday after three days of storms.\n'.repeat(3).trim().slice(0, -1)}…`,
    ],
  ];
  for (const [what, input, shown] of table) {
    it(`completes ${what}`, () => {
      expect(cleanExcerpt(input)).to.equal(shown);
    });
  }
});

describe('cleanExcerpt word counts', () => {
  // Text that is short enough is not segmented at all: the count it is judged by must never find
  // fewer words than the segmenter, or a text would escape its cut.
  const table: [string, number, string][] = [
    ["I don't know", 2, "I don't…"],
    ["I don't know", 3, "I don't know"],
    ['A well-known e-mail scam', 3, 'A well-known…'],
    ['A well-known e-mail scam', 6, 'A well-known e-mail scam'],
    ['Fares rise 3.5% from May', 4, 'Fares rise 3.5% from…'],
    ['Fares rise 3.5% from May', 5, 'Fares rise 3.5% from May'],
    ['정부는 새로운 주거 정책을 발표했다', 4, '정부는 새로운 주거 정책을…'],
  ];
  for (const [text, words, shown] of table) {
    it(`cuts ${JSON.stringify(text)} at ${words} words as the segmenter counts them`, () => {
      expect(cleanExcerpt(text, { words })).to.equal(shown);
    });
  }
});

describe('clipHeadline', () => {
  const words = 'Harbour dredging to resume in spring despite protests, ';
  const table: [string, string, string | undefined][] = [
    ['a headline within the limit is kept', 'Ferry fares frozen', undefined],
    ['300 characters exactly are kept', 'x'.repeat(HEADLINE_LIMIT), undefined],
    [
      'a longer one is cut after its last whole word within the limit',
      words.repeat(10),
      `${words.repeat(5)}Harbour dredging to…`,
    ],
    [
      'a cut after a comma drops the comma',
      `${'Ferry '.repeat(48)}fares, frozen until the harbour reopens`,
      `${'Ferry '.repeat(48)}fares…`,
    ],
    ['one without spaces is cut at the limit', '港'.repeat(400), `${'港'.repeat(HEADLINE_LIMIT)}…`],
    [
      'an emoji at the limit is not split',
      `${'x'.repeat(HEADLINE_LIMIT - 1)}😀${'x'.repeat(10)}`,
      `${'x'.repeat(HEADLINE_LIMIT - 1)}…`,
    ],
    // Each flag is two regional indicators, four code units; the limit falls inside the 75th.
    ['a flag at the limit is not split', `x${'🇬🇧'.repeat(100)}`, `x${'🇬🇧'.repeat(74)}…`],
    // A family is three people joined by zero-width joiners, eight code units.
    ['a joined emoji at the limit is not split', '👨‍👩‍👧'.repeat(50), `${'👨‍👩‍👧'.repeat(37)}…`],
  ];
  for (const [what, headline, cut] of table) {
    it(what, () => {
      expect(clipHeadline(headline)).to.equal(cut);
    });
  }

  it('cuts a headline in Devanagari without spaces between two of its syllables', () => {
    const graphemes = (text: string) => [...new Intl.Segmenter().segment(text)].map((part) => part.segment);
    // The limit falls between त and its vowel sign.
    const headline = `x${'नमस्तेक्षत्रिय'.repeat(40)}`;
    const cut = clipHeadline(headline)!;
    const kept = graphemes(cut.slice(0, -1));
    expect(kept.length).to.be.greaterThan(100);
    expect(kept).to.deep.equal(graphemes(headline).slice(0, kept.length));
  });

  it('cuts a 1 MB headline', () => {
    const cut = clipHeadline('Lorem ipsum dolor sit amet '.repeat(40_000))!;
    expect(cut.length).to.be.at.most(HEADLINE_LIMIT + 1);
    expect(cut.endsWith('sit…') || cut.endsWith('amet…') || cut.endsWith('…')).to.equal(true);
  });
});

describe('excerpt helpers', () => {
  it('htmlToText turns a feed title into text', () => {
    expect(htmlToText('Council&#8217;s &#8220;last ferry&#8221; <em>vote</em>')).to.equal(
      'Council’s “last ferry” vote',
    );
    expect(htmlToText(undefined)).to.equal('');
  });

  it('keeps the ideographic space of Chinese and Japanese text (one for a run), as it keeps a no-break space', () => {
    expect(htmlToText('<b>東京</b>\u3000\u3000大雪警報')).to.equal('東京\u3000大雪警報');
    expect(htmlToText('　記者会見　')).to.equal('記者会見');
    expect(htmlToText('Tokyo \u3000 snow')).to.equal('Tokyo snow');
  });

  it('stripTags keeps a lone "<" that is not a tag', () => {
    expect(stripTags('3 < 5 and <b>bold</b>')).to.equal('3 < 5 and bold');
  });

  it('decodeEntities decodes arrows, signs and Greek letters', () => {
    expect(
      decodeEntities('Seoul &rarr; Busan &hearts; &le; 5&permil; &Delta;T, &mu;m, &pi; &sigmaf; &Omega;'),
    ).to.equal('Seoul → Busan ♥ ≤ 5‰ ΔT, μm, π ς Ω');
  });

  it('decodeEntities leaves unknown names and repairs invalid code points', () => {
    expect(decodeEntities('&madeup; &#0; &#xD800; &#128;')).to.equal('&madeup; \uFFFD \uFFFD €');
    // Names an object inherits are no entities (they threw, and took the whole text with them).
    expect(decodeEntities('A &constructor; &toString; &valueOf; title')).to.equal(
      'A &constructor; &toString; &valueOf; title',
    );
  });

  it('removeShortcodes drops an unclosed media shortcode without eating the text after it', () => {
    expect(removeShortcodes('[video src="a.mp4"] The clip shows the rescue.').trim()).to.equal(
      'The clip shows the rescue.',
    );
  });
});
