/// <reference types="node" />
/**
 * `news-elements/ssr`: renders the elements to HTML on a Node server with Declarative Shadow DOM,
 * so a story is readable before (and without) JavaScript and hydrates in place afterwards.
 *
 * ```js
 * import { html } from 'lit';
 * import { renderToString, styleHashes } from 'news-elements/ssr';
 * const body = await renderToString(html`<news-dateline datetime="2012-12-14"></news-dateline>`);
 * res.setHeader('Content-Security-Policy', `style-src 'self' ${styleHashes().join(' ')}`);
 * ```
 * Browsers need `news-elements/hydrate` (hydration support, then every element) to take over.
 */
export { documentStyles, renderToStream, renderToString, styleHashes, type RenderOptions } from './render.js';
export { tagNames, type NewsTagName } from './register.js';
export { loadTranslations, registerTranslations, type Translations } from '../internal/translate.js';
export {
  renderStoryPage,
  storyTemplate,
  type PartnerData,
  type StoryPageData,
  type StoryPageOptions,
  type TeaserItem,
} from './story-page.js';
