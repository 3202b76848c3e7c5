import { html, nothing, type PropertyValues } from 'lit';
import type { LocaleController } from '../internal/locale-controller.js';
import { OnDemand } from '../internal/on-demand.js';
import { safeUrl } from '../internal/safe-url.js';
import type { NewsFigure } from './figure.js';
import type { MediaKind } from './media.js';

/** The video and audio player's code (media.ts), fetched for a figure that shows one (few do). */
export const mediaCode = new OnDemand('media player', () => import('./media.js'));

/**
 * Asks again for the player's code that failed (the reader is back online) at a later need: a new figure, a new `src` or `type`; not at each render, which a failed attempt
 * brings. Not while hydrating: the drawn player would replace the server's, which may be playing.
 */
export function needPlayer(host: NewsFigure, changed: PropertyValues<NewsFigure>, hydrating: boolean) {
  if (!hydrating && (!host.hasUpdated || changed.has('src') || changed.has('type'))) void mediaCode.retry();
}

/**
 * What a figure shows of its video or audio when the player's code could not load (offline, or a
 * deploy that took the old chunk away): the poster in a plain link to the file, which the browser
 * plays by itself; the caption and credit stay. Not over a player the server drew, which plays
 * without that code (hydration keeps it).
 */
export function mediaLink(host: NewsFigure, kind: MediaKind, language: LocaleController) {
  const src = safeUrl(host.src);
  const poster = kind === 'video' && safeUrl(host.poster, 'image');
  return src && mediaCode.failed && !host.renderRoot.querySelector('video,audio')
    ? html`<a class="link" href=${src}
        >${poster ? html`<img src=${poster} alt="" />` : nothing}<span lang=${language.own || nothing}
          >${language.term(kind === 'video' ? 'mediaVideo' : 'mediaAudio')}</span
        ></a
      >`
    : nothing;
}
