/**
 * The html path of <news-article-body>, loaded on demand (a dynamic import) so that pages writing
 * their own markup never fetch DOMPurify. CMS HTML is converted (shortcodes, paragraphs), then
 * sanitised into a DOM fragment: no HTML string ever reaches a live sink.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { cmsToHtml } from '../text/shortcodes.js';
import { safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/warn.js';
import { pickTranslation, resolveLocale } from '../internal/locale.js';
import { newsPolicy } from './trusted-types.js';

// Everything that could run code, submit, restyle the page or reach outside the element.
const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'object',
  'embed',
  'frame',
  'frameset',
  'dialog',
  'template',
  'slot',
  'noscript',
  'portal',
  'fencedframe',
];
const FORBID_ATTR = [
  'style',
  'tabindex',
  'autofocus',
  'accesskey',
  'contenteditable',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'command',
  'commandfor',
  'action',
  'formaction',
  'srcdoc',
  'ping',
  'nonce',
  'is',
];
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'poster',
  'cite',
  'background',
  'longdesc',
  'data',
  'lowsrc',
  'dynsrc',
  'manifest',
]);
const IMAGE_TAGS = new Set(['img', 'source', 'news-figure', 'image', 'picture']);
// Attributes holding element ids, renamed alongside the ids themselves (SANITIZE_NAMED_PROPS).
const ID_REFERENCES = new Set([
  'headers',
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
]);
const ID_PREFIX = 'user-content-';

const TEXT: Record<string, [table: string, embed: string]> = {
  en: ['Table', 'Embedded content from {host}'],
  ko: ['표', '{host}의 삽입 콘텐츠'],
  ja: ['表', '{host} の埋め込みコンテンツ'],
  ar: ['جدول', 'محتوى مضمّن من {host}'],
  de: ['Tabelle', 'Eingebetteter Inhalt von {host}'],
  fr: ['Tableau', 'Contenu intégré de {host}'],
  es: ['Tabla', 'Contenido insertado de {host}'],
};

/** Keeps the candidates of a srcset whose URL is a safe image; drops the rest. */
function filterSrcset(value: string): string {
  return value
    .split(/,(?=\s|$)|,(?=[^\s,]*\s)/)
    .map((candidate) => candidate.trim())
    .filter((candidate) => safeUrl(candidate.split(/\s+/)[0], 'image') !== undefined)
    .join(', ');
}

let purifier: Purifier | undefined;

