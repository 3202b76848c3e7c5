import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/en.js';
import { inCapitals } from '../internal/capitals.js';
import { oneOf } from '../internal/choice.js';
import { OnDemand } from '../internal/on-demand.js';
import { foreignWording } from '../internal/translate.js';
import { text } from '../internal/values.js';
import { clearWarning } from '../internal/warn.js';

/** What a story is, drawn as its badge. `sponsored` and `paid` are the "Sponsored" mark. */
export type LabelKind = 'live' | 'opinion' | 'analysis' | 'breaking' | 'sponsored' | 'paid';
export const LABEL_KINDS: readonly LabelKind[] = [
  'live',
  'opinion',
  'analysis',
  'breaking',
  'sponsored',
  'paid',
];

/** What the story mostly is besides text. */
export type MediaKind = 'video' | 'audio' | 'gallery';
export const MEDIA_KINDS: readonly MediaKind[] = ['video', 'audio', 'gallery'];

type Term = (key: keyof Translation) => string;

const BADGES = {
  live: 'liveNow',
  opinion: 'labelOpinion',
  analysis: 'labelAnalysis',
  breaking: 'labelBreaking',
} as const;
const MEDIA_NAMES = { video: 'mediaVideo', audio: 'mediaAudio', gallery: 'mediaGallery' } as const;

/** The media mark's code (clock, counts, spoken durations): fetched for a teaser with `media`. */
export const mediaCode = new OnDemand('media mark', () => import('./media-mark.js'));

/** What a teaser with `media` waits for before it renders, so its mark never changes under the reader. */
export const mediaReady = (media: unknown) => (text(media) ? mediaCode.pending : undefined);

/** What the teaser says about itself beside the kicker: its badge, "Sponsored" mark and media mark. */
export interface Indicators {
  kind?: LabelKind | undefined;
  /** The badge's text ('' for none). */
  label: string;
  /** The "Sponsored" (or "Paid content") mark's text ('' for none). */
  sponsored: string;
  media?: { kind: MediaKind; shown: string; spoken: string } | undefined;
  /** The language's pause between two things said in a row: the comma of its "Video, 3 minutes". */
  pause: string;
  /**
   * The language of the badge's, the mark's and the media mark's built-in words when it is not the
   * teaser's (English, on a page in a language not shipped), by part: for a `lang` on each.
   */
  worded: { label?: string | undefined; sponsored?: string | undefined; media?: string | undefined };
}

export interface Given {
  labelKind: unknown;
  label: unknown;
  sponsored: boolean;
  media: unknown;
  duration: unknown;
  count: unknown;
}

/**
 * The teaser's indicators from its attributes, each bad value ignored with one warning. A `label`
 * is the badge's own wording; `label-kind` styles it (and words it when there is no `label`).
 */
export function indicators(host: Element, lang: string, term: Term, given: Given): Indicators {
  const kindWritten = text(given.labelKind);
  const kind = kindWritten
    ? oneOf<LabelKind | ''>(host, 'label-kind', kindWritten, LABEL_KINDS, '', 'showing no label')
    : (clearWarning(host, 'label-kind'), '');
  const paid = kind === 'paid';
  // A sponsored or paid kind is the sponsorship mark: a `label` words that mark, not a badge beside it.
  const mark = kind === 'sponsored' || paid;
  const own = text(given.label);
  const markKey = paid ? 'labelPaid' : 'sponsored';
  const sponsored = given.sponsored || mark ? (mark && own) || term(markKey) : '';
  const label = mark ? '' : kind ? own || term(BADGES[kind]) : own;
  const mediaWritten = text(given.media);
  const media = mediaWritten
    ? oneOf<MediaKind | ''>(host, 'media', mediaWritten, MEDIA_KINDS, '', 'showing no media mark')
    : (clearWarning(host, 'media'), '');
  // (The page's own `label` is in the page's language.)
  const worded = {
    label: kind && !mark && !own ? foreignWording(lang, BADGES[kind]) : undefined,
    sponsored: sponsored && !(mark && own) ? foreignWording(lang, markKey) : undefined,
    media: media ? foreignWording(lang, MEDIA_NAMES[media]) : undefined,
  };
  return {
    kind: kind || undefined,
    label,
    sponsored,
    worded,
    pause: term('mediaSpoken').replace(/\{\w+\}|\s/g, ''),
    // Should the code fail to load, the mark names the medium alone. Its numbers are set the way
    // its words are.
    media: media
      ? (mediaCode.module?.mediaMark(
          host,
          worded.media ?? lang,
          term,
          media,
          term(MEDIA_NAMES[media]),
          given,
        ) ?? {
          kind: media,
          shown: term(MEDIA_NAMES[media]),
          spoken: term(MEDIA_NAMES[media]),
        })
      : undefined,
  };
}

/** The ids the headline's link is described by: the badge, the mark, a pause, the media mark. */
export const describedBy = ({ label, sponsored, media }: Indicators): string =>
  [
    label && 'label',
    sponsored && 'sponsored',
    media && (label || sponsored) && 'pause',
    media && 'media-mark',
  ]
    .filter(Boolean)
    .join(' ');

/**
 * The line above the headline: kicker, badge, "Sponsored" mark and media mark, drawn in capitals
 * and heard as written (`inCapitals`; a slotted kicker cannot be copied). The media mark shows
 * "▶ 3:20" and says "Video, 3 minutes, 20 seconds". What describes the link before the media mark
 * is followed by a pause, heard and not seen (a hidden part the link's description names): a live
 * story with a video is "Live, Video, …", not "Live video".
 */
export function metaLine(kicker: string, hasKicker: boolean, shown: Indicators): TemplateResult {
  const { kind, label, sponsored, media, worded } = shown;
  return html`<p class="meta" part="meta" ?hidden=${!hasKicker && !label && !sponsored && !media}>
    <span class="kicker" part="kicker" ?hidden=${!hasKicker}
      ><slot name="kicker">${kicker && inCapitals(kicker)}</slot></span
    >${
      label
        ? html`<span
            class="badge ${kind ? `kind-${kind}` : ''}"
            part="label"
            id="label"
            lang=${worded.label ?? nothing}
            >${kind === 'live' || kind === 'opinion' ? html`<span class="sign" aria-hidden="true"></span>` : nothing}${inCapitals(label)}</span
          >`
        : nothing
    }${
      sponsored
        ? html`<span class="sponsored" part="sponsored" id="sponsored" lang=${worded.sponsored ?? nothing}
            ><slot name="sponsored-label">${inCapitals(sponsored)}</slot></span
          >`
        : nothing
    }${media && (label || sponsored) ? html`<span id="pause" hidden>${shown.pause}</span>` : nothing}${
      media
        ? html`<span
            class="media-mark ${media.kind}"
            part="media"
            id="media-mark"
            lang=${worded.media ?? nothing}
            ><span class="icon" aria-hidden="true"></span><span aria-hidden="true">${media.shown}</span
            ><span class="visually-hidden">${media.spoken}</span></span
          >`
        : nothing
    }
  </p>`;
}
