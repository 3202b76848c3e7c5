import { css } from 'lit';
import { tokenRules } from '../internal/tokens.styles.js';
import { media } from './article-body-media.styles.js';

/**
 * Typography for <news-article-body>, which has no shadow root: this sheet is adopted into the
 * document (or the enclosing shadow root) and every selector sits inside `:where()`, so its
 * specificity is zero and a site's own rules win. `::first-letter` and `::after` cannot go inside
 * `:where()`; they add the specificity of one element and nothing else.
 *
 * What the rules do (comments stay out of the shipped CSS): blocks are separated by one spacing,
 * first and last flush; the story's furniture in the body (a correction's notice, sharing,
 * contents) is set apart by the block after it, in the body's type (its own is smaller), an age
 * notice only once it shows (one that does not, first in the body, must not push the story down); quotes from sources get a rule at the start edge and the attribution in
 * the UI face; pull quotes (.pull-quote, .pullquote, WordPress .wp-block-pullquote) repeat the
 * story's words large; figures, embeds and tables are in article-body-media.styles.ts; Korean never breaks inside a
 * word, and Korean, Japanese, Chinese and Arabic-script text gets roomier lines and bold instead
 * of a fake italic; the drop cap (not in Arabic script, whose letters join) spans
 * --news-article-body-drop-cap-lines lines with initial-letter, or floats where that is missing;
 * print writes out where links go and drops embeds.
 */
