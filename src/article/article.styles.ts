import { css } from 'lit';
import { columnMeasure } from '../internal/tokens.styles.js';

export const styles = css`
  :host {
    --_article-gap: var(--news-article-gap, var(--_space-xl));
    --_article-related: var(--news-article-related-width, 20rem);
    display: block;
    container-type: inline-size;
    color: var(--_color-text);
  }
  :host([hidden]) {
    display: none;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  /* The text column: as wide as the body's measure, in the body's font, so headline and text align. */
  .column {
    max-inline-size: ${columnMeasure};
    margin-inline: auto;
    font-family: var(--news-article-body-font, var(--_font-body));
    font-size: var(--news-article-body-font-size, var(--_font-size-md));
  }
  /* The story is the container a wide or full-bleed figure aligns its caption with (in light DOM:
     WebKit looks for a figure's container among its host's ancestors, not through the slot). */
  ::slotted(news-article-body) {
    container-type: inline-size;
  }
  /* A container has no width of its own to give: the column takes the measure, not its content's. */
  [part='body'] {
    inline-size: 100%;
  }
  header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-sm);
    margin-block-end: var(--_space-lg);
  }
  ::slotted([slot='kicker']) {
    margin: 0;
    color: var(--news-article-kicker-color, var(--_color-accent));
    font: 700 var(--_font-size-xs) / var(--_line-height-ui) var(--_font-ui);
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  ::slotted([slot='headline']) {
    margin: 0;
    font-family: var(--_font-headline);
    font-size: var(
      --news-article-headline-size,
      clamp(var(--_font-size-2xl), 1.4rem + 2.5cqi, var(--_font-size-3xl))
    );
    font-weight: var(--_font-weight-headline);
    line-height: var(--_line-height-headline);
    text-wrap: balance;
  }
  ::slotted([slot='standfirst']) {
    margin: var(--news-article-standfirst-gap, 0px) 0 0;
    color: var(--_color-text-muted);
    font-family: var(--_font-body);
    font-size: var(--_font-size-lg);
    line-height: 1.45;
    text-wrap: pretty;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-md);
    margin-block-start: var(--_space-sm);
    color: var(--_color-text-muted);
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
  }
  /* "6 Min. Lesezeit": Intl separates the number and its unit with a plain space in some languages. */
  [part='reading-time'] {
    white-space: nowrap;
  }
  /* The byline has its line, the dateline and reading time the next: a dateline beside a short
     byline would drop under a long one (or its "Updated" part) as it is drawn, and before the
     script the preload rules cannot know which (src/preload-article.ts). */
  ::slotted([slot='byline']) {
    flex-basis: 100%;
    margin: 0;
    color: var(--_color-text);
    font-weight: 600;
  }
  ::slotted([slot='partner']) {
    margin-block-start: var(--_space-sm);
  }
  /* The lead's caption starts where the text column does. The inset is worked out in the body's
     font (its ch is the measure's) and reaches the caption as a length: the property is registered
     (leadInset), else the caption's smaller type would resolve the ch. On the slot, whose parent has
     the same font: Firefox takes a ch that comes through var() from the parent's font. */
  .lead {
    margin-block-end: var(--_space-lg);
    font-family: var(--news-article-body-font, var(--_font-body));
    font-size: var(--news-article-body-font-size, var(--_font-size-md));
  }
  .lead > slot {
    --_article-lead-inset: max(0px, (100% - ${columnMeasure}) / 2);
  }
  ::slotted([slot='lead']) {
    margin: 0;
  }
  /* (A wide or full-bleed lead insets its caption itself, from the container it bleeds out of.
     A thumbnail's caption is beside its picture, in the text column.) */
  ::slotted(news-figure[slot='lead']:not([layout='wide'], [layout='full-bleed'], [layout='thumbnail'])) {
    --_figure-gutter: var(--_article-lead-inset);
  }
  /* A thumbnail lead, a small picture beside its caption, sits in the text column. */
  ::slotted(news-figure[slot='lead'][layout='thumbnail']) {
    margin-inline: var(--_article-lead-inset);
  }
  ::slotted([slot='related']) {
    margin-block-start: var(--_article-gap);
  }
  /* The story's furniture beside its body (the contents, sharing, a notice) is set apart from it and
     from each other, as the header is (the margins collapse). An age notice with nothing to say is
     not drawn at all. */
  ::slotted(news-toc),
  ::slotted(news-share),
  ::slotted(news-notice) {
    margin-block: var(--_space-lg);
  }

  /* Wide: related stories move beside the story, in a column only as wide as they need. */
  @container (min-width: 64rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) fit-content(
          calc(var(--_article-related) + 2 * var(--_article-gap) + 1px)
        );
    }
    ::slotted([slot='related']) {
      margin-block-start: 0;
      margin-inline-start: var(--_article-gap);
      padding-inline-start: var(--_article-gap);
      border-inline-start: 1px solid var(--_color-border);
    }
    /* Stories from a feed arrive after the page is laid out: their column is as wide from the start. */
    ::slotted(news-teaser-list[src]) {
      inline-size: var(--_article-related);
    }
  }

  @media (forced-colors: active) {
    ::slotted([slot='related']) {
      border-color: CanvasText;
    }
  }

  /* Paper: the story, its captions and link addresses (the body prints those); no related stories. */
  @media print {
    :host {
      color: #000;
    }
    .layout {
      display: block;
    }
    .column {
      max-inline-size: none;
    }
    .lead > slot {
      --_article-lead-inset: 0px;
    }
    .related,
    ::slotted([slot='related']) {
      display: none;
    }
    .lead {
      break-inside: avoid;
    }
    ::slotted([slot='headline']) {
      break-after: avoid;
    }
  }
`;

/**
 * The lead caption's inset, registered so that it is a length computed where it is declared, in
 * the text column's font, its percentage left for the caption's box. From the page (here and in the
 * preload rules), because not every engine sees `@property` in a shadow root; unregistered, the
 * caption's own ch stands in.
 */
export const leadInset = css`
  @property --_article-lead-inset {
    syntax: '<length-percentage>';
    inherits: true;
    initial-value: 0px;
  }
`;

/**
 * For the light DOM (adopted into the page): links in the header slots are part of the text, so
 * they keep its colour, with a visible focus ring. Zero specificity, so a site's rules win.
 */
export const lightStyles = css`
  ${leadInset}
  :where(news-article > a[href][slot]),
  :where(
    news-article
      > :is([slot='kicker'], [slot='headline'], [slot='standfirst'], [slot='byline'], [slot='dateline'])
      a[href]
  ) {
    color: inherit;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }
  :where(news-article > [slot] a[href]):focus-visible {
    outline: 3px solid var(--_color-focus-ring);
    outline-offset: 2px;
  }
`;
