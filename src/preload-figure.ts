import { css } from 'lit';

// The figure's rules of the preload sheet (src/preload.ts), which gives them the same condition as
// every other element's: `:not(:defined)` there stands for "waiting for a script". They come before
// the gallery's, which crop the figures they hold.

/*
 * A figure drawn as its first render will be: a placeholder of the image's shape (from width and
 * height through typed attr(), else 3:2; a video 16:9, an audio player one row; the crop of
 * `aspect-ratio` likewise, but not its 4:3 form, which attr() reads and aspect-ratio refuses: the box
 * would have no height, and a written image lose its shape), or the written image at its final
 * size; the caption and credit from the attributes as generated text, or the slots as written; the
 * wide, full-bleed and thumbnail layouts.
 */
export const figure = css`
  /* On the host, not the caption's own boxes: the line's strut must be the caption's, as inside
     the upgraded figure's <figcaption>, or an inline caption's line grows with the page's font. */
  :where(news-figure:not(:defined)) {
    color: var(--news-figure-caption-color, var(--_color-text));
    font: var(--news-figure-caption-size, var(--_font-size-sm)) /
      var(--news-figure-caption-line-height, var(--_line-height-ui))
      var(--news-figure-caption-font, var(--_font-ui));
    text-align: start;
    overflow-wrap: anywhere;
  }
  :where(
    news-figure:not(:defined):is([src], [srcset]):not(:has(> img:not([slot]), > picture:not([slot])))
  )::before {
    content: '';
    display: block;
    aspect-ratio: 3 / 2;
    aspect-ratio: attr(width type(<number>)) / attr(height type(<number>));
    inline-size: 100%;
    max-block-size: var(--news-figure-max-height, none);
    background: var(--news-figure-placeholder-color, var(--_color-placeholder));
    border-radius: var(--news-figure-radius, 0);
  }
  /* A player from src: a video without its size is 16:9, an audio player one row. */
  :where(news-figure:not(:defined)[type='video']:not([width][height]))::before {
    aspect-ratio: 16 / 9;
  }
  :where(news-figure:not(:defined)[type='audio'])::before {
    aspect-ratio: auto;
    block-size: var(--news-figure-audio-size, 3.5rem);
  }
  :where(news-figure:not(:defined)[aspect-ratio]:not([aspect-ratio*=':']))::before {
    aspect-ratio: attr(aspect-ratio type(*));
  }
  :where(news-figure:not(:defined)) > :where(img:not([slot]), picture:not([slot]) > img) {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: var(--news-figure-max-height, none);
    object-fit: cover;
  }
  @supports (aspect-ratio: attr(width type(<number>))) {
    :where(news-figure:not(:defined)[aspect-ratio]:not([aspect-ratio*=':'])) {
      --_preload-ratio: attr(aspect-ratio type(*));
    }
    :where(news-figure:not(:defined)[aspect-ratio]:not([aspect-ratio*=':']))
      > :where(img:not([slot]), picture:not([slot]) > img) {
      aspect-ratio: var(--_preload-ratio);
    }
  }
  :where(news-figure:not(:defined):has(> [slot='caption'], > [slot='credit'])) > :where(:not([slot])),
  :where(news-figure:not(:defined):has(> [slot='caption'], > [slot='credit']))::before {
    margin-block-end: var(--news-figure-gap, var(--_space-sm));
  }
  :where(news-figure:not(:defined)) > :where([slot='credit']) {
    color: var(--news-figure-credit-color, var(--_color-text-muted));
    font-size: var(--news-figure-credit-size, var(--_font-size-xs));
  }
  :where(
    news-figure:not(:defined):is([caption]:not([caption='']), [credit]:not([credit=''])):not(
        :has(> [slot='caption'], > [slot='credit'])
      )
  )::after {
    content: attr(caption) ' ' attr(credit);
    display: block;
    margin-block-start: var(--news-figure-gap, var(--_space-sm));
  }

  :where(news-figure:not(:defined)[layout='wide']) {
    --_preload-size: min(var(--news-figure-wide-size, 60rem), 100vw);
  }
  :where(news-figure:not(:defined)[layout='full-bleed']) {
    --_preload-size: var(--news-figure-bleed-size, 100vw);
  }
  /* The caption starts where the article's text does, at a readable measure, as once upgraded. */
  :where(news-figure:not(:defined):is([layout='wide'], [layout='full-bleed'])) {
    --_preload-gutter: max(var(--_space-md), (var(--_preload-size) - 100cqi) / 2);
    margin-inline: min(0px, (100% - var(--_preload-size)) / 2);
  }
  :where(news-figure:not(:defined):is([layout='wide'], [layout='full-bleed']))::after {
    max-inline-size: min(var(--_measure), 100% - 2 * var(--_preload-gutter));
    padding-inline: var(--_preload-gutter);
  }
  /* A thumbnail: the picture floats in the figure's inline-start padding and the caption runs beside
     it, never under it, as in the drawn figure's grid (which would split a caption written as
     markup from its credit: they run on in one box once drawn). */
  :where(news-figure:not(:defined)[layout='thumbnail']) {
    --_preload-thumbnail: calc(var(--news-figure-thumbnail-size, 7.5rem) + var(--_space-md));
    display: flow-root;
    padding-inline-start: var(--_preload-thumbnail);
  }
  :where(news-figure:not(:defined)[layout='thumbnail']) > :where(img:not([slot]), picture:not([slot])),
  :where(news-figure:not(:defined)[layout='thumbnail'])::before {
    float: inline-start;
    inline-size: var(--news-figure-thumbnail-size, 7.5rem);
    margin: 0;
    margin-inline-start: calc(-1 * var(--_preload-thumbnail));
  }
  :where(news-figure:not(:defined)[layout='thumbnail'])::after {
    margin: 0;
  }
`;
