import { html, nothing } from 'lit';
import type { LocaleController } from '../internal/locale-controller.js';
import type { SlotController } from '../internal/slots.js';
import { pixels, text } from '../internal/values.js';
import type { NewsFigure } from './figure.js';
import type { FigureImage } from './image.js';
import type { FigureMedia, MediaKind } from './media.js';
import { mediaLink } from './media-link.js';
import { zoomButton, type ZoomOnDemand } from './zoom-button.js';

const CREDIT = { video: 'creditVideo', audio: 'creditAudio' } as const;

const slot = (name: string, fallback: unknown) => html`<slot name=${name}>${fallback}</slot>`;

/**
 * The figure's shadow DOM: the frame (the user's own image or player, else the one drawn from
 * `src`, and the zoom button), the figcaption and the lightbox. It reads the element's properties
 * from `host`, and is handed what the element keeps private, one argument each (no object to build
 * on every render); `server`: on the server, or hydrating over its HTML.
 */
export function figureView(
  host: NewsFigure,
  language: LocaleController,
  slots: SlotController,
  server: boolean,
  kind: MediaKind | undefined,
  image: FigureImage,
  media: FigureMedia | undefined,
  zoom: ZoomOnDemand,
) {
  const { own, dir } = language;
  const enlarge = text(host.zoomLabel) || language.term('enlarge');
  const caption = text(host.caption);
  const credit = text(host.credit);
  // The server cannot see slotted caption or credit: it keeps both slots in the figcaption.
  const hasCaption = server || slots.hasText('caption') || !!caption;
  const hasCredit = server || slots.hasText('credit') || !!credit;
  const lazy = host.loading !== 'eager';
  const written = image.written();
  const show = !kind && !written && (image.url || image.srcset.value);
  const mark = media?.mark(kind, language.lang, own);
  const photo = language.term(kind ? CREDIT[kind] : 'photo');
  // The built-in label is in the figure's language, which `locale` may set apart from the page's.
  const creditLabel =
    server && !credit
      ? nothing
      : text(host.creditLabel)
        ? html`<span class="visually-hidden">${text(host.creditLabel)} </span>`
        : html`<span class="visually-hidden" lang=${own || nothing}>${photo} </span>`;
  // An explicit locale sets the direction; the page's language only when it turns the figure around.
  return html`<figure dir=${own || dir === 'rtl' ? dir : nothing}>
      <div class="frame ${kind && !written ? kind : ''}">
        <slot @slotchange=${image.fit}></slot>
        ${
          show
            ? // Set in this order: WebKit (and Firefox before 2024) heeds `loading` only when it comes
              // before `src`, and a `srcset` after `src` may start a second download.
              html`<img
                part="image"
                loading=${lazy ? 'lazy' : 'eager'}
                fetchpriority=${text(host.fetchPriority) || nothing}
                decoding="async"
                alt=${typeof host.alt == 'string' ? host.alt : nothing}
                width=${pixels(host.width) ?? nothing}
                height=${pixels(host.height) ?? nothing}
                sizes=${text(host.sizes) || (lazy && image.srcset.value ? 'auto, 100vw' : nothing)}
                srcset=${image.srcset.value || nothing}
                src=${image.url || nothing}
                @load=${image.onImage}
                @error=${image.onImage}
              />`
            : nothing
        }
        ${media ? media.player(kind, written) : kind && !written && !server ? mediaLink(host, kind, language) : nothing}
        ${host.zoomable && !host.error && !kind ? zoomButton(enlarge, own, () => zoom.open()) : nothing}
      </div>
      ${
        hasCaption || hasCredit || mark
          ? html`<figcaption
              part="caption"
              class=${server && !caption && !credit && !mark ? 'unseen' : nothing}
            >
              ${mark}${hasCaption ? slot('caption', caption) : nothing}
              ${
                hasCredit
                  ? html`<span class="credit" part="credit"
                      >${creditLabel}${slot(
                        'credit',
                        // The credit is one box and each "Name/Agency" part one box inside it: the
                        // credit goes to the next line whole when it fits there, else breaks after a
                        // slash, never inside a name. The parts go in the credit's own direction
                        // ("AFP/Getty Images" on an Arabic page), not the figure's, which would lay
                        // them out in reverse.
                        credit &&
                          html`<bdi
                            >${credit.split(/(?<=\/)/).map((part) => html`<span>${part}</span><wbr />`)}</bdi
                          >`,
                      )}</span
                    >`
                  : nothing
              }
            </figcaption>`
          : nothing
      }
      <div hidden>
        ${hasCaption ? nothing : slot('caption', '')}${hasCredit ? nothing : slot('credit', '')}
      </div>
    </figure>
    ${host.zoomable ? zoom.dialog(enlarge, language) : nothing}`;
}
