import { expect } from '@open-wc/testing';
import { cmsToHtml, convertShortcodes, parseShortcodeAttributes } from '../src/text/shortcodes.js';
import { sameText, wordpressPost } from './support/text-fixtures.js';

/** Parses output the way the sanitiser will (inertly), to assert what a reader would get. */
function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

describe('parseShortcodeAttributes', () => {
  it('reads double-quoted, single-quoted, unquoted and positional values', () => {
    const { named, positional } = parseShortcodeAttributes(
      ` id="attachment_12" align='alignnone' WIDTH=600 https://example.com/a "two words"`,
    );
    expect(named).to.deep.equal({ id: 'attachment_12', align: 'alignnone', width: '600' });
    expect(positional).to.deep.equal(['https://example.com/a', 'two words']);
  });

  it('decodes entities in values exactly once', () => {
    expect(
      parseShortcodeAttributes(`caption="Tom &amp;amp; Jerry &quot;live&quot;"`).named['caption'],
    ).to.equal('Tom &amp; Jerry "live"');
  });
});

describe('[caption]', () => {
  const wordpress = `[caption id="attachment_12" align="alignnone" width="600"]<img class="size-full wp-image-12" src="/stories/assets/weightlifter-1200x800.jpg" alt="A weightlifter holds the bar overhead" width="600" height="400" /> Champion lifter after her lift / Still from a broadcaster[/caption]`;

  it('becomes a news-figure with the image, alt, size and caption', () => {
    const figure = parse(cmsToHtml(wordpress).html).querySelector('news-figure')!;
    expect(figure.getAttribute('src')).to.equal('/stories/assets/weightlifter-1200x800.jpg');
    expect(figure.getAttribute('alt')).to.equal('A weightlifter holds the bar overhead');
    expect(figure.getAttribute('width')).to.equal('600');
    expect(figure.getAttribute('height')).to.equal('400');
    expect(figure.getAttribute('caption')).to.equal(
      'Champion lifter after her lift / Still from a broadcaster',
    );
    expect(parse(cmsToHtml(wordpress).html).textContent).not.to.contain('[');
  });

  it('keeps a rich caption (links, emphasis) in the caption slot and the link round the image', () => {
    const body = parse(
      cmsToHtml(
        `[caption id="" align="alignnone" width="800"]<a href="/full.jpg"><img src="/city.jpg" alt="Skyline"></a> The new district, <em>pictured in May</em>. <a href="https://example.com/plan">Read the plan</a>[/caption]`,
      ).html,
    );
    const figure = body.querySelector('news-figure')!;
    const image = figure.querySelector(':scope > a[href="/full.jpg"] > img')!;
    expect([image.getAttribute('src'), image.getAttribute('alt')]).to.deep.equal(['/city.jpg', 'Skyline']);
    expect(figure.getAttribute('width')).to.equal('800');
    expect(figure.hasAttribute('caption')).to.be.false;
    const slotted = figure.querySelector('[slot="caption"]')!;
    expect(slotted.querySelector('em')!.textContent).to.equal('pictured in May');
    expect(slotted.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/plan');
  });

  it('takes the caption from the caption attribute, decoded once', () => {
    const figure = parse(
      cmsToHtml(`[caption caption="Tom &amp;amp; Jerry"]<img src="/a.jpg" alt="">[/caption]`).html,
    ).querySelector('news-figure')!;
    expect(figure.getAttribute('caption')).to.equal('Tom &amp; Jerry');
    expect(figure.getAttribute('alt')).to.equal('');
  });

  it('decodes entities in caption text once: &amp;amp; reads &amp;', () => {
    const figure = parse(
      cmsToHtml(`[caption]<img src="/a.jpg" alt="A &quot;city&quot;"> Fish &amp;amp; chips[/caption]`).html,
    ).querySelector('news-figure')!;
    expect(figure.getAttribute('caption')).to.equal('Fish &amp; chips');
    expect(figure.getAttribute('alt')).to.equal('A "city"');
  });

  it('without an image keeps its text', () => {
    expect(parse(cmsToHtml('[caption]Only words here[/caption]').html).textContent!.trim()).to.equal(
      'Only words here',
    );
  });

  it('cannot be used to break out of an attribute', () => {
    const body = parse(
      cmsToHtml(
        `[caption caption='" onmouseover="alert(1)']<img src="/a.jpg" alt="x&quot; onerror=&quot;alert(1)">[/caption]`,
      ).html,
    );
    expect(body.querySelectorAll('*')).to.have.length(1);
    const figure = body.querySelector('news-figure')!;
    expect(figure.getAttributeNames()).to.have.members(['src', 'alt', 'caption']);
    expect(figure.getAttribute('caption')).to.equal('" onmouseover="alert(1)');
    expect(figure.getAttribute('alt')).to.equal('x" onerror="alert(1)');
  });
});

describe('[caption] size and alignment', () => {
  it("keeps the width the editor gave it, the image's shape, and WordPress's alignment", () => {
    const figure = parse(
      cmsToHtml(
        `[caption id="attachment_7" align="alignleft" width="220"]<img src="/a.jpg" alt="Tank No. 4" width="1200" height="800"> Tank No. 4[/caption]`,
      ).html,
    ).querySelector('news-figure')!;
    expect([figure.getAttribute('width'), figure.getAttribute('height'), figure.className]).to.deep.equal([
      '220',
      '147',
      'alignleft',
    ]);
  });

  // [align as written, the class the figure gets ('' for none)]
  const aligns: [string, string][] = [
    ['alignright', 'alignright'],
    ['AlignCenter', 'aligncenter'],
    ['alignnone', 'alignnone'],
    ['left', ''],
    ['alignleft wp-caption', ''],
  ];
  for (const [align, className] of aligns) {
    it(`align="${align}" gives the class "${className}"`, () => {
      const figure = parse(
        cmsToHtml(`[caption align="${align}"]<img src="/a.jpg" alt="" width="300">[/caption]`).html,
      ).querySelector('news-figure')!;
      expect(figure.className).to.equal(className);
      expect(figure.getAttribute('width')).to.equal('300');
    });
  }
});

describe('code samples', () => {
  // [what it is, the shortcode as stored, the HTML it becomes]
  const table: [string, string, string][] = [
    [
      'a language of SyntaxHighlighter, escaped as it stores code',
      '[php]\necho $a &lt; $b;\n[/php]',
      '<pre><code class="language-php">echo $a &lt; $b;</code></pre>',
    ],
    [
      'raw code from before it escaped, escaped here',
      '[code lang="html"]<p>Hi &amp; bye</p>[/code]',
      '<pre><code class="language-html">&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;</code></pre>',
    ],
    [
      '[sourcecode] with its language',
      '[sourcecode language="css"]\np {\n  margin: 0;\n}\n[/sourcecode]',
      '<pre><code class="language-css">p {\n  margin: 0;\n}</code></pre>',
    ],
    [
      'shortcodes and video addresses inside are only text',
      '[code][gallery ids="1"]\nhttps://youtu.be/dQw4w9WgXcQ\n[/code]',
      '<pre><code>[gallery ids="1"]\nhttps://youtu.be/dQw4w9WgXcQ</code></pre>',
    ],
    ['a language name never closed is prose', '[python] is a language', '[python] is a language'],
  ];
  for (const [what, stored, html] of table) {
    it(what, () => {
      expect(convertShortcodes(stored)).to.deep.equal({ html, dropped: [] });
    });
  }

  it('keeps a raw "<" in old code as written, and the text after it', () => {
    const code = 'for (int i=0; i<n; i++) {\n  sum += a[i];\n}';
    const body = parse(cmsToHtml(`[code lang="c"]${code}[/code]\n\nThe loop adds them up.`).html);
    expect(body.querySelector('pre')!.textContent).to.equal(code);
    expect(body.querySelector('p')!.textContent).to.equal('The loop adds them up.');
  });

  it('keeps a code sample out of the paragraphs around it', () => {
    const body = parse(cmsToHtml('Run this:\n[bash]\nnpm test\n\nnpm run lint\n[/bash]\nThen push.').html);
    expect(body.querySelector('pre')!.textContent).to.equal('npm test\n\nnpm run lint');
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'Run this:',
      'Then push.',
    ]);
  });
});

