/**
 * news-elements: registers every element and exports their classes.
 * Import a single element's entry (`news-elements/dateline`) to register just that one, or
 * `news-elements/classes` for the classes alone, `news-elements/excerpt` for `cleanExcerpt` (left out
 * here: its markup cleaning is a chunk the elements fetch only for an excerpt that needs it).
 */
import { defineElements } from './elements.js';

defineElements();

export * from './classes.js';

// A consent manager's switches for embeds (README, "WordPress content"). Async: the consent code
// comes with the embeds chunk, which only a page with embeds needs.
const consent = () => import('./internal/consent.js');
/** Allows the embeds of these hosts (as `allow-embeds` writes them) for this page: placeholders on the page load. */
export const grantEmbeds = async (...hosts: string[]): Promise<void> =>
  (await consent()).grantEmbeds(...hosts);
/** Withdraws them (all, with no host, and the reader's remembered choices too): frames become placeholders. */
export const revokeEmbeds = async (...hosts: string[]): Promise<void> =>
  (await consent()).revokeEmbeds(...hosts);

/**
 * Defines the elements of the page that load on sight (a gallery, a live blog, the contents,
 * sharing, notices) found under `root`: a shadow root of your own, which the library cannot see
 * into, once it holds them (`lookFor(this.shadowRoot)` after your component renders).
 */
export { lookFor } from './internal/on-sight.js';
