// One question about content from a CMS, asked on the first load: a regular expression, not code.
// (Whether its line breaks are WordPress's layout is the converter's question: autop.ts.)

/**
 * Whether the article body can render content as written, without WordPress's treatment: it has
 * blocks of its own (paragraphs, divs, headings, lists, tables, quotes, code, figures, sections).
 * Content with none of them, or with shortcodes or line breaks, goes to the converter.
 */
export const BLOCKS = /<(?:p|div|h[1-6]|ul|ol|table|blockquote|figure|pre|section)\b/i;
