import { css, unsafeCSS } from 'lit';
import { leadInset } from './article/article.styles.js';
import { columnMeasure } from './internal/tokens.styles.js';

// The article shell's rules of the preload sheet (src/preload.ts), which gives them the same
// condition as every other element's: `:not(:defined)` there stands for "waiting for a script".

/*
 * The article shell, one grid on the host in place of its shadow tree's boxes. Its columns: the
 * story's full width (the lead), centred in it the text column (the measure, in the body's font, as
 * the host's is here), then the related stories' column, present from 64rem up when there are any (the container
 * query's width, as a clamped step) and as wide as its limit (a list narrower than that leaves a narrower column once
 * upgraded). Rows 1-7 are the header's and the lead's (the byline and the dateline a row each,
 * as the upgraded header sets them), held by ::before so the body follows them;
 * margins in a grid do not collapse, so they are set to the gaps the shadow tree's flex header and
 * collapsing margins make (one gap between body children: the first's top margin goes). The sheet
 * puts these after the other elements' rules: the article's ::slotted() rules win over a child's own.
 */
/** A lead not drawn yet whose picture and caption take the text column's tracks (its layout's default). */
const lead =
  "news-figure:not(:defined)[slot='lead']:not([layout='wide'], [layout='full-bleed'], [layout='thumbnail'])";
/** A caption or credit written as markup, which a grid would split from each other. */
const written = ":has(> [slot='caption'], > [slot='credit'])";
const columnLead = unsafeCSS(lead);
const captionedLead = unsafeCSS(lead + written);
const uncaptionedLead = unsafeCSS(`${lead}:not(${written})`);

