import { css } from 'lit';

// The gallery's rules of the preload sheet (src/preload.ts), which gives them the same condition as
// every other element's: `:not(:defined)` there stands for "waiting for a script".

/*
 * A gallery drawn as its first render will be: its figures are the cells of a grid on the host (or
 * the carousel's slides, a row the reader can already scroll, under the buttons' row), its caption
 * under a rule. Each picture is cut to the gallery's shape (4/3, or its `aspect-ratio` where typed
 * attr() reads it) by `--_figure-crop`, which a figure that has upgraded while the gallery's code,
 * on sight, is still on its way reads too; the carousel's cap (`--news-gallery-max-height`) likewise.
 */
export const gallery = css`
  :where(news-gallery:not(:defined)) {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--news-gallery-min-size, 12rem), 100%), 1fr));
    gap: var(--news-gallery-gap, var(--_space-md));
    color: var(--news-gallery-color, var(--_color-text));
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
    --_preload-crop: 4 / 3;
  }
  @supports (aspect-ratio: attr(width type(<number>))) {
    :where(news-gallery:not(:defined)[aspect-ratio]:not([aspect-ratio*=':'])) {
      --_preload-crop: attr(aspect-ratio type(*));
    }
  }
  :where(news-gallery:not(:defined)) > :where(*) {
    min-inline-size: 0;
    margin: 0;
  }
  /* The carousel: a row of slides the reader can already scroll, the buttons' row reserved above. */
  :where(news-gallery:not(:defined)[layout='carousel']) {
    grid-template-columns: none;
    grid-auto-flow: column;
    grid-auto-columns: 100%;
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    scrollbar-width: thin;
    padding-block-start: calc(2.75rem + var(--_space-sm));
  }
  :where(news-gallery:not(:defined)[layout='carousel']) > :where(:not([slot='caption'])) {
    --news-figure-max-height: var(--news-gallery-max-height, 70svh);
    grid-row: 1;
    scroll-snap-align: start;
  }
  :where(news-gallery:not(:defined):not([aspect-ratio='auto'])) > :where(news-figure:not([aspect-ratio])) {
    --_figure-crop: var(--_preload-crop);
  }
  :where(news-gallery:not(:defined):not([aspect-ratio='auto']))
    > :where(news-figure:not(:defined):not([aspect-ratio]))::before,
  :where(news-gallery:not(:defined):not([aspect-ratio='auto']))
    > :where(news-figure:not(:defined):not([aspect-ratio]))
    > :where(img:not([slot]), picture:not([slot]) > img) {
    aspect-ratio: var(--_figure-crop);
  }
  :where(news-gallery:not(:defined)) > :where([slot='caption']),
  :where(news-gallery:not(:defined)[caption]:not([caption='']):not(:has(> [slot='caption'])))::after {
    grid-column: 1 / -1;
    margin-block-start: calc(var(--_space-md) - var(--news-gallery-gap, var(--_space-md)));
    padding-block-start: var(--_space-sm);
    border-block-start: 1px solid var(--news-gallery-rule-color, var(--_color-border));
    overflow-wrap: anywhere;
  }
  :where(news-gallery:not(:defined)[caption]:not([caption='']):not(:has(> [slot='caption'])))::after {
    content: attr(caption);
  }
  :where(news-gallery:not(:defined)[layout='carousel']) > :where([slot='caption']),
  :where(news-gallery:not(:defined)[layout='carousel'])::after {
    grid-row: 2;
    grid-column: 1;
  }
`;
