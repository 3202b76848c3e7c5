import { css } from 'lit';

// Comments live here rather than in the stylesheet, which ships as written.
//  .frame: the image's box. With overflow other than visible, aspect-ratio is a fixed box that
//    content cannot stretch. Its shape: the crop the figure was given (--_figure-aspect, from the
//    aspect-ratio attribute), else a crop the page's theme sets (--_figure-crop: a gallery's cells
//    before its code has come, themes/preload.css), else the picture's own (--_figure-ratio).
//    Its width is given, not auto: else a capped height (--news-figure-max-height) would narrow it
//    through the ratio instead of cutting the picture. Its background is the placeholder until the image is painted; with
//    nothing to size it by, a missing image still gets a placeholder of a common shape (3:2).
//  [error]: no broken-image icon or alt text drawn over the placeholder; the alt stays for
//    screen readers (opacity, not visibility). A failed player is hidden instead, so no invisible
//    control keeps focus (media.ts hides its own with `hidden`); a video fills its reserved box as
//    an image does (its poster's shape, or 16:9); an audio player's row is one height in every
//    engine (their own differ), kept before the player's code arrives and in themes/preload.css.
//  figcaption: overflow-wrap lets a pasted URL wrap instead of widening the column.
//    .unseen: drawn by the server, which cannot see whether a caption or credit is slotted: it takes
//    no room when none is (no box left to go at hydration); a slotted one gets its gap only then.
//  .credit's generated boxes (figure-view.ts): an atomic box moves to the next line whole, and
//    wraps inside only when longer than a line. The whole credit is one (else "Jo Lee/" ended a
//    caption's line and "Harbour Herald" began the next), each slash-separated part another (a long
//    credit breaks after a slash, not inside a name).
//  wide and full-bleed break out of a centred column by the same amount on both sides; their
//    caption starts where the column's text does (100cqi: the nearest container, the article's
//    body; with none, the viewport, which leaves the small gutter).
//    Its lines stay at a readable measure (ch of the caption's own font) on a wide screen.
//  .link: the video or audio file, in place of a player whose code could not load (media-link.ts),
//    its name a badge on the poster.
//  .zoom: a button laid over the image; its focus ring (and the link's) sits inside the image and
//    is two-tone so it shows on dark and light pictures alike. The dialog's styles come with its
//    code (zoom.ts).
//  forced colours replace backgrounds: the placeholder gets an outline to stay visible.
export const styles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0;
  }
  .frame {
    aspect-ratio: var(--_figure-aspect, var(--_figure-crop, var(--_figure-ratio, auto)));
    inline-size: 100%;
    max-block-size: var(--news-figure-max-height, none);
    position: relative;
    overflow: hidden;
    border-radius: var(--news-figure-radius, 0);
    background: var(--news-figure-placeholder-color, var(--_color-placeholder));
  }
  :host([loaded]) .frame {
    background: none;
  }
  .frame.audio {
    block-size: var(--news-figure-audio-size, 3.5rem);
  }
  :host([error]) .frame {
    aspect-ratio: var(--_figure-aspect, var(--_figure-crop, var(--_figure-ratio, 3 / 2)));
  }
  .frame img,
  .frame video,
  .frame audio,
  ::slotted(img),
  ::slotted(picture),
  ::slotted(a:not([slot])),
  ::slotted(video),
  ::slotted(audio) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    object-position: var(--_figure-focus, var(--news-figure-object-position, 50% 50%));
  }
  /* The picture's slot only: a slotted caption and credit stay readable. */
  :host([error]) .frame img,
  :host([error]) .frame ::slotted(*) {
    opacity: 0;
  }
  :host([error]) .frame ::slotted(video),
  :host([error]) .frame ::slotted(audio) {
    visibility: hidden;
  }
  .frame [hidden] {
    display: none;
  }
  .duration {
    font-weight: 600;
  }
  figcaption {
    margin-block-start: var(--news-figure-gap, var(--_space-sm));
    padding-inline: var(--_figure-gutter, 0);
    color: var(--news-figure-caption-color, var(--_color-text));
    font: var(--news-figure-caption-size, var(--_font-size-sm)) /
      var(--news-figure-caption-line-height, var(--_line-height-ui))
      var(--news-figure-caption-font, var(--_font-ui));
    text-align: start;
    overflow-wrap: anywhere;
  }
  .unseen {
    margin-block-start: 0;
  }
  .credit {
    color: var(--news-figure-credit-color, var(--_color-text-muted));
    font-size: var(--news-figure-credit-size, var(--_font-size-xs));
  }
  .credit slot bdi,
  .credit slot span {
    display: inline-block;
  }
  :host([layout='wide']) {
    --_figure-size: min(var(--news-figure-wide-size, 60rem), 100vw);
  }
  :host([layout='full-bleed']) {
    --_figure-size: var(--news-figure-bleed-size, 100vw);
  }
  :host([layout='wide']),
  :host([layout='full-bleed']) {
    --_figure-gutter: max(var(--_space-md), (var(--_figure-size) - 100cqi) / 2);
    margin-inline: min(0px, (100% - var(--_figure-size)) / 2);
  }
  :host([layout='wide']) figcaption,
  :host([layout='full-bleed']) figcaption {
    box-sizing: content-box;
    max-inline-size: min(var(--_measure), 100% - 2 * var(--_figure-gutter));
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
    display: flex;
    align-items: end;
    justify-content: end;
    padding: var(--_space-sm);
    border: 0;
    background: none;
    cursor: zoom-in;
  }
  .link {
    position: absolute;
    inset: 0;
  }
  .link span {
    position: absolute;
    inset-block-end: var(--_space-sm);
    inset-inline-start: var(--_space-sm);
    padding: 0.25rem 0.625rem;
    border-radius: var(--_radius-md);
    background: #000a;
    color: #fff;
    font: 600 var(--_font-size-sm) / 1.4 var(--_font-ui);
  }
  .zoom:focus-visible,
  .link:focus-visible {
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px #fff;
  }
  .zoom svg {
    border-radius: var(--_radius-md);
    background: #000a;
    color: #fff;
    fill: currentColor;
    inline-size: 1.25rem;
    padding: 0.375rem;
  }
  @media (forced-colors: active) {
    :host(:not([loaded])) .frame {
      outline: 1px solid;
      outline-offset: -1px;
    }
    .zoom svg {
      fill: ButtonText;
      background: ButtonFace;
    }
  }
`;
