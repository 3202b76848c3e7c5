import { expect } from '@open-wc/testing';
import { autop, hasLooseText } from '../src/text/autop.js';
import { sameText, wordpressPost } from './support/text-fixtures.js';

describe('autop', () => {
  // [what it shows, text as typed in the classic editor, what WordPress 6.1's wpautop makes of it]
  const table: [string, string, string][] = [
    [
      'blank lines make paragraphs, a single line break <br />',
      'First paragraph.\n\nSecond,\nwith a break.',
      '<p>First paragraph.</p>\n<p>Second,<br />\nwith a break.</p>\n',
    ],
    [
      'CR LF line ends count as LF',
      'Line one\r\nline two\r\n\r\nNext paragraph',
      '<p>Line one<br />\nline two</p>\n<p>Next paragraph</p>\n',
    ],
    [
      'a list among text: the text still gets its paragraphs and breaks',
      'Before the list:\n<ul>\n\t<li>One</li>\n\t<li>Two</li>\n</ul>\nAfter the list\nand a break.',
      '<p>Before the list:</p>\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n<p>After the list<br />\nand a break.</p>\n',
    ],
    [
      '<pre> is left exactly as written, blank lines and all',
      'Run:\n<pre>a\n\n  b</pre>\nDone.',
      '<p>Run:</p>\n<pre>a\n\n  b</pre>\n<p>Done.</p>\n',
    ],
    [
      'a quote gets paragraphs inside it',
      '<blockquote>One.\n\nTwo.</blockquote>',
      '<blockquote><p>One.</p>\n<p>Two.</p></blockquote>\n',
    ],
    [
      'a single line break inside a quote',
      '<blockquote>One line\nand the next</blockquote>',
      '<blockquote><p>One line<br />\nand the next</p></blockquote>\n',
    ],
    [
      'two <br> make a paragraph',
      'First<br><br>Second<br />\nThird',
      '<p>First</p>\n<p>Second<br />\nThird</p>\n',
    ],
    [
      'a figure: its caption keeps its break, the figure no paragraph',
      'Caption:\n<figure><img src="/a.jpg" alt="">\n<figcaption>The lake\nat dawn</figcaption>\n</figure>',
      '<p>Caption:</p>\n<figure><img src="/a.jpg" alt=""><figcaption>The lake<br />\nat dawn</figcaption></figure>\n',
    ],
    [
      'a newline inside a tag is not a break',
      '<a href="/x"\ntitle="y">link</a> in\ntext',
      '<p><a href="/x"\ntitle="y">link</a> in<br />\ntext</p>\n',
    ],
    [
      'newlines inside SVG stay newlines',
      'Chart:\n<svg viewBox="0 0 1 1">\n<path d="M0 0"/>\n</svg>',
      '<p>Chart:<br />\n<svg viewBox="0 0 1 1">\n<path d="M0 0"/>\n</svg></p>\n',
    ],
    [
      'a list of options stays on one line',
      '<select>\n<option>A</option>\n<option>B</option>\n</select>',
      '<p><select><option>A</option><option>B</option></select></p>\n',
    ],
    [
      'text in a div gets its break but no paragraph',
      '<div>Text in a div\nwith a break</div>',
      '<div>Text in a div<br />\nwith a break</div>\n',
    ],
    [
      'a line of no-break spaces is text, not a blank line',
      '\u00a0\nNo-break spaces do not make a blank line\n\u00a0\nhere',
      '<p>\u00a0<br />\nNo-break spaces do not make a blank line<br />\n\u00a0<br />\nhere</p>\n',
    ],
    [
      'HTML paragraphs among plain text get breaks too, as WordPress gives them',
      '<h2>Heading</h2>\nText under it.\n<p>Already\nwrapped</p>',
      '<h2>Heading</h2>\n<p>Text under it.</p>\n<p>Already<br />\nwrapped</p>\n',
    ],
    [
      'comments are kept, newlines in them too',
      '<!-- more -->\nRead on\n\n<!--\nnote\n-->',
      '<p><!-- more --><br />\nRead on</p>\n<p><!--\nnote\n--></p>\n',
    ],
  ];
  for (const [what, typed, wordpress] of table) {
    it(what, () => {
      expect(autop(typed)).to.equal(wordpress);
    });
  }

  for (const name of ['classic-news', 'classic-code']) {
    it(`makes of the post ${name} exactly what WordPress makes of it`, async () => {
      const typed = await wordpressPost(`${name}.raw.txt`);
      expect(typed).to.contain('\r\n');
      expect(autop(typed)).to.equal(await wordpressPost(`${name}.wpautop.html`));
    });
  }

  it('returns nothing for whitespace', () => {
    expect(autop(' \n\r\n\t ')).to.equal('');
  });

  // Input no editor writes, sized so that anything quadratic would take minutes: each must finish
  // (the test's own timeout) with the output WordPress's rules give.
  const hostile: [string, string, (html: string) => void][] = [
    [
      '80,000 paragraphs',
      'The council met.\n\n'.repeat(80_000),
      (html) => sameText(html, '<p>The council met.</p>\n'.repeat(80_000)),
    ],
    [
      'a megabyte of spaces inside a line',
      `a${' '.repeat(1_000_000)}b`,
      (html) => sameText(html, `<p>a${' '.repeat(1_000_000)}b</p>\n`),
    ],
    [
      '50,000 unclosed comments',
      '<!--'.repeat(50_000),
      (html) => sameText(html, `<p>${'<!--'.repeat(50_000)}\n</p>\n`),
    ],
    [
      '50,000 nested divs around a line break',
      `${'<div>'.repeat(50_000)}x\ny${'</div>'.repeat(50_000)}`,
      (html) => {
        expect(html.includes('<div>x<br />\ny</div>')).to.be.true;
        expect(html).not.to.contain('<p>');
      },
    ],
    [
      '50,000 list items in paragraphs of their own line',
      '<p><li>x\n'.repeat(50_000),
      (html) => sameText(html, `${'<li>x\n'.repeat(49_999)}<li>x<br />\n`),
    ],
    [
      '50,000 unclosed block tags',
      `${'<div '.repeat(50_000)}\n\nx`,
      (html) => sameText(html, `<p>${'<div \n\n'.repeat(50_000)}x\n</p>\n`),
    ],
    [
      '50,000 unclosed scripts and code samples',
      `${'<script>'.repeat(25_000)}${'<pre>'.repeat(25_000)}a\n\nb`,
      (html) => expect(html.match(/<pre>/g)).to.have.length(25_000),
    ],
  ];
  for (const [what, input, check] of hostile) {
    it(`finishes on ${what}`, () => {
      check(autop(input));
    });
  }
});