describe('cmsToHtml with a bound', () => {
  // [source, bound, how much is kept (undefined: all of it, and no cut reported)]
  const table: [string, number, number | undefined][] = [
    ['<p>One.</p><p>Two.</p>', 15, 11],
    ['<p>One.</p><ul><li>Two</li></ul><p>Three.</p>', 40, 32],
    ['First.\n\nSecond, longer.', 20, 8],
    ['One long line of text', 8, 8],
    ['<p>Short.</p>', 13, undefined],
    // No block ends in reach: at a word's end outside a tag, never inside an entity or a character.
    ['Tom &amp; Jerry ran', 7, 4],
    ['Tom &amp; Jerry ran', 11, 10],
    ['Ferry <img src="/a.jpg" alt="x"> ran', 20, 6],
    ['Ferry&amp;buses', 8, 5],
    ['Ferry😀buses', 6, 5],
    // Back across a word, to the end of the tag before it: not to a space inside the tag.
    ['Read the <a href="/routes" title="New routes">announcement</a>', 50, 46],
  ];
  for (const [source, max, cut] of table) {
    it(`keeps ${cut ?? 'all'} of ${JSON.stringify(source)} within ${max} characters`, () => {
      const { cut: kept, ...content } = cmsToHtml(source, max);
      expect(kept).to.equal(cut);
      expect(content).to.deep.equal(cmsToHtml(source.slice(0, cut)));
    });
  }
});

