import { css } from 'lit';

// Comments live here rather than in the stylesheet, which ships as written.
//  .items: a grid of equal columns, as many as fit at --news-gallery-min-size (one on a phone);
//    the slot is display: contents, so the slotted figures are the grid's cells. Every figure has
//    the same aspect-ratio (set by the element), so rows line up and no box waits for its image.
//  --_gallery-crop: the cells' shape while the element has not set each figure's aspect-ratio (a
//    server's gallery before hydration, .served): 4/3, or the attribute's where typed attr() reads it.
//    Then the figures' own aspect-ratio rules, which a property (`aspectRatio = 'auto'`) sets too.
//  carousel: a row of full-width slides that snap; overscroll stays in the row (no back-swipe).
//    Each slide's picture is at most --news-gallery-max-height tall (the figure cuts it).
//    The row is positioned: it holds what its slides position absolutely (a zoom button's hidden
//    label), which Chromium otherwise lets stretch the page sideways.
//    Smooth scrolling comes from the buttons only, and never under reduced motion (the element).
//  .controls: the position then the buttons, at the row's inline end; the chevron points left and
//    is turned for "next", and mirrored again right to left.
//  aria-disabled rather than disabled: a button that reaches the end keeps the focus.
//  figcaption: a rule above it, so that it reads as the gallery's and not the last picture's.
//    .unseen: the server cannot see a slotted caption, so the rule comes with the slotted one and
//    none is drawn without (nor removed at hydration: no shift).
//  forced colours: the buttons draw their own border; the disabled one is GrayText.
export const styles = css`
  :host {
    --_gallery-gap: var(--news-gallery-gap, var(--_space-md));
    --_gallery-color: var(--news-gallery-color, var(--_color-text));
    display: block;
    color: var(--_gallery-color);
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
  }
  .gallery {
    margin: 0;
  }
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--news-gallery-min-size, 12rem), 100%), 1fr));
    gap: var(--_gallery-gap);
    margin: 0;
    padding: 0;
  }
  ::slotted(*) {
    min-inline-size: 0;
    margin: 0;
  }
  :host {
    --_gallery-crop: 4 / 3;
  }
  @supports (aspect-ratio: attr(width type(<number>))) {
    :host([aspect-ratio]:not([aspect-ratio*=':']):not([aspect-ratio='auto'])) {
      --_gallery-crop: attr(aspect-ratio type(*));
    }
  }
  :host([aspect-ratio='auto']) {
    --_gallery-crop: initial;
  }
  .served ::slotted(news-figure) {
    --_figure-crop: var(--_gallery-crop);
  }
  :host([layout='carousel']) .items {
    position: relative;
    display: flex;
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    scrollbar-width: thin;
  }
  :host([layout='carousel']) ::slotted(*) {
    --news-figure-max-height: var(--news-gallery-max-height, 70svh);
    flex: 0 0 100%;
    scroll-snap-align: start;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-sm);
    margin-block-end: var(--_space-sm);
  }
  .position {
    margin-inline-end: auto;
    font-variant-numeric: tabular-nums;
  }
  button {
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 1px solid currentColor;
    border-radius: 50%;
    background: var(--news-gallery-button-background, var(--_color-surface));
    color: inherit;
    cursor: pointer;
  }
  /* Dimmed within, not as a whole: opacity on the button faded its focus ring too (2.2:1). */
  button[aria-disabled='true'] {
    border-color: var(--_color-border);
    border-color: color-mix(in srgb, currentColor 45%, transparent);
    cursor: default;
  }
  button[aria-disabled='true'] svg {
    opacity: 0.45;
  }
  svg {
    inline-size: 1.25rem;
    fill: currentColor;
  }
  .galleryNext svg,
  :dir(rtl) .galleryPrevious svg {
    transform: scaleX(-1);
  }
  :dir(rtl) .galleryNext svg {
    transform: none;
  }
  figcaption {
    color: var(--_gallery-color);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  figcaption,
  .unseen ::slotted(*) {
    margin-block-start: var(--_space-md);
    padding-block-start: var(--_space-sm);
    border-block-start: 1px solid var(--news-gallery-rule-color, var(--_color-border));
  }
  .unseen {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .unseen ::slotted(*) {
    display: block;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
