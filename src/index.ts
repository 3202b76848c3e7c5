/**
 * news-elements: registers every element and exports their classes.
 * Import a single element's entry (`news-elements/dateline`) to register just that one, or
 * `news-elements/classes` for the classes alone, `news-elements/excerpt` for `cleanExcerpt` (left out
 * here: its markup cleaning is a chunk the elements fetch only for an excerpt that needs it).
 */
import { defineElements } from './elements.js';

defineElements();

export * from './classes.js';

export { grantEmbeds, revokeEmbeds } from './internal/consent-switches.js';

/**
 * Defines the elements of the page that load on sight (a gallery, a live blog, the contents,
 * sharing, notices) found under `root`: a shadow root of your own, which the library cannot see
 * into, once it holds them (`lookFor(this.shadowRoot)` after your component renders).
 */
export { lookFor } from './internal/on-sight.js';
