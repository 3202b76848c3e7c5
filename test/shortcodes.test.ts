import { expect } from '@open-wc/testing';
import {
  autop,
  cmsToHtml,
  convertShortcodes,
  parseShortcodeAttributes,
  playerUrl,
} from '../src/text/shortcodes.js';

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

  it('keeps a rich caption (links, emphasis) in the caption slot and drops the link around the image', () => {
    const body = parse(
      cmsToHtml(
        `[caption id="" align="alignnone" width="800"]<a href="/full.jpg"><img src="/city.jpg" alt="Skyline"></a> The new district, <em>pictured in May</em>. <a href="https://example.com/plan">Read the plan</a>[/caption]`,
      ).html,
    );
    const figure = body.querySelector('news-figure')!;
    expect(figure.getAttribute('src')).to.equal('/city.jpg');
    expect(figure.getAttribute('width')).to.equal('800');
    expect(figure.hasAttribute('caption')).to.be.false;
    const slotted = figure.querySelector('[slot="caption"]')!;
    expect(slotted.querySelector('em')!.textContent).to.equal('pictured in May');
    expect(slotted.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/plan');
    expect(body.querySelector('a[href="/full.jpg"]')).to.equal(null);
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
    expect(parse(cmsToHtml('[caption]Only words here[/caption]').html).textContent).to.equal(
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

describe('[embed], [video], [audio] and video addresses', () => {
  it('turns YouTube and Vimeo pages into player iframes', () => {
    const body = parse(
      convertShortcodes(
        `[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1[/embed][embed width="640" height="360"]https://vimeo.com/76979871[/embed]`,
      ).html,
    );
    const [youtube, vimeo] = body.querySelectorAll('iframe');
    expect(youtube!.getAttribute('src')).to.equal('https://www.youtube.com/embed/dQw4w9WgXcQ');
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

  it('recognises the usual video page addresses', () => {
    expect(playerUrl('https://m.youtube.com/watch?feature=share&v=abcdefghijk')).to.equal(
      'https://www.youtube.com/embed/abcdefghijk',
    );
    expect(playerUrl('https://www.youtube.com/shorts/abcdefghijk')).to.equal(
      'https://www.youtube.com/embed/abcdefghijk',
    );
    expect(playerUrl('https://vimeo.com/video/123456')).to.equal('https://player.vimeo.com/video/123456');
    expect(playerUrl('https://example.com/watch?v=abcdefghijk')).to.equal(undefined);
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
  it('drops [gallery] and unknown shortcodes, keeping their inner text, and reports them', () => {
    const { html, dropped } = cmsToHtml(
      `[gallery ids="1,2,3"]\n\n[vc_row][vc_column]The council met at nine.[/vc_column][/vc_row]\n\n[newsletter]\n\n[contact-form-7 id="5" title="Tips"] [ad_slot /] [/stray]`,
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

describe('autop', () => {
  it('makes paragraphs from blank lines and <br> from single line breaks in plain text', () => {
    expect(autop('First paragraph.\n\nSecond,\nwith a break.')).to.equal(
      '<p>First paragraph.</p>\n<p>Second,<br />\nwith a break.</p>',
    );
  });

  it('leaves block elements unwrapped and structured HTML without added breaks', () => {
    const html = autop(
      '<h2>Heading</h2>\nText under it.\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n<p>Already\nwrapped</p>',
    );
    const body = parse(html);
    expect(body.querySelector('h2')!.parentElement).to.equal(body);
    expect(body.querySelector('ul')!.parentElement).to.equal(body);
    expect(body.querySelectorAll('br')).to.have.length(0);
    expect(body.querySelectorAll('p')).to.have.length(2);
    expect(html).not.to.match(/<p>\s*<\/p>/);
  });

  it('makes paragraphs inside block quotes and keeps preformatted text as it is', () => {
    const body = parse(autop('<blockquote>One.\n\nTwo.</blockquote>\n\n<pre>a\n\n  b</pre>'));
    expect(body.querySelectorAll('blockquote > p')).to.have.length(2);
    expect(body.querySelector('pre')!.textContent).to.equal('a\n\n  b');
  });

  it('returns nothing for whitespace', () => {
    expect(autop(' \n\n ')).to.equal('');
  });

  it('does not wrap converted figures and players in paragraphs', () => {
    const body = parse(
      cmsToHtml(
        'Intro.\n\n[caption]<img src="/a.jpg" alt="A"> Caption[/caption]\n\n[embed]https://youtu.be/dQw4w9WgXcQ[/embed]',
      ).html,
    );
    expect(body.querySelector('news-figure')!.parentElement).to.equal(body);
    expect(body.querySelector('iframe')!.parentElement).to.equal(body);
  });
});
