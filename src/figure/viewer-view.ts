import { css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { LocaleController } from '../internal/locale-controller.js';
import { substitute } from '../internal/translate.js';
import type { Shown } from './viewer-figures.js';
import { numeral } from '../text/numerals.js';

// Part of the lightbox's chunk (zoom.ts): its template and styles, adopted by the figure's shadow
// root when the controller is made.
//  dialog: the whole viewport, opaque and always dark (a photo reads best on near-black, and the
//    caption over it has one known contrast), the image above its
//    caption. The stage's row is definite, and a flex item's percentage resolves against it, so
//    the image fits (a grid item's would not, in an auto row).
//  .stage: pan-y leaves vertical scrolling and pinch-zoom to the browser and gives horizontal
//    swipes to the pointer events.
//  .close and .step share the zoom button's look: white on a dark, rounded patch; the step buttons
//    sit at the image's two sides, the arrows turned around in right-to-left.
//  img: fades in as each image shows, unless the reader asks for reduced motion. It is not
//    draggable (template), so a mouse swipe is a swipe, not a drag of the picture.
//  .info: the caption starts where the picture does, as under the figure on the page. The picture
//    is centred, so its start is half of what its width (--_figure-viewer-width, from zoom.ts: no
//    CSS can know how wide a picture scaled to fit is, least of all before it loads) leaves;
//    without it (a picture of unknown size, still loading) the caption is centred at its measure.
//    Its lines are as long as the picture is wide, up to the measure, and never shorter than 40ch
//    (about 45 characters) beside a tall narrow picture, unless that would take them past the
//    window's edge: then to that edge (at least half the window).
//  .info a: a caption's link keeps the text's colour (the browser's blue fails on black).
export const styles = css`
  dialog {
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--_space-xl) var(--_space-md) var(--_space-md);
    border: 0;
    background: #121212;
    color: #fff;
  }
  dialog[open] {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    gap: var(--_space-sm);
  }
  dialog .stage {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 0;
    touch-action: pan-y pinch-zoom;
  }
  dialog .stage img {
    max-inline-size: 100%;
    max-block-size: 100%;
    object-fit: contain;
  }
  dialog .info {
    inline-size: min(
      max(var(--_figure-viewer-width, 100%), 40ch),
      var(--_measure),
      (100% + var(--_figure-viewer-width, 100%)) / 2
    );
    margin-inline-start: calc((100% - var(--_figure-viewer-width, min(100%, var(--_measure)))) / 2);
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
    overflow-wrap: anywhere;
  }
  dialog .info p {
    margin: 0;
  }
  dialog .info a {
    color: inherit;
  }
  dialog .credit,
  dialog .count {
    color: #d6d6d6;
    font-size: var(--_font-size-xs);
  }
  dialog .close,
  dialog .step {
    position: absolute;
    padding: var(--_space-xs) var(--_space-md);
    border: 1px solid;
    border-radius: var(--_radius-md);
    background: #000a;
    color: #fff;
    font: var(--_font-size-sm) / var(--_line-height-ui) var(--_font-ui);
    cursor: pointer;
  }
  dialog .close {
    inset-block-start: var(--_space-sm);
    inset-inline-end: var(--_space-sm);
  }
  dialog .step {
    inset-block-start: 40%;
    display: flex;
    padding: var(--_space-sm);
  }
  dialog .previous {
    inset-inline-start: var(--_space-sm);
  }
  dialog .next {
    inset-inline-end: var(--_space-sm);
  }
  dialog .step svg {
    inline-size: 1.5rem;
    fill: currentColor;
  }
  dialog .previous svg {
    rotate: 180deg;
  }
  dialog[dir='rtl'] .step svg {
    transform: scaleX(-1);
  }
  dialog :focus-visible {
    outline-color: #fff;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog .stage img {
      animation: news-figure-in 0.2s ease-out;
    }
  }
  @keyframes news-figure-in {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    dialog {
      border: 1px solid;
    }
  }
`;

/** What the open viewer shows: one figure of a set. */
export interface View {
  shown: Shown;
  index: number;
  total: number;
}

/** What the viewer's controls do. */
export interface Actions {
  step(by: number): void;
  keydown(event: KeyboardEvent): void;
  click(event: Event): void;
  pointerdown(event: PointerEvent): void;
  pointerup(event: PointerEvent): void;
  fit(): void;
  close(): void;
  closed(): void;
}

/** A chevron pointing right: "next" in left-to-right; the styles turn it for the others. */
const arrow = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z" />
</svg>`;

/**
 * The viewer: a native modal dialog (the page behind is inert, Escape closes it, Tab stays inside),
 * empty until opened, so the large image is requested only then. Its name is the image's alt; its
 * description, announced again as the reader steps, is "3 of 12", the caption and the credit.
 */
export function viewer(view: View | undefined, label: string, language: LocaleController, on: Actions) {
  const shown = view?.shown;
  const term = language.term.bind(language);
  const several = view && view.total > 1;
  const step = (by: number, key: 'galleryPrevious' | 'galleryNext') =>
    html`<button class="step ${by < 0 ? 'previous' : 'next'}" type="button" @click=${() => on.step(by)}>
      <span class="visually-hidden">${term(key)}</span>${arrow}
    </button>`;
  // Keyboard users close with Escape (native) or the close button; a click on the backdrop is a
  // pointer shortcut, and the arrow keys repeat the step buttons.
  return html`<dialog
    aria-label=${shown?.alt || label}
    aria-describedby="viewer-info"
    dir=${language.dir}
    lang=${language.own || nothing}
    @click=${on.click}
    @keydown=${on.keydown}
    @close=${on.closed}
  >
    <button class="close" type="button" @click=${on.close}>
      <slot name="close-label">${term('close')}</slot>
    </button>
    <div class="stage" @pointerdown=${on.pointerdown} @pointerup=${on.pointerup}>
      ${
        shown?.src
          ? keyed(
              view!.index,
              html`<img
                sizes=${shown.srcset ? '100vw' : nothing}
                srcset=${shown.srcset || nothing}
                src=${shown.src}
                alt=${shown.alt}
                draggable="false"
                @load=${on.fit}
              />`,
            )
          : nothing
      }
    </div>
    <div class="info" id="viewer-info" aria-live="polite">
      ${
        several
          ? html`<p class="count">
              ${substitute(term('galleryPosition'), {
                index: numeral(language.lang, view.index + 1),
                total: numeral(language.lang, view.total),
              })}
            </p>`
          : nothing
      }
      ${shown?.caption.length ? html`<div class="caption">${shown.caption}</div>` : nothing}
      ${
        shown?.credit.length
          ? html`<p class="credit">
              <span class="visually-hidden">${shown.creditLabel || term('photo')} </span>${shown.credit}
            </p>`
          : nothing
      }
    </div>
    ${several ? [step(-1, 'galleryPrevious'), step(1, 'galleryNext')] : nothing}
  </dialog>`;
}