describe('hostile input', () => {
  const caption =
    '[caption id="attachment_12" align="alignleft" width="220"]<img src="/a.jpg" alt="The lifter" width="220" height="147"> After the lift[/caption]\nShe lifted 140 kg.\n\n';
  // Input no editor writes, sized so that anything quadratic would take minutes: each must finish
  // (the test's own timeout) with the output the rules give.
  const table: [string, string, (html: string, dropped: string[]) => void][] = [
    [
      "'[a ' 50,000 times",
      '[a '.repeat(50_000),
      (html) => sameText(html, `<p>${'[a '.repeat(50_000)}</p>\n`),
    ],
    [
      "'[a]' 50,000 times on one line",
      '[a]'.repeat(50_000),
      (html) => sameText(html, `<p>${'[a]'.repeat(50_000)}</p>\n`),
    ],
    [
      '1 MB of WordPress text with 14,000 [caption] blocks',
      caption.repeat(14_000).padEnd(1_000_000, 'The end. '),
      (html) => {
        expect(html.match(/<news-figure /g)).to.have.length(14_000);
        expect(html.match(/<p>She lifted 140 kg.<\/p>/g)).to.have.length(14_000);
      },
    ],
    [
      '20,000 shortcodes nested in each other',
      `${Array.from({ length: 20_000 }, (_, i) => `[n${i} x="1"]`).join('')}x${Array.from(
        { length: 20_000 },
        (_, i) => `[/n${19_999 - i}]`,
      ).join('')}`,
      (html, dropped) => {
        expect(html).to.equal('<p>x</p>\n');
        expect(dropped).to.have.length(20_000);
      },
    ],
    [
      '50,000 unclosed [caption and [embed',
      '[caption [embed]'.repeat(25_000),
      (html, dropped) => {
        sameText(html, `<p>${'[caption '.repeat(25_000)}</p>\n`);
        expect(dropped).to.deep.equal(['embed']);
      },
    ],
    [
      'a code sample of 50,000 comparisons',
      `[code]${'a < b '.repeat(50_000)}[/code]`,
      (html) => sameText(html, `<pre><code>${'a &lt; b '.repeat(50_000).trimEnd()}</code></pre>`),
    ],
    [
      '50,000 tags with an unclosed quote',
      '<a "'.repeat(50_000),
      (html) => sameText(html, '<a "'.repeat(50_000)),
    ],
  ];
  for (const [what, source, check] of table) {
    it(`finishes on ${what}`, () => {
      const { html, dropped } = cmsToHtml(source);
      check(html, dropped);
    });
  }
});

