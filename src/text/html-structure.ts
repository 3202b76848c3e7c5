// Two questions about content from a CMS, asked in two places, answered here.
// (Regular expressions, not functions: both are part of the first load.)

/**
 * Whether the article body can render content as written, without WordPress's treatment: it has
 * blocks of its own (paragraphs, divs, headings, lists, tables, quotes, code, figures, sections).
 * Content with none of them, or with shortcodes or blank-line paragraphs, goes to the converter.
 */
export const BLOCKS = /<(?:p|div|h[1-6]|ul|ol|table|blockquote|figure|pre|section)\b/i;

/**
 * Whether content is already laid out as HTML: it needs no paragraphs made from blank lines, and a
 * line break in it is source formatting, not a `<br>`. Paragraphs, divs, headings, tables, list
 * items and `<br>` say so. Quotes, code samples, figures and sections do not: WordPress's editor
 * stores them as HTML inside plain text whose blank lines and line breaks are still its layout.
 */
export const STRUCTURED = /<(?:p|br|div|li|h[1-6]|table)\b/i;
