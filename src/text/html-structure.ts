/**
 * Whether content is already laid out as HTML: it needs no paragraphs made from blank lines, and a
 * line break in it is source formatting, not a `<br>`. Paragraphs, divs, headings, tables, list
 * items and `<br>` say so. Quotes, code samples, figures and sections do not: WordPress's editor
 * stores them as HTML inside plain text whose blank lines and line breaks are still its layout.
 * (A regular expression, not a function: it is part of the first load.)
 */
export const STRUCTURED = /<(?:p|br|div|li|h[1-6]|table)\b/i;