describe('hasLooseText', () => {
  // [what it is, content, whether text sits outside every block (and so needs autop)]
  const table: [string, string, boolean][] = [
    ['plain text with blank lines', 'First paragraph.\n\nSecond,\nwith a break.', true],
    ['inline markup only', 'The <em>vote</em> was <a href="/x">31 to 12</a>.', true],
    ['line breaks made with <br>', 'One line<br>and the next', true],
    ['text after a list', '<ul><li>One</li></ul>\nThen the rest', true],
    ['text after a code sample', 'Run:\n<pre>npm test</pre>', true],
    ['text after a stray closer', '</div>The council met.', true],
    ['paragraphs', '<p>One.</p>\n\n<p>Two.</p>', false],
    ['a heading', '<H2 class="x">Then</H2>', false],
    ['a quote alone', '<blockquote>We deserve to see inside.</blockquote>', false],
    ['a figure the converter made', '<news-figure src="/a.jpg" caption="The lake"></news-figure>', false],
    ['whitespace and comments between blocks', '<p>One.</p>\n<!-- wp:paragraph -->\n<p>Two.</p>\n', false],
    ['a paragraph never closed', '<p>The council met.', false],
    ['a rule between paragraphs', '<p>One.</p><hr><p>Two.</p>', false],
    // A custom-HTML block as WordPress renders it: the script's code is not text on the page.
    [
      'an inline script between blocks',
      '<div id="poll">Vote</div>\n<script>if (a<b) show("poll");</script>\n<p>Two.</p>',
      false,
    ],
    ['a style between blocks', '<p>One.</p><STYLE>#g { margin: auto; }</STYLE>', false],
    ['text after a script', '<p>One.</p><script>x()</script>Then the rest', true],
  ];
  for (const [what, html, loose] of table) {
    it(`${what}: ${loose ? 'loose text' : 'all in blocks'}`, () => {
      expect(hasLooseText(html)).to.equal(loose);
    });
  }

  // [fixture, whether it needs autop]: what the classic editor stores does, what WordPress renders
  // (block editor or classic) does not.
  const posts: [string, boolean][] = [
    ['classic-news.raw.txt', true],
    ['classic-code.raw.txt', true],
    ['classic-news.rendered.html', false],
    ['block-editor.raw.txt', false],
    ['block-editor.rendered.html', false],
  ];
  for (const [name, loose] of posts) {
    it(`${name}: ${loose ? 'loose text' : 'all in blocks'}`, async () => {
      expect(hasLooseText(await wordpressPost(name))).to.equal(loose);
    });
  }
});
