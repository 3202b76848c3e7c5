/**
 * news-elements: registers every element and exports their classes.
 * Import a single element's entry (`news-elements/dateline`) to register just that one, or
 * `news-elements/classes` for the classes alone.
 */
import './article/define.js';
import './article-body/define.js';
import './dateline/define.js';
import './figure/define.js';
import './partner-banner/define.js';
import './teaser-list/define.js';

export * from './classes.js';
export { cleanExcerpt } from './text/excerpt.js';
