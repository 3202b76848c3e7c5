import type { GalleryItem } from './items.js';

/** Figures drawn from `items`, told apart from the ones written inside the element. */
const DRAWN = 'data-news-gallery-item';

/** The `<news-figure>` a gallery draws for one picture of its `items`, its data as attributes. */
export function drawnFigure(item: GalleryItem): HTMLElement {
  const figure = document.createElement('news-figure');
  figure.setAttribute(DRAWN, '');
  const attributes: Record<string, string | number | undefined> = {
    src: item.src,
    alt: item.alt,
    srcset: item.srcset,
    caption: item.caption,
    credit: item.credit,
    width: item.width,
    height: item.height,
    'focal-point': item.focalPoint,
  };
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) figure.setAttribute(name, String(value));
  return figure;
}
