/**
 * WordPress galleries in sanitised content, loaded only when there is one: the block editor's
 * `figure.wp-block-gallery` (WordPress 5.x wrapped its images in `ul.blocks-gallery-grid`, 6.x
 * nests `figure.wp-block-image`s), the classic `[gallery]` as WordPress renders it (`div.gallery`
 * of `dl.gallery-item`s) and the converter's `<news-gallery ids>` (from a `[gallery ids]` left
 * unrendered), whose ids the article body's `media` resolves. Every one becomes a `<news-gallery>`
 * of `<news-figure>`s. Only sanitised nodes are moved and only filtered values set: no markup is
 * parsed here.
 */
import { warnOnce } from '../internal/warn.js';
import { safeUrl } from '../internal/safe-url.js';
import { pixels, text } from '../internal/values.js';
import { htmlToText } from '../text/excerpt.js';
import { filterSrcset } from '../text/srcset.js';

const IMAGE = ['src', 'srcset', 'alt', 'width', 'height'];

/** The nodes of a caption with text moved into a `caption` slot's span; none for an empty one. */
function captionSlot(caption: Element | null | undefined): Element[] {
  if (!caption?.textContent!.trim()) return [];
  const span = document.createElement('span');
  span.slot = 'caption';
  span.append(...caption.childNodes);
  return [span];
}

/** A `<news-figure>` of a sanitised `<img>`, its caption's nodes moved into the caption slot. */
function figureOf(img: Element, caption: Element | null | undefined): Element {
  const figure = document.createElement('news-figure');
  for (const name of IMAGE) {
    const value = img.getAttribute(name);
    if (value !== null) figure.setAttribute(name, value);
  }
  figure.append(...captionSlot(caption));
  return figure;
}

function galleryOf(figures: Element[], caption: Element | null | undefined, layout?: string | null) {
  const gallery = document.createElement('news-gallery');
  if (layout) gallery.setAttribute('layout', layout);
  gallery.append(...figures, ...captionSlot(caption));
  return gallery;
}

/** The body's `media` property, else its `data-gallery-media` JSON; `{}` when neither reads. */
function mediaOf(element: HTMLElement): Record<string, unknown> {
  let media = (element as { media?: unknown }).media;
  if (media == null || media === '') {
    try {
      media = JSON.parse(element.dataset.galleryMedia || 'null');
    } catch {
      warnOnce(element, 'gallery-media', '<news-article-body> data-gallery-media is not JSON; ignored.');
    }
  }
  if (media instanceof Map) return Object.fromEntries(media);
  // The REST API's answer as it comes (`/wp/v2/media?include=12,13`): a list, each with its id.
  if (Array.isArray(media))
    return Object.fromEntries(media.map((entry: { id?: unknown } | null) => [String(entry?.id), entry]));
  return media && typeof media == 'object' ? (media as Record<string, unknown>) : {};
}

/** A `<news-figure>` of a `media` entry: only filtered URLs, and text set as attributes. */
function figureFrom(value: unknown): Element | undefined {
  const entry = (value && typeof value == 'object' ? value : {}) as Record<string, unknown>;
  // The REST API's media object names them differently.
  const rest = (entry['media_details'] ?? {}) as Record<string, unknown>;
  const src = safeUrl(entry['src'] ?? entry['source_url'], 'image');
  if (!src) return undefined;
  const figure = document.createElement('news-figure');
  const [width, height] = [
    pixels(entry['width'] ?? rest['width']),
    pixels(entry['height'] ?? rest['height']),
  ];
  const alt = entry['alt'] ?? entry['alt_text'];
  // The REST API's caption is HTML, `{ rendered }`: its text.
  const caption = entry['caption'] as { rendered?: unknown } | undefined;
  const attributes: Record<string, string | number | undefined> = {
    src,
    srcset: filterSrcset(text(entry['srcset'])).value || undefined,
    alt: typeof alt == 'string' ? alt : undefined,
    caption:
      (caption && typeof caption == 'object' ? htmlToText(caption.rendered) : text(caption)) || undefined,
    credit: text(entry['credit']) || undefined,
    width: width && height ? width : undefined,
    height: width && height ? height : undefined,
  };
  for (const [name, v] of Object.entries(attributes))
    if (v !== undefined) figure.setAttribute(name, String(v));
  return figure;
}

/** Turns every WordPress gallery in `fragment` into a `<news-gallery>`; see the module's comment. */
export function convertGalleries(fragment: DocumentFragment, element: HTMLElement): void {
  for (const block of fragment.querySelectorAll('figure.wp-block-gallery')) {
    const images = [...block.querySelectorAll('figure')].filter((figure) => figure.querySelector('img'));
    const figures = images.map((figure) =>
      figureOf(figure.querySelector('img')!, figure.querySelector(':scope > figcaption')),
    );
    block.replaceWith(galleryOf(figures, block.querySelector(':scope > figcaption')));
  }
  for (const classic of fragment.querySelectorAll('div.gallery')) {
    const items = [...classic.querySelectorAll('.gallery-item')].filter((item) => item.querySelector('img'));
    // A block of another kind that a theme or an editor called "gallery" stays as it is.
    if (!items.length) continue;
    const figures = items.map((item) =>
      figureOf(item.querySelector('img')!, item.querySelector('.gallery-caption')),
    );
    classic.replaceWith(galleryOf(figures, undefined));
  }
  const shortcodes = fragment.querySelectorAll('news-gallery[ids]');
  if (!shortcodes.length) return;
  const media = mediaOf(element);
  const missing: string[] = [];
  for (const gallery of shortcodes) {
    const ids = gallery
      .getAttribute('ids')!
      .split(/[\s,]+/)
      .filter(Boolean);
    gallery.removeAttribute('ids');
    const unresolved: string[] = [];
    const figures = ids.flatMap((id) => {
      const figure = Object.hasOwn(media, id) ? figureFrom(media[id]) : undefined;
      if (!figure) unresolved.push(id);
      return figure ? [figure] : [];
    });
    if (figures.length) {
      gallery.prepend(...figures);
      missing.push(...unresolved);
    } else {
      gallery.remove();
      warnOnce(
        element,
        'gallery-empty',
        '<news-article-body> a [gallery] has none of its images in media; removed.',
      );
    }
  }
  if (missing.length)
    warnOnce(
      element,
      'gallery-ids',
      `<news-article-body> [gallery] images ${missing.join(', ')} are not in media; left out.`,
    );
}