describe('[embed], [video], [audio] and video addresses', () => {
  it('turns YouTube and Vimeo pages into player iframes', () => {
    const body = parse(
      convertShortcodes(
        `[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1[/embed][embed width="640" height="360"]https://vimeo.com/76979871[/embed]`,
      ).html,
    );
    const [youtube, vimeo] = body.querySelectorAll('iframe');
    // It starts where the address says (`t=1`).
    expect(youtube!.getAttribute('src')).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ?start=1');
    expect(vimeo!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871');
    expect(vimeo!.getAttribute('width')).to.equal('640');
  });

  it('turns other embedded pages into a link, and drops non-web addresses', () => {
    const { html, dropped } = convertShortcodes(
      `[embed]https://example.com/live-map?x=1&amp;y=2[/embed][embed]javascript:alert(1)[/embed]`,
    );
    const link = parse(html).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/live-map?x=1&y=2');
    expect(link.textContent).to.equal('https://example.com/live-map?x=1&y=2');
    expect(parse(html).textContent).not.to.contain('javascript');
    expect(dropped).to.deep.equal(['embed']);
  });

  it('keeps the words of an [embed] that holds no address, as of any other shortcode it removes', () => {
    const { html, dropped } = convertShortcodes(
      'Intro [embed]Map of the new routes[/embed] and [embed]Watch: the mayor’s speech[/embed] outro',
    );
    expect(parse(html).textContent).to.equal(
      'Intro Map of the new routes and Watch: the mayor’s speech outro',
    );
    expect(dropped).to.deep.equal(['embed']);
  });

  it('turns a paragraph that is only a video address into its player, and leaves addresses in sentences alone', () => {
    const html = cmsToHtml(
      `Watch the vote:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nThe stream at https://www.youtube.com/watch?v=dQw4w9WgXcQ ended at noon.\n\nhttps://example.com/not-a-video`,
    ).html;
    const body = parse(html);
    expect(body.querySelectorAll('iframe')).to.have.length(1);
    expect(body.textContent).to.contain(
      'The stream at https://www.youtube.com/watch?v=dQw4w9WgXcQ ended at noon.',
    );
    expect(body.textContent).to.contain('https://example.com/not-a-video');
  });

  it('makes [video] and [audio] into players, and drops them without a source', () => {
    const { html, dropped } = convertShortcodes(
      `[video mp4="/clip.mp4" poster="/still.jpg" width="640" height="360"][/video][audio mp3="/report.mp3"][/audio][video][/video]`,
    );
    const video = parse(html).querySelector('video')!;
    expect(video.getAttribute('src')).to.equal('/clip.mp4');
    expect(video.getAttribute('poster')).to.equal('/still.jpg');
    expect(video.hasAttribute('controls')).to.be.true;
    expect(parse(html).querySelector('audio')!.getAttribute('src')).to.equal('/report.mp3');
    expect(dropped).to.deep.equal(['video']);
  });
});

describe('other shortcodes and brackets', () => {
  it('turns [gallery ids] into a <news-gallery ids> for the article body to fill, never in a paragraph', () => {
    const { html, dropped } = cmsToHtml(
      'The quay.\n\n[gallery ids="21, 22,23" type="slideshow" columns="3"]\n\nThe end.',
    );
    expect(html).to.contain('\n<news-gallery ids="21,22,23" layout="carousel"></news-gallery>\n');
    expect(dropped).to.deep.equal([]);
  });

  it('drops [gallery] without ids and unknown shortcodes, keeping their inner text, and reports them', () => {
    const { html, dropped } = cmsToHtml(
      `[gallery link="file"]\n\n[vc_row][vc_column]The council met at nine.[/vc_column][/vc_row]\n\n[newsletter]\n\n[contact-form-7 id="5" title="Tips"] [ad_slot /] [/stray]`,
    );
    const text = parse(html).textContent!;
    expect(text).to.contain('The council met at nine.');
    expect(text).not.to.match(/[[\]]/);
    expect(dropped).to.have.members([
      'gallery',
      'vc_row',
      'vc_column',
      'newsletter',
      'contact-form-7',
      'ad_slot',
      'stray',
    ]);
  });

  it("keeps the words of a page builder's dropped columns apart, and an inline one's in its sentence", () => {
    const { html } = cmsToHtml(
      '[vc_row][vc_column]The council met.[/vc_column][vc_column]Ferries stop.[/vc_column][/vc_row][vc_row][vc_column]Votes follow.[/vc_column][/vc_row]\n\nA [highlight]rare[/highlight] vote, [tip]one[/tip]s.',
    );
    const paragraphs = [...parse(html).querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' '));
    expect(paragraphs).to.deep.equal(['The council met. Ferries stop. Votes follow.', 'A rare vote, ones.']);
    // Words apart, not lines: a break would also fall between two inline shortcodes.
    expect(html).not.to.contain('<br');
  });

  it('leaves brackets that belong to the prose', () => {
    const prose =
      'He said the plan was "dead [sic]" and that [the minister] knew.[1] [Updated 3pm: the vote was delayed] [Editor\'s note: corrected]';
    const { html, dropped } = convertShortcodes(prose);
    expect(html).to.equal(prose);
    expect(dropped).to.deep.equal([]);
  });

  it('prints escaped shortcodes with single brackets', () => {
    expect(convertShortcodes('Type [[caption]] to caption an image.').html).to.equal(
      'Type [caption] to caption an image.',
    );
  });

  it('leaves markup and code samples alone', () => {
    const source =
      '<a href="/search?q=[gallery]" title="[embed]">x</a> <code>[gallery ids="1"]</code> <pre>[video]</pre>';
    expect(convertShortcodes(source).html).to.equal(source);
  });

  it('treats a lower-case word alone on its line as a shortcode only there', () => {
    const { html } = convertShortcodes('[newsletter]\nSign up for [newsletter] today.');
    expect(html).to.equal('\nSign up for [newsletter] today.');
  });
});