export const styles = css`
  ${tokenRules(':where(news-article-body)')}

  :where(news-article-body) {
    --_article-body-measure: var(--news-article-body-measure, var(--_measure));
    --_article-body-spacing: var(--news-article-body-spacing, 1.25em);
    --_article-body-heading-font: var(--news-article-body-heading-font, var(--_font-headline));
    --_article-body-accent: var(--news-article-body-accent, var(--_color-accent));
    --_article-body-link: var(--news-article-body-link-color, var(--_color-link));
    display: block;
    max-inline-size: var(--_article-body-measure);
    margin-inline: auto;
    color: var(--_color-text);
    font-family: var(--news-article-body-font, var(--_font-body));
    font-size: var(--news-article-body-font-size, var(--_font-size-md));
    line-height: var(--news-article-body-line-height, var(--_line-height-body));
    text-align: start;
    overflow-wrap: break-word;
    /* No closing punctuation or small kana at a line start in Chinese and Japanese (kinsoku). */
    line-break: strict;
    font-kerning: normal;
  }

  :where(news-article-body)
    :where(
      p,
      ul,
      ol,
      dl,
      blockquote,
      figure,
      news-figure:not(news-gallery > *),
      news-gallery,
      pre,
      hr,
      table,
      details,
      .news-embed,
      video,
      audio
    ) {
    margin-block: 0 var(--_article-body-spacing);
  }
  :where(news-article-body)
    > :where(
      news-notice:not([type='age']),
      news-notice[type='age']:defined:not(:state(empty)),
      news-share,
      news-toc
    )
    + :where(:not(script, style, template)) {
    margin-block-start: var(--_article-body-spacing);
  }
  :where(news-article-body > :first-child) {
    margin-block-start: 0;
  }
  :where(
    news-article-body > :last-child,
    news-article-body blockquote > :last-child,
    news-article-body li > :last-child
  ) {
    margin-block-end: 0;
  }
  :where(news-article-body p) {
    text-wrap: pretty;
  }

  :where(news-article-body) :where(h2, h3, h4, h5, h6) {
    margin-block: var(--_space-xl) var(--_space-sm);
    font-family: var(--_article-body-heading-font);
    font-weight: var(--_font-weight-headline);
    line-height: var(--_line-height-headline);
    text-wrap: balance;
    break-after: avoid;
    scroll-margin-block-start: calc(var(--news-article-body-scroll-margin, 0px) + var(--_space-xl));
  }
  :where(news-article-body h2) {
    font-size: var(--_font-size-xl);
  }
  :where(news-article-body h3) {
    font-size: var(--_font-size-lg);
  }
  :where(news-article-body h4) {
    font-size: 1em;
  }
  :where(news-article-body) :where(h5, h6) {
    font-family: var(--_font-ui);
    font-size: var(--_font-size-sm);
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  :where(news-article-body a[href]) {
    color: var(--_article-body-link);
    text-decoration-line: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }
  :where(news-article-body a[href]:visited) {
    color: var(--_color-link-visited);
  }
  :where(news-article-body a[href]:hover) {
    text-decoration-thickness: 0.14em;
  }

  :where(news-article-body) :where(a, [tabindex]):focus-visible {
    outline: 3px solid var(--_color-focus-ring);
    outline-offset: 2px;
    border-radius: var(--_radius-sm);
  }

  :where(news-article-body) :where(ul, ol) {
    padding-inline-start: 1.5em;
  }
  :where(news-article-body li + li, news-article-body li > :is(ul, ol)) {
    margin-block-start: var(--_space-sm);
  }
  :where(news-article-body li)::marker {
    color: var(--_article-body-accent);
  }
  :where(news-article-body dt) {
    font-weight: 700;
  }
  :where(news-article-body dd) {
    margin-inline-start: 1.5em;
  }

  :where(news-article-body blockquote) {
    margin-inline: 0;
    padding-inline-start: var(--_space-md);
    border-inline-start: 3px solid var(--_article-body-accent);
  }
  :where(news-article-body) :where(blockquote, figure) :where(footer, cite, figcaption) {
    display: block;
    margin-block-start: var(--_space-sm);
    color: var(--_color-text-muted);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-sm);
    font-style: normal;
  }

  :where(news-article-body) :where(.pull-quote, .pullquote, .wp-block-pullquote) {
    margin-inline: 0;
    padding: var(--_space-md) 0;
    border: 0 solid var(--_article-body-accent);
    border-block-width: 3px 1px;
    font-family: var(--_article-body-heading-font);
    font-size: var(--_font-size-xl);
    line-height: var(--_line-height-headline);
    text-wrap: balance;
  }
  :where(news-article-body) :where(.pull-quote, .pullquote, .wp-block-pullquote) :where(blockquote) {
    margin: 0;
    padding: 0;
    border: 0;
  }
  :where(news-article-body) :where(q, blockquote) :where(p) {
    margin-block-end: var(--_space-sm);
  }

  ${media}

  :where(news-article-body) :where(code, kbd, samp, pre) {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  :where(news-article-body pre) {
    padding: var(--_space-md);
    overflow-x: auto;
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: var(--_color-surface);
    line-height: var(--_line-height-ui);
  }
  :where(news-article-body) :where(sub, sup) {
    font-size: var(--_font-size-xs);
    line-height: 0;
  }
  :where(news-article-body small) {
    font-size: var(--_font-size-sm);
  }
  :where(news-article-body mark) {
    background: color-mix(in srgb, var(--_article-body-accent) 18%, transparent);
    color: inherit;
  }
  :where(news-article-body abbr[title]) {
    text-decoration: underline dotted;
  }
  :where(news-article-body summary) {
    cursor: pointer;
    font-weight: 700;
  }

  :where(news-article-body) :where(:lang(ko), :lang(ja), :lang(zh)) {
    line-height: 1.8;
  }
  :where(news-article-body :lang(ko)) {
    word-break: keep-all;
  }
  :where(news-article-body) :where(:lang(ar), :lang(fa), :lang(ur)) {
    line-height: 1.9;
  }
  :where(news-article-body)
    :where(:lang(ko), :lang(ja), :lang(zh), :lang(ar), :lang(fa), :lang(ur))
    :where(em, i, cite) {
    font-style: normal;
    font-weight: 700;
  }

  :where(news-article-body[drop-cap]:not(:lang(ar), :lang(fa), :lang(ur)) > p:first-of-type)::first-letter {
    float: inline-start;
    margin-inline-end: 0.08em;
    padding-block-start: 0.06em;
    color: var(--_article-body-accent);
    font-family: var(--_article-body-heading-font);
    font-size: calc(var(--news-article-body-drop-cap-lines, 3) * 1.22em);
    font-weight: var(--_font-weight-headline);
    line-height: 0.8;
  }
  @supports (initial-letter: 3) {
    :where(news-article-body[drop-cap]:not(:lang(ar), :lang(fa), :lang(ur)) > p:first-of-type)::first-letter {
      float: none;
      padding: 0;
      font-size: 1em;
      line-height: inherit;
      initial-letter: var(--news-article-body-drop-cap-lines, 3);
    }
  }

  @media (forced-colors: active) {
    :where(news-article-body mark) {
      background: Mark;
      color: MarkText;
    }
    :where(news-article-body) :where(.pull-quote, .pullquote, .wp-block-pullquote, blockquote) {
      border-color: CanvasText;
    }
  }

  @media print {
    :where(news-article-body) {
      max-inline-size: none;
      color: #000;
    }
    :where(news-article-body a[href]) {
      color: inherit;
    }

    :where(news-article-body a[href^='http'])::after {
      content: ' (' attr(href) ')';
      font-family: var(--_font-ui);
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
    :where(news-article-body .news-embed) {
      display: none;
    }
    :where(news-article-body) :where(figure, news-figure, blockquote, pre, tr, .pull-quote, .pullquote) {
      break-inside: avoid;
    }
    :where(news-article-body table) {
      overflow: visible;
    }
    :where(news-article-body p) {
      orphans: 3;
      widows: 3;
    }
  }
`;
