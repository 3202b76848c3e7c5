// schema.org VideoObject and AudioObject for a story's video and audio, as `<news-figure
// type="video" | "audio">` shows them: the file, its poster, how long it runs.
import { quote } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { durationSeconds, isoDuration } from '../text/duration.js';
import { absolute, clean, date, positive } from './values.js';

/** A video or audio clip as `<news-figure>` takes it (`src`, `poster`, `duration`, `caption`, `credit`). */
export interface ArticleMedia {
  /** The media file: `contentUrl`. */
  src: string;
  /** The poster image (a video's first frame, a podcast's cover): `thumbnailUrl`. */
  poster?: string;
  /** How long it runs: seconds (`200`), ISO 8601 (`PT3M20S`) or a clock (`3:20`). */
  duration?: number | string;
  /** Its title (`name`); the caption when there is none, as Google requires one. */
  name?: string;
  caption?: string;
  credit?: string;
  /** When it was published: ISO 8601 (`uploadDate`); the story's `datetime` when there is none. */
  uploadDate?: string;
  width?: number;
  height?: number;
}

export interface JsonLdMedia {
  '@type': 'VideoObject' | 'AudioObject';
  contentUrl: string;
  name?: string;
  description?: string;
  thumbnailUrl?: string;
  duration?: string;
  uploadDate?: string;
  width?: number;
  height?: number;
  creditText?: string;
}

/** The MediaObject for `value`, or undefined (one warning) when its file URL is missing or unsafe. */
export function mediaObject(
  data: object,
  value: unknown,
  base: string | undefined,
  type: JsonLdMedia['@type'],
  published?: string,
): JsonLdMedia | undefined {
  const item = (typeof value === 'string' ? { src: value } : (value ?? {})) as Partial<ArticleMedia>;
  const contentUrl = absolute(data, 'media', item.src, base, 'link');
  if (!contentUrl) return undefined;
  const out: JsonLdMedia = { '@type': type, contentUrl };
  const caption = clean(item.caption);
  const name = clean(item.name) || caption;
  if (name) out.name = name;
  if (caption) out.description = caption;
  const thumbnailUrl = absolute(data, 'poster', item.poster, base, 'image');
  if (thumbnailUrl) out.thumbnailUrl = thumbnailUrl;
  const seconds = durationSeconds(item.duration);
  if (seconds) out.duration = isoDuration(seconds);
  else if (item.duration != null && item.duration !== '')
    warnOnce(data, 'duration', `schema: duration ${quote(item.duration)} is not a duration; left out.`);
  const uploadDate = date(data, 'uploadDate', item.uploadDate) ?? published;
  if (uploadDate) out.uploadDate = uploadDate;
  const width = positive(item.width);
  const height = positive(item.height);
  if (width && height) Object.assign(out, { width, height });
  const credit = clean(item.credit);
  if (credit) out.creditText = credit;
  return out;
}