export const article = css`
  ${leadInset}
  :where(news-article:not(:defined)) {
    --_article-gap: var(--news-article-gap, var(--_space-xl));
    --_article-related: var(--news-article-related-width, 20rem);
    --_preload-related: calc(var(--_article-related) + 2 * var(--_article-gap) + 1px);
    --_preload-side: clamp(0px, (100% - 64rem) * 10000 + var(--_preload-related), var(--_preload-related));
    --_preload-edge: max(0px, (100% - var(--_preload-side) - ${columnMeasure}) / 2);
    display: grid;
    grid-template-columns:
      [main-start] var(--_preload-edge) [col-start] minmax(0, 1fr) [col-end]
      var(--_preload-edge) [main-end side-start] var(--_preload-side) [side-end];
    align-items: start;
    container-type: inline-size;
    color: var(--_color-text);
    font-family: var(--news-article-body-font, var(--_font-body));
    font-size: var(--news-article-body-font-size, var(--_font-size-md));
  }
  /* No related stories: no column for them (the upgraded grid's is as wide as its content), here
     and for a lead's picture written around its caption (below). */
  :where(news-article:not(:defined):not(:has(> [slot='related']))) {
    --_preload-related: 0px;
  }
  :where(news-article:not(:defined))::before {
    content: '';
    grid-area: 1 / 1 / 8 / -1;
  }
  :where(news-article:not(:defined))::after {
    content: '';
    grid-area: 4 / col-start / 5 / col-end;
    margin-block-start: var(--_space-sm);
  }
  :where(news-article:not(:defined)) > :where(*) {
    grid-column: col-start / col-end;
  }
  /* As in the upgraded article: the story's container, which wide figures align their captions with.
     A container has no width of its own to give, and a grid item with auto margins asks for one. */
  :where(news-article:not(:defined)) > :where(news-article-body) {
    container-type: inline-size;
    inline-size: 100%;
  }
  :where(news-article:not(:defined)) > :where([slot='kicker']) {
    grid-row: 1;
    margin: 0 0 var(--_space-sm);
    color: var(--news-article-kicker-color, var(--_color-accent));
    font: 700 var(--_font-size-xs) / var(--_line-height-ui) var(--_font-ui);
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  :where(news-article:not(:defined)) > :where([slot='headline']) {
    grid-row: 2;
    margin: 0 0 var(--_space-sm);
    font-family: var(--_font-headline);
    font-size: var(
      --news-article-headline-size,
      clamp(var(--_font-size-2xl), 1.4rem + 2.5cqi, var(--_font-size-3xl))
    );
    font-weight: var(--_font-weight-headline);
    line-height: var(--_line-height-headline);
    text-wrap: balance;
  }
  :where(news-article:not(:defined)) > :where([slot='standfirst']) {
    grid-row: 3;
    margin: var(--news-article-standfirst-gap, 0px) 0 var(--_space-sm);
    color: var(--_color-text-muted);
    font-family: var(--_font-body);
    font-size: var(--_font-size-lg);
    line-height: 1.45;
    text-wrap: pretty;
  }
  :where(news-article:not(:defined)) > :where([slot='byline'], [slot='dateline']) {
    margin: var(--_space-sm) 0 0;
  }
  :where(news-article:not(:defined)) > :where([slot='byline']) {
    grid-row: 4;
    color: var(--_color-text);
    font-weight: 600;
  }
  /* Under the byline, as far as the upgraded row's gap; at the row's top without one. */
  :where(news-article:not(:defined)) > :where([slot='dateline']) {
    grid-row: 5;
    justify-self: start;
  }
  :where(news-article:not(:defined):has(> [slot='byline'])) > :where([slot='dateline']) {
    margin-block-start: var(--_space-xs);
  }
  :where(news-article:not(:defined)) > :where([slot='partner']) {
    grid-row: 6;
    margin: calc(2 * var(--_space-sm)) 0 0;
  }
  :where(news-article:not(:defined)) > :where([slot='lead']) {
    grid-area: 7 / main-start / 8 / main-end;
    margin: var(--_space-lg) 0;
  }
  /* A thumbnail lead, a small picture beside its caption, sits in the text column, as once upgraded. */
  :where(news-article:not(:defined)) > :where(news-figure[slot='lead'][layout='thumbnail']) {
    grid-column: col-start / col-end;
  }
  /* The lead's caption starts where the text column does, as once upgraded. A drawn figure's
     caption is inset by a length worked out on the figure, in the body's font it inherits (Firefox
     takes a ch that comes through var() from the parent's font: here the same). A wide or full-bleed
     lead insets its caption itself, as once upgraded. */
  :where(news-article:not(:defined))
    > :where(news-figure[slot='lead']:not([layout='wide'], [layout='full-bleed'], [layout='thumbnail'])) {
    --_article-lead-inset: max(0px, (100% - ${columnMeasure}) / 2);
    --_figure-gutter: var(--_article-lead-inset);
  }
  /* A figure not drawn yet has the caption's font: its caption takes the text column's tracks instead.
     Only where subgrid is: elsewhere the caption would take a column beside the picture. */
  @supports (grid-template-columns: subgrid) {
    :where(news-article:not(:defined)) > :where(${uncaptionedLead}) {
      display: grid;
      grid-template-columns: subgrid;
    }
    :where(news-article:not(:defined) > ${columnLead}) > :where(*),
    :where(news-article:not(:defined) > ${columnLead})::before {
      grid-column: 1 / -1;
    }
    :where(news-article:not(:defined) > ${columnLead})::after {
      grid-column: col-start / col-end;
    }
    /* A caption written as markup runs on with its credit in one box, which a grid would split: the
       figure takes the text column instead, and its picture reaches out to the lead's width, the
       article's less the related stories' column (in cqi of the article: the picture's percentages
       are the column's). */
    :where(news-article:not(:defined)) > :where(${captionedLead}) {
      --_preload-lead: calc(
        100cqi - clamp(0px, (100cqi - 64rem) * 10000 + var(--_preload-related), var(--_preload-related))
      );
      grid-column: col-start / col-end;
    }
    :where(news-article:not(:defined) > ${captionedLead}) > :where(:not([slot])),
    :where(news-article:not(:defined) > ${captionedLead})::before {
      display: block;
      inline-size: var(--_preload-lead);
      margin-inline: calc((100% - var(--_preload-lead)) / 2);
    }
  }
  /* The upgraded article's inset reaches a figure not drawn yet. */
  :where(news-article:defined > ${columnLead})::after {
    padding-inline: var(--_article-lead-inset);
  }
  :where(news-article:not(:defined)) > :where(:not([slot]) ~ :not([slot])) {
    margin-block-start: 0;
  }
  :where(news-article:not(:defined):not(:has(> [slot='lead'])))
    > :where(:not([slot]):nth-child(1 of :not([slot]))) {
    margin-block-start: var(--_space-lg);
  }
  /* The margins of sharing and notices, as they collapse once upgraded: the space after each, and
     before one that follows the story. (The contents, and an age notice, reserve nothing: their
     upgrade moves the story.) */
  :where(news-article:not(:defined)) > :where(news-share, news-notice:not([type='age'])):where(:not([slot])) {
    margin-block-end: var(--_space-lg);
  }
  :where(news-article:not(:defined))
    > :where(:not([slot], news-toc, news-share, news-notice))
    + :where(news-share, news-notice:not([type='age'])):where(:not([slot])) {
    margin-block-start: var(--_space-lg);
  }
  :where(news-article:not(:defined)) > :where([slot='related']) {
    grid-column: 1 / -1;
    order: 1;
    margin-block-start: var(--_article-gap);
  }
  /* A list's drawn heading keeps its margin inside the list under the upgraded article as it does as
     a grid item here (WebKit lets it out through a list's min-block-size, onto the article's height). */
  :where(news-article > news-teaser-list:not(:defined)) {
    display: flow-root;
  }
  @container (min-width: 64rem) {
    :where(news-article:not(:defined)) > :where([slot='related']) {
      grid-area: 1 / side-start / span 100 / side-end;
      margin-block: 0;
      margin-inline: var(--_article-gap) 0;
      padding-inline-start: var(--_article-gap);
      border-inline-start: 1px solid var(--_color-border);
    }
    :where(news-article:not(:defined)) > :where(news-teaser-list[src][slot='related']) {
      inline-size: var(--_article-related);
    }
  }
`;
