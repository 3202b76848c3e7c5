import { defineElement } from '../internal/define.js';
import { NewsGallery } from './gallery.js';
// A gallery is made of figures: registering it registers them.
import '../figure/define.js';

defineElement('news-gallery', NewsGallery);

// Its class comes from here, not from the package entry: few pages hold a gallery, so the single
// file fetches this module on sight instead of carrying it (src/elements.ts, `elementsOnSight`).
export { NewsGallery };
export type { GalleryItem, GalleryLayout } from './gallery.js';

declare global {
  interface HTMLElementTagNameMap {
    'news-gallery': NewsGallery;
  }
}
