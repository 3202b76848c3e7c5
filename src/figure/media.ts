import { html, isServer, nothing, type ReactiveController } from 'lit';
import { safeUrl } from '../internal/safe-url.js';
import { pixels, quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import { clockText, durationSeconds, spokenDuration } from '../text/duration.js';
import type { NewsFigure } from './figure.js';

// This module is a chunk of its own: a figure fetches it only when it shows a video or an audio
// clip (figure.ts holds its updates until it lands, so a player is never drawn without it).

/** What a figure shows besides a picture. */
export type MediaKind = 'video' | 'audio';

/** A text track of the figure's own player: `<track>`'s attributes. */
export interface FigureTrack {
  /** The WebVTT file (http(s) or relative; anything else is left out). */
  src: string;
  /** `subtitles` (default), `captions`, `descriptions` or `chapters`. */
  kind?: string;
  /** Its language (BCP 47). */
  srclang?: string;
  /** Its name in the player's menu. */
  label?: string;
  /** Shown from the start. */
  default?: boolean;
}

const KINDS = /^(subtitles|captions|descriptions|chapters|metadata)$/;
const CROSS_ORIGIN = /^(anonymous|use-credentials)$/;
/** The figure's own `<video>` or `<audio>`, slotted or drawn, and the `<source>` it tried last. */
const PLAYER = /^(video|audio)$/;

type Report = (ok: boolean, media?: HTMLMediaElement) => void;

/** A safe address that is one ("https://", from an empty CMS field, passes the scheme check). */
function address(value: unknown): string | undefined {
  const url = safeUrl(value);
  return url && URL.canParse(url, globalThis.document?.baseURI ?? 'https://server.invalid/')
    ? url
    : undefined;
}

/**
 * A video or audio figure's player: the browser's own controls, with the poster and tracks given,
 * the box reserved before anything loads, and load and error reported as an image's are.
 */
export class FigureMedia implements ReactiveController {
  /** The length the media itself reported once its metadata loaded. */
  private seconds?: number;

  constructor(
    private readonly host: NewsFigure,
    private readonly report: Report,
  ) {
    host.addController(this);
    // Neither event bubbles; both pass the shadow root on their way, from a slotted player too.
    const root = host.renderRoot;
    root?.addEventListener('loadedmetadata', this.onEvent, true);
    root?.addEventListener('error', this.onEvent, true);
  }

  hostConnected(): void {
    // A slotted player may have loaded (or failed) before this code arrived.
    if (!isServer) this.settle(this.host.querySelector(':scope>:is(video,audio):not([slot])'));
  }

  /** Reports `player` if it loaded its metadata or failed before this code could hear it: no event comes again. */
  settle(player: HTMLMediaElement | null) {
    if (player?.error) this.report(false, player);
    else if (player && player.readyState > 0) this.loaded(player);
  }

  private onEvent = (event: Event) => {
    const target = event.target as Element;
    // A <track> that fails is the subtitles' problem, not the player's; a <source> fails the
    // player only when it was the last one to try.
    const media = PLAYER.test(target.localName)
      ? target
      : target.localName === 'source' && !target.nextElementSibling?.matches('source')
        ? target.parentElement
        : null;
    if (!(media instanceof HTMLMediaElement)) return;
    if (event.type === 'error') this.report(false, media);
    else this.loaded(media);
  };

  private loaded(media: HTMLMediaElement) {
    const seconds = media.duration;
    // A live stream's duration is Infinity; an unknown one NaN: neither is shown.
    this.seconds = Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
    this.report(true, media);
    this.host.requestUpdate();
  }

  /** The player drawn from `src`, or nothing when the figure has its own. */
  player(kind: MediaKind | undefined, own: boolean) {
    const host = this.host;
    if (own || !kind) return nothing;
    const src = safeUrl(host.src);
    const poster = kind === 'video' ? safeUrl(host.poster, 'image') : undefined;
    if (text(host.poster) && kind === 'video' && !poster)
      warnOnce(
        host,
        'poster',
        `<news-figure> ignored the poster ${quote(host.poster)}: not an http(s) or relative URL.`,
      );
    const crossOrigin = CROSS_ORIGIN.exec(text(host.crossOrigin))?.[0];
    if (text(host.crossOrigin) && !crossOrigin)
      warnOnce(
        host,
        'crossorigin',
        `<news-figure> crossorigin ${quote(host.crossOrigin)} is not anonymous or use-credentials; ignored.`,
      );
    // (Lit reads a `tracks` attribute that is no JSON as null.)
    if (!Array.isArray(host.tracks) && (host.tracks != null || host.hasAttribute('tracks')))
      warnOnce(
        host,
        'tracks',
        '<news-figure> tracks must be a JSON list of { src, srclang, label, kind }; ignored.',
      );
    const tracks = (Array.isArray(host.tracks) ? (host.tracks as unknown[]) : []).map((value) => {
      const track = (value ?? {}) as Partial<Record<keyof FigureTrack, unknown>>;
      const url = address(track.src);
      if (!url)
        warnOnce(
          host,
          'track src',
          `<news-figure> left out subtitles whose src ${quote(track.src)} is no http(s) or relative URL.`,
        );
      const kind = text(track.kind);
      if (url && !crossOrigin && !isServer && new URL(url, document.baseURI).origin !== location.origin)
        warnOnce(
          host,
          'track origin',
          `<news-figure> subtitles ${quote(url)} come from another origin: set crossorigin="anonymous" (and CORS headers on the media's server), or most browsers do not show them.`,
        );
      return url
        ? html`<track
            src=${url}
            kind=${KINDS.test(kind) ? kind : 'subtitles'}
            srclang=${text(track.srclang) || nothing}
            label=${text(track.label) || nothing}
            ?default=${track.default === true}
          />`
        : nothing;
    });
    const size = [pixels(host.width) ?? nothing, pixels(host.height) ?? nothing] as const;
    return kind === 'video'
      ? html`<video
          part="media"
          ?hidden=${host.error}
          controls
          preload="metadata"
          src=${src || nothing}
          crossorigin=${crossOrigin ?? nothing}
          poster=${poster || nothing}
          width=${size[0]}
          height=${size[1]}
        >
          ${tracks}
        </video>`
      : html`<audio
          part="media"
          ?hidden=${host.error}
          controls
          preload="metadata"
          src=${src || nothing}
          crossorigin=${crossOrigin ?? nothing}
        >
          ${tracks}
        </audio>`;
  }

  /** "3:20" in the language's digits, and "3 minutes, 20 seconds" for screen readers; or nothing. */
  mark(kind: MediaKind | undefined, lang: string, own?: string) {
    if (!kind) return undefined;
    const written = this.host.duration;
    const given = written == null || written === '' ? undefined : durationSeconds(written);
    if (given === undefined && (typeof written === 'number' || text(written)))
      warnOnce(
        this.host,
        'duration',
        `<news-figure duration=${quote(written)}> is not a duration like 200 (seconds), PT3M20S or 3:20; it is ignored.`,
      );
    else clearWarning(this.host, 'duration');
    const seconds = given || this.seconds;
    if (!seconds) return undefined;
    return html`<span class="duration" part="duration" lang=${own || nothing}
      ><span aria-hidden="true">${clockText(seconds, lang)}</span
      ><span class="visually-hidden">${spokenDuration(seconds, lang)}</span></span
    > `;
  }
}
