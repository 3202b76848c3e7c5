// What the article body decides about content from a CMS on the first load, before it loads any
// code for it. (Whether its line breaks are WordPress's layout is the converter's question: autop.ts.)

/**
 * Whether the article body can render content as written, without WordPress's treatment: it has
 * blocks of its own (paragraphs, divs, headings, lists, tables, quotes, code, figures, sections).
 * Content with none of them, or with shortcodes or line breaks, goes to the converter.
 */
export const BLOCKS = /<(?:p|div|h[1-6]|ul|ol|table|blockquote|figure|pre|section)\b/i;

/**
 * The most `html` the article body renders, in UTF-16 code units; the converter cuts the rest off
 * after the last block that ends within it. The longest real stories (live blogs, long reads) are
 * a few hundred kB of HTML; this is several times that. Converting 2 MB takes about 0.1 s and
 * sanitising it under 0.7 s in headless Chromium on a small server; laying it out is the page's own
 * cost, about a second more. Past it, a feed gone wrong would freeze the page for longer.
 */
export const MAX_HTML = 2_000_000;
