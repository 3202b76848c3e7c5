/**
 * The html path of <news-article-body>, loaded on demand (a dynamic import) so that pages writing
 * their own markup never fetch DOMPurify. HTML (already converted from WordPress where needed) is
 * sanitised into a DOM fragment: no HTML string ever reaches a live sink.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import type { CmsHtml } from '../text/shortcodes.js';
import { safeUrl } from '../internal/safe-url.js';
import { filterSrcset } from '../text/srcset.js';
import { parseFocalPoint } from '../text/focal-point.js';
import { INERT_STYLE, stripForParse } from '../text/strip-for-parse.js';
import { warnOnce } from '../internal/warn.js';
import { quote } from '../internal/values.js';
import { newsPolicy } from '../internal/trusted-types.js';

const list = (words: string) => words.split(' ');
// On top of DOMPurify's defaults: what could submit, restyle the page, open a dialog over it,
// steal focus or take part in someone else's shadow DOM; and media that would start by itself or
// never stop (WCAG 1.4.2; the reader's controls remain).
const FORBID_TAGS = list(
  'style base form input button select option optgroup textarea datalist output dialog template slot',
);
const FORBID_ATTR = list(
  'style tabindex action popover popovertarget popovertargetaction command commandfor nonce autoplay loop',
);
const URL_ATTRIBUTES = new Set(list('href src xlink:href poster cite background longdesc data'));
const IMAGE_TAGS = new Set(list('img source news-figure image'));
// SANITIZE_NAMED_PROPS prefixes ids, so content cannot clobber the page's globals; in-page links
// and the references that tie an image to its caption (WordPress's aria-describedby) follow.
const ID_PREFIX = 'user-content-';
const ID_REFERENCES = new Set(list('aria-describedby aria-labelledby aria-details headers'));

let purifier: Purifier | undefined;

function purify(): Purifier {
  if (purifier) return purifier;
  // A private instance: the page's own DOMPurify keeps its own hooks and ours stay ours.
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    let value = data.attrValue;
    if (name === 'srcset') {
      value = filterSrcset(value).value;
    } else if (ID_REFERENCES.has(name)) {
      value = value.trim().replace(/\S+/g, (id) => ID_PREFIX + id);
    } else if (URL_ATTRIBUTES.has(name)) {
      if (node.localName === 'a' && /^#./.test(value)) value = `#${ID_PREFIX}${value.slice(1)}`;
      // "Email the newsroom" stays a working link; mailto: and tel: go nowhere else.
      const kind =
        IMAGE_TAGS.has(node.localName) || name === 'poster'
          ? 'image'
          : node.localName === 'a' && name === 'href'
            ? 'body-link'
            : 'link';
      value = safeUrl(value, kind) ?? '';
    }
    data.attrValue = value;
    data.keepAttr = Boolean(value) || !(URL_ATTRIBUTES.has(name) || name === 'srcset');
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // Only a new tab is a target content may ask for, and the new page gets no handle on this one.
    if (node.getAttribute('target') === '_blank' && node.localName === 'a') {
      node.setAttribute('rel', `${node.getAttribute('rel') ?? ''} noopener`.trim());
    } else {
      node.removeAttribute('target');
    }
    if (node.localName === 'img') {
      if (!node.hasAttribute('loading')) node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
    // A wide table scrolls sideways in its own box (the stylesheet's); keyboards can scroll it too.
    if (node.localName === 'table') node.setAttribute('tabindex', '0');
  });
  return purifier;
}

/**
 * Sanitises `content` (HTML, with the names of WordPress shortcodes removed on the way) for
 * `element`, whose `allow-embeds` hosts decide the iframes. Resolves to a fragment ready to append.
 */
export async function sanitizeCmsHtml(
  element: HTMLElement,
  content: CmsHtml,
  allowEmbeds: string,
): Promise<DocumentFragment> {
  if (content.dropped.length) {
    const names = content.dropped.map((name) => `[${name}]`).join(', ');
    warnOnce(element, 'shortcodes', `removed WordPress shortcodes ${names}, keeping their inner text.`);
  }
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    RETURN_DOM_FRAGMENT: true,
    FORCE_BODY: true,
    SANITIZE_NAMED_PROPS: true,
    ALLOW_DATA_ATTR: false,
    ADD_TAGS: ['news-figure', 'news-gallery', 'iframe'],
    ADD_ATTR: [
      'target',
      'caption',
      'credit',
      'layout',
      'focal-point',
      'zoomable',
      'data-object-position',
      'ids',
    ],
    FORBID_TAGS,
    FORBID_ATTR,
    ADD_FORBID_CONTENTS: [INERT_STYLE],
  };
  const policy = newsPolicy();
  if (policy) config.TRUSTED_TYPES_POLICY = policy as unknown as Config['TRUSTED_TYPES_POLICY'];
  // Parsing alone makes browsers report CSP violations; stripForParse spares the page's report-uri
  // (DOMPurify still decides what is safe). It returns no fragment for a lone <frameset>.
  const fragment =
    purify().sanitize(stripForParse(content.html), config) ?? document.createDocumentFragment();
  // Embeds are the exception, not the rule: their code loads only when there is one.
  if (fragment.querySelector('iframe'))
    await (await import('./embeds.js')).embedFrames(fragment, element, allowEmbeds);
  // A [caption] WordPress rendered without a theme's HTML5 captions (its default) is a
  // div.wp-caption > p.wp-caption-text: the figure and caption it means, said as such.
  for (const box of fragment.querySelectorAll('div.wp-caption')) {
    const caption = box.querySelector(':scope > .wp-caption-text');
    caption?.replaceWith(renamed(caption, 'figcaption'));
    box.replaceWith(renamed(box, 'figure'));
  }
  // A cover block's focal point: WordPress writes it twice, as an inline style (not let through)
  // and as data-object-position, which becomes the style again through the CSSOM.
  for (const image of fragment.querySelectorAll<HTMLElement>('[data-object-position]')) {
    const point = parseFocalPoint(image.dataset.objectPosition!);
    if (point) image.style.objectPosition = point;
    else
      warnOnce(
        element,
        'focal-point',
        `<news-article-body> data-object-position ${quote(image.dataset.objectPosition)} is not a focal point; the image keeps its centre.`,
      );
  }
  // Galleries (block, classic and [gallery ids]) become <news-gallery>s; their code loads with one.
  if (fragment.querySelector('figure.wp-block-gallery, div.gallery, news-gallery[ids]'))
    (await import('./galleries.js')).convertGalleries(fragment, element);
  if (fragment.querySelector('news-gallery') && !customElements.get('news-gallery'))
    void import('../gallery/define.js');
  // WordPress spacers (<p>&nbsp;</p>) and paragraphs emptied by the sanitiser; not an anchor
  // (<p><a id="sec2"></a></p>), which in-page links lead to.
  for (const paragraph of fragment.querySelectorAll('p:not([id])')) {
    if (
      !paragraph.textContent!.trim() &&
      !paragraph.querySelector(
        'img, picture, video, audio, svg, news-figure, news-gallery, .news-embed, [id], [name]',
      )
    ) {
      paragraph.remove();
    }
  }
  // Captions converted from [caption] are <news-figure>s: register it if the page has not.
  if (fragment.querySelector('news-figure') && !customElements.get('news-figure'))
    void import('../figure/define.js');
  return fragment;
}

/** `element`'s attributes and children in a new element named `name`. */
function renamed(element: Element, name: string): Element {
  const copy = document.createElement(name);
  for (const { name: attribute, value } of element.attributes) copy.setAttribute(attribute, value);
  copy.append(...element.childNodes);
  return copy;
}