describe('cmsToHtml on WordPress posts', () => {
  it('gives a classic post with a list, a quote and an address its paragraphs and line breaks', async () => {
    const body = parse(cmsToHtml(await wordpressPost('classic-news.raw.txt')).html);
    const paragraphs = [...body.querySelectorAll(':scope > p')].map((p) => p.innerHTML);
    expect(paragraphs).to.include(
      'Questions about the budget go to:<br>\nCouncil budget office<br>\nSeoul City Hall, 110 Sejong-daero<br>\nJung-gu, Seoul 04524',
    );
    expect(paragraphs).to.include('The vote was 31 to 12. Three members abstained.');
    expect(body.querySelector('blockquote > p')!.innerHTML).to.equal(
      "We asked for a place to keep the city's papers.<br>\nWe got a place to read them, too.",
    );
    expect(body.querySelectorAll('ul > li')).to.have.length(3);
    expect(body.querySelector('news-figure')!.parentElement).to.equal(body);
    expect(body.querySelector('iframe')!.getAttribute('src')).to.equal(
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
    );
    expect(body.innerHTML).not.to.contain('\r');
  });

  it('keeps a [delphi] code sample as written, in <pre>, with the text around it in paragraphs', async () => {
    const { html, dropped } = cmsToHtml(await wordpressPost('classic-code.raw.txt'));
    const body = parse(html);
    const [delphi, plain] = body.querySelectorAll('pre');
    expect(delphi!.querySelector('code')!.className).to.equal('language-delphi');
    expect(delphi!.textContent).to.equal(
      [
        'function SplitFields(const Line: string): TStringList;',
        'begin',
        '  Result := TStringList.Create;',
        '  Result.StrictDelimiter := True;',
        `  Result.QuoteChar := '"';`,
        '  Result.DelimitedText := Line;',
        '  if Result.Count < 1 then',
        "    raise EParserError.Create('empty line');",
        'end;',
      ].join('\n'),
    );
    expect(delphi!.querySelector('br')).to.equal(null);
    expect(plain!.textContent).to.equal(`SplitFields('31,"Mapo, Seoul",yes')\n  -> 31 | Mapo, Seoul | yes`);
    expect(body.querySelector('p:last-of-type')!.innerHTML).to.equal(
      'Call it once per line<br>\nand free the list when you are done.',
    );
    expect(dropped).to.deep.equal([]);
  });

  for (const name of ['block-editor.rendered.html', 'block-editor.raw.txt', 'classic-news.rendered.html']) {
    it(`leaves ${name}, which WordPress laid out already, as written`, async () => {
      const source = await wordpressPost(name);
      expect(cmsToHtml(source)).to.deep.equal({ html: source, dropped: [] });
    });
  }

  it('does not wrap converted figures in paragraphs', () => {
    const body = parse(
      cmsToHtml(
        'Intro.\n\n[caption]<img src="/a.jpg" alt="A"> Caption[/caption]\n\n[embed]https://youtu.be/dQw4w9WgXcQ[/embed]',
      ).html,
    );
    expect(body.querySelector('news-figure')!.parentElement).to.equal(body);
    expect(body.querySelector('p')!.textContent).to.equal('Intro.');
  });
});