function purify(): Purifier {
  if (purifier) return purifier;
  // A private instance: the page's own DOMPurify keeps its own hooks and ours stay ours.
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    const tag = node.localName;
    if (name === 'srcset') {
      data.attrValue = filterSrcset(data.attrValue);
      data.keepAttr = Boolean(data.attrValue);
    } else if (URL_ATTRIBUTES.has(name)) {
      const kind = IMAGE_TAGS.has(tag) || name === 'poster' ? 'image' : 'link';
      const url =
        tag === 'a' && /^#./.test(data.attrValue)
          ? `#${ID_PREFIX}${data.attrValue.slice(1)}`
          : data.attrValue;
      const safe = safeUrl(url, kind);
      data.keepAttr = safe !== undefined;
      data.attrValue = safe ?? '';
    } else if (ID_REFERENCES.has(name)) {
      data.attrValue = data.attrValue.replace(/\S+/g, (id) =>
        id.startsWith(ID_PREFIX) ? id : ID_PREFIX + id,
      );
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.hasAttribute('target')) {
      // Only a new tab is a target content may ask for, and the new page gets no handle on this one.
      if (node.getAttribute('target') === '_blank' && (node.localName === 'a' || node.localName === 'area')) {
        const rel = new Set((node.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean));
        rel.add('noopener');
        node.setAttribute('rel', [...rel].join(' '));
      } else {
        node.removeAttribute('target');
      }
    }
    if (node.localName === 'img') {
      if (!node.hasAttribute('loading')) node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  return purifier;
}

/** Hosts from `allow-embeds` ("www.youtube.com player.vimeo.com", URLs accepted too). */
function allowedHosts(element: Element, list: string): string[] {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((entry) => {
      let host = '';
      try {
        host = new URL(entry.includes('//') ? entry : `https://${entry}`).hostname;
      } catch {
        // Reported below, like any other entry that is not a host name.
      }
      if (/^[a-z\d-]+(\.[a-z\d-]+)+$/.test(host)) return [host];
      warnOnce(element, 'allow-embeds-value', `allow-embeds: "${entry}" is not a host name; it is ignored.`);
      return [];
    });
}

/** Allowed frames get a responsive, lazy, titled box; others become a link to what they showed. */
function embedFrames(fragment: DocumentFragment, element: Element, hosts: string[], label: string): void {
  for (const frame of fragment.querySelectorAll('iframe')) {
    const src = frame.getAttribute('src');
    let url: URL | undefined;
    try {
      url = src ? new URL(src, document.baseURI) : undefined;
    } catch {
      url = undefined;
    }
    const host = url?.hostname ?? '';
    const allowed =
      url?.protocol === 'https:' &&
      hosts.some((allowedHost) => host === allowedHost || host.endsWith(`.${allowedHost}`));
    const parent = frame.parentElement;
    const alone =
      parent?.localName === 'p' && parent.textContent?.trim() === '' && parent.children.length === 1;
    const replaced = alone ? parent : frame;
    const title = frame.getAttribute('title')?.trim();
    if (allowed) {
      const box = document.createElement('div');
      box.className = 'news-embed';
      const width = Number(frame.getAttribute('width'));
      const height = Number(frame.getAttribute('height'));
      // CSSOM, not a style attribute: allowed under a strict style-src policy.
      if (width > 0 && height > 0) box.style.aspectRatio = `${width} / ${height}`;
      const player = document.createElement('iframe');
      player.title = title || label.replace('{host}', host);
      player.loading = 'lazy';
      player.referrerPolicy = 'strict-origin-when-cross-origin';
      player.allow = 'fullscreen; picture-in-picture; encrypted-media';
      player.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation');
      player.src = url!.href;
      box.append(player);
      replaced.replaceWith(box);
      continue;
    }
    if (url && /^https?:$/.test(url.protocol)) {
      warnOnce(
        element,
        'allow-embeds',
        `an embed from ${host} is shown as a link; add "${host}" to allow-embeds to show it.`,
      );
      const link = document.createElement('a');
      link.href = url.href;
      link.textContent = title || url.href;
      const paragraph = document.createElement('p');
      paragraph.append(link);
      replaced.replaceWith(paragraph);
    } else {
      replaced.remove();
    }
  }
}

/**
 * Converts and sanitises CMS HTML for `element` (its `allow-embeds` hosts and language decide
 * embeds and labels). Returns a fragment ready to append; never throws on content.
 */
export function renderCmsHtml(element: HTMLElement, source: string, allowEmbeds: string): DocumentFragment {
  const { html, dropped } = cmsToHtml(source);
  if (dropped.length) {
    warnOnce(
      element,
      'shortcodes',
      `removed WordPress shortcodes it cannot show (${dropped.map((name) => `[${name}]`).join(', ')}); their inner text is kept.`,
    );
  }
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    RETURN_DOM_FRAGMENT: true,
    FORCE_BODY: true,
    SANITIZE_NAMED_PROPS: true,
    ALLOW_DATA_ATTR: false,
    ADD_TAGS: ['news-figure', 'iframe'],
    ADD_ATTR: ['target', 'caption', 'credit', 'layout'],
    FORBID_TAGS,
    FORBID_ATTR,
  };
  const policy = newsPolicy();
  if (policy) config.TRUSTED_TYPES_POLICY = policy as unknown as Config['TRUSTED_TYPES_POLICY'];
  const fragment = purify().sanitize(html, config);

  const [tableLabel, embedLabel] = pickTranslation(TEXT, resolveLocale(element));
  embedFrames(fragment, element, allowedHosts(element, allowEmbeds), embedLabel);
  for (const table of fragment.querySelectorAll('table')) {
    // A wide table scrolls sideways in a named, keyboard-reachable region of its own.
    const region = document.createElement('div');
    region.className = 'news-table';
    region.setAttribute('role', 'region');
    region.tabIndex = 0;
    region.setAttribute('aria-label', table.querySelector('caption')?.textContent?.trim() || tableLabel);
    table.replaceWith(region);
    region.append(table);
  }
  // WordPress spacers (<p>&nbsp;</p>) and paragraphs emptied by the sanitiser.
  for (const paragraph of fragment.querySelectorAll('p')) {
    if (
      !paragraph.textContent?.trim() &&
      !paragraph.querySelector('img, picture, video, audio, svg, news-figure, .news-embed')
    ) {
      paragraph.remove();
    }
  }
  // Captions converted from [caption] are <news-figure>s: register it if the page has not.
  if (fragment.querySelector('news-figure') && !customElements.get('news-figure'))
    void import('../figure/define.js');
  return fragment;
}
