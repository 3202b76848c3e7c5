import { css } from 'lit';

export const styles = css`
  :host {
    --_fig-caption-color: var(--news-figure-caption-color, var(--_color-text));
    --_fig-credit-color: var(--news-figure-credit-color, var(--_color-text-muted));
    --_fig-placeholder: var(--news-figure-placeholder-color, var(--_color-placeholder));
    --_fig-position: var(--news-figure-object-position, 50% 50%);
    --_fig-gutter: 0px;
    display: block;
  }
  figure {
    margin: 0;
  }
  .frame {
    position: relative;
    /* With overflow other than visible, aspect-ratio is a fixed box: content cannot stretch it. */
    overflow: hidden;
    border-radius: var(--news-figure-radius, 0);
    background: var(--_fig-placeholder);
  }
  :host([loaded]) .frame {
    background: none;
  }
  /* Nothing to size the box by: a missing image still gets a placeholder of a common shape. */
  :host([error]) .frame {
    aspect-ratio: 3 / 2;
  }
  .frame img,
  ::slotted(img),
  ::slotted(picture) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    object-position: var(--_fig-position);
  }
  /* No broken-image icon and no alt text drawn over the placeholder; the alt stays for screen readers. */
  :host([error]) .frame img,
  :host([error]) ::slotted(*) {
    opacity: 0;
  }
  figcaption {
    margin-block-start: var(--news-figure-gap, var(--_space-sm));
    padding-inline: var(--_fig-gutter);
    color: var(--_fig-caption-color);
    font: var(--news-figure-caption-size, var(--_font-size-sm)) /
      var(--news-figure-caption-line-height, var(--_line-height-ui))
      var(--news-figure-caption-font, var(--_font-ui));
    text-align: start;
    /* A pasted URL or a long compound word wraps instead of widening the column. */
    overflow-wrap: anywhere;
  }
  .credit {
    color: var(--_fig-credit-color);
    font-size: var(--news-figure-credit-size, var(--_font-size-xs));
  }

  /* wide and full-bleed break out of a centred column, symmetrically (margins are logical). */
  :host([layout='wide']) {
    --_fig-size: min(var(--news-figure-wide-size, 60rem), 100vw);
    --_fig-gutter: var(--_space-md);
    margin-inline: min(0px, (100% - var(--_fig-size)) / 2);
  }
  :host([layout='full-bleed']) {
    --_fig-size: var(--news-figure-bleed-size, 100vw);
    --_fig-gutter: var(--_space-md);
    margin-inline: min(0px, (100% - var(--_fig-size)) / 2);
  }
  :host([layout='thumbnail']) figure {
    display: grid;
    grid-template-columns: var(--news-figure-thumbnail-size, 7.5rem) minmax(0, 1fr);
    gap: var(--_space-md);
    align-items: start;
  }
  :host([layout='thumbnail']) figcaption {
    margin: 0;
  }

  .zoom {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: var(--_space-sm);
    border: 0;
    background: none;
    cursor: zoom-in;
    display: flex;
    align-items: end;
    justify-content: end;
  }
  /* Inside the image, and two-tone so it shows on dark and light pictures alike. */
  .zoom:focus-visible {
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px #fff;
  }
  .zoom svg,
  .close {
    border-radius: var(--_radius-md);
    background: rgb(0 0 0 / 0.65);
    color: #fff;
    fill: currentColor;
  }
  .zoom svg {
    inline-size: 1.25rem;
    padding: 0.375rem;
  }
  .zoom:hover svg {
    background: #000;
  }
  dialog {
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--_space-xl) var(--_space-md);
    border: 0;
    background: rgb(0 0 0 / 0.92);
  }
  dialog[open] {
    display: grid;
    place-items: center;
  }
  dialog img {
    max-inline-size: 100%;
    max-block-size: calc(100vh - 2 * var(--_space-xl));
    object-fit: contain;
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space-sm);
    inset-inline-end: var(--_space-sm);
    padding: var(--_space-xs) var(--_space-md);
    border: 1px solid rgb(255 255 255 / 0.7);
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
    cursor: pointer;
  }
  dialog :focus-visible {
    outline-color: #fff;
  }

  @media (forced-colors: active) {
    /* Backgrounds are replaced: outline the placeholder so the reserved box stays visible. */
    :host(:not([loaded])) .frame {
      outline: 1px solid CanvasText;
      outline-offset: -1px;
    }
    .zoom svg {
      fill: ButtonText;
      background: ButtonFace;
    }
  }
`;
