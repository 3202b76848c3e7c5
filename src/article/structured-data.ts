// The JSON-LD of <news-article structured-data>, loaded only by articles that ask for it: reading
// the story back from the light DOM is for crawlers, and most pages never pay for it.
import { parseIso } from '../text/date-pattern.js';
import { canonicalLocale } from '../internal/locale.js';
import { dateText, quote, text } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';
import {
  jsonForScript,
  newsArticleSchema,
  type ArticleAuthor,
  type ArticleCorrection,
  type ArticleData,
  type ArticleMedia,
} from '../schema/index.js';
import type { BylineAuthor, NewsByline } from '../byline/byline.js';

/** What the article element gives: its light DOM and its publisher properties. */
interface StructuredDataHost extends HTMLElement {
  publisher: unknown;
  publisherUrl: unknown;
  publisherLogo: unknown;
  locale: unknown;
}

/** Text as the schema module takes it (HTML source): escaped, so it is decoded back to itself, once. */
const asHtml = (value: unknown) =>
  text(value).replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A person the byline shows, as the schema module takes one. */
const asPerson = ({ name, url, jobTitle }: BylineAuthor): ArticleAuthor => ({
  name: asHtml(name),
  url,
  jobTitle: asHtml(jobTitle),
});

/**
 * A dateline's date as the dateline reads it (`2012-12-14 23:30`, WordPress's way, and a time
 * without an offset, in its `time-zone`): normalised, with its offset, as search engines take it.
 * One it cannot read is left out: the dateline has warned of it.
 */
function datelineIso(value: string | null | undefined, timeZone: string | undefined): string | undefined {
  if (!value) return undefined;
  // A date, or a time with its offset, is kept as written.
  if (/^\d{4}-\d\d-\d\d$|T.*(?:Z|[+-]\d\d:?\d\d)$/i.test(value.trim())) return value;
  let date;
  try {
    date = parseIso(value, timeZone);
  } catch {
    // A time zone Intl does not know: the dateline warns, and reads the reader's.
    date = parseIso(value);
  }
  if (!date?.floating) return date?.iso;
  // Its wall-clock time with the zone's offset: the day it was written on stays that day (an update
  // at 08:00 in Seoul is not the day before, as it is in UTC).
  const wall = value.trim().replace(' ', 'T');
  const minutes = Math.round((Date.parse(`${wall}Z`) - date.t) / 60000);
  const offset = Math.abs(minutes);
  const hhmm = `${String(Math.floor(offset / 60)).padStart(2, '0')}:${String(offset % 60).padStart(2, '0')}`;
  return Number.isNaN(minutes) ? date.iso : `${wall}${minutes < 0 ? '-' : '+'}${hhmm}`;
}

/**
 * An element's value: for ours, the property a script may have set (frameworks set properties,
 * not attributes), else the attribute; a native image's properties are its drawn size, not its own.
 */
function read(element: Element | null | undefined, name: string, attribute = name): string | null {
  const value = element?.localName.startsWith('news-')
    ? (element as unknown as Record<string, unknown>)[name]
    : undefined;
  return (typeof value === 'number' && value > 0) || (typeof value === 'string' && value.trim())
    ? String(value)
    : (element?.getAttribute(attribute) ?? null);
}

/** A dateline's date: its property (a Date or a timestamp is that instant), else its attribute. */
function readDate(clock: Element | null | undefined, name: string, attribute = name): string | null {
  const value = (clock as unknown as Record<string, unknown> | undefined)?.[name];
  return value instanceof Date || typeof value == 'number' ? dateText(value) : read(clock, name, attribute);
}

/** The story as the schema module takes it, read from the light DOM. */
function articleData(host: StructuredDataHost): ArticleData {
  const slot = (name: string) => host.querySelector<HTMLElement>(`:scope > [slot="${name}"]`);
  const dateline = slot('dateline');
  const clock = dateline?.matches('news-dateline') ? dateline : dateline?.querySelector('news-dateline');
  const times = [...(dateline?.querySelectorAll('time[datetime]') ?? [])];
  const zone = read(clock, 'timeZone', 'time-zone')?.trim() || undefined;
  const lead = slot('lead');
  const img = lead?.matches('news-figure, img') ? lead : lead?.querySelector('news-figure, img');
  const figure = img?.localName === 'news-figure' ? img : undefined;
  // A figure with its own <img> or <picture> (art direction) names no src: its image does.
  const own = figure?.querySelector<HTMLImageElement>(
    ':scope > img:not([slot]), :scope > picture:not([slot]) > img',
  );
  const sized = own ?? img;
  // A video's poster is the story's picture; an audio clip has none to give.
  const picture =
    figure && mediaKind(figure)
      ? read(figure, 'poster')
      : (read(img, 'src') ?? (own && (own.currentSrc || own.getAttribute('src'))));
  const byline = slot('byline');
  const credited = bylineElement(byline)?.shownAuthors ?? [];
  const helped = bylineElement(byline)?.shownReporting ?? [];
  const named = [...(byline?.querySelectorAll('[itemprop~="author"], [rel~="author"]') ?? [])];
  const links = named.length ? named : [...(byline?.querySelectorAll('a[href]') ?? [])];
  const bylineText = (byline?.textContent ?? '').replace(/^\s*by\s+/i, '');
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return {
    headline: asHtml(slot('headline')?.textContent),
    standfirst: asHtml(slot('standfirst')?.textContent),
    kicker: asHtml(slot('kicker')?.textContent),
    url: canonical || location.href.replace(/#.*$/, ''),
    datetime: datelineIso(readDate(clock, 'datetime') ?? times[0]?.getAttribute('datetime'), zone),
    updated: datelineIso(readDate(clock, 'updatedAt', 'updated') ?? times[1]?.getAttribute('datetime'), zone),
    image: picture
      ? {
          src: picture,
          alt: asHtml(read(sized, 'alt')),
          width: Number(read(sized, 'width')) || undefined,
          height: Number(read(sized, 'height')) || undefined,
          caption: asHtml(read(figure, 'caption') ?? lead?.querySelector('figcaption')?.textContent),
          credit: asHtml(read(figure, 'credit')),
        }
      : undefined,
    authors: credited.length
      ? credited.map(asPerson)
      : links.length
        ? links.map((link) => ({
            name: asHtml(link.textContent),
            url: link.getAttribute('href') ?? undefined,
          }))
        : bylineText
            .split(/\s*(?:,|\band\b|&|·)\s*/)
            .map(asHtml)
            .filter(Boolean),
    contributors: helped.map(asPerson),
    // Properties can be set to anything from script: only strings count; the schema module checks
    // the URLs, and warns of one it leaves out.
    publisher: text(host.publisher)
      ? {
          name: asHtml(host.publisher),
          url: text(host.publisherUrl) || undefined,
          logo: text(host.publisherLogo) || undefined,
        }
      : undefined,
    locale: storyLanguage(host),
    corrections: corrections(host),
    video: media(host, 'video'),
    audio: media(host, 'audio'),
  };
}

/**
 * The story's language for `inLanguage`, a BCP 47 tag read as every element reads one (a CMS's
 * `en_GB` is `en-GB`): the article's own `locale`, else the nearest `lang`. A value that is no tag
 * (`x-klingon`, private use, which Intl and search engines do not take) is passed over with one
 * warning; with nothing valid left, `inLanguage` is left out.
 */
function storyLanguage(host: StructuredDataHost): string | undefined {
  const own = text(host.locale);
  const page = text(host.closest('[lang]')?.getAttribute('lang'));
  const tag = canonicalLocale(own) ?? canonicalLocale(page);
  const wrong = canonicalLocale(own) ? '' : own || (tag ? '' : page);
  if (!wrong) clearWarning(host, 'in-language');
  else
    warnOnce(
      host,
      'in-language',
      `<news-article structured-data> ${quote(wrong)} is not a BCP 47 language tag; ${tag ? `inLanguage is the page's, ${tag}` : 'inLanguage is left out'}.`,
    );
  return tag;
}

/** `video` or `audio` for a `<news-figure>` that plays one: its `type`, else its own player. */
const mediaKind = (figure: Element) =>
  /^(video|audio)$/.exec(read(figure, 'type') ?? '')?.[0] ??
  figure.querySelector(':scope > :is(video, audio):not([slot])')?.localName;

/** The article's own video or audio figures, lead and body, as the schema module takes them. */
function media(host: StructuredDataHost, kind: 'video' | 'audio'): ArticleMedia[] {
  return [...host.querySelectorAll('news-figure')]
    .filter((figure) => figure.closest('news-article') === host && mediaKind(figure) === kind)
    .map((figure) => {
      const own = figure.querySelector<HTMLMediaElement>(':scope > :is(video, audio):not([slot])');
      // The figure's, else its slotted player's or that one's first source's.
      const value = (name: string) =>
        read(figure, name) ?? own?.getAttribute(name) ?? own?.querySelector('source')?.getAttribute(name);
      return {
        src: value('src') ?? '',
        poster: value('poster') ?? undefined,
        duration: read(figure, 'duration') || (Number.isFinite(own?.duration) ? own!.duration : undefined),
        caption: asHtml(read(figure, 'caption') ?? figure.querySelector('[slot="caption"]')?.textContent),
        credit: asHtml(read(figure, 'credit') ?? figure.querySelector('[slot="credit"]')?.textContent),
        width: Number(value('width')) || undefined,
        height: Number(value('height')) || undefined,
      };
    });
}

/**
 * The article's own corrections and clarifications: its `<news-notice>`s of those types (not those
 * of an article inside it), their text as written inside them.
 */
function corrections(host: StructuredDataHost): ArticleCorrection[] {
  return [...host.querySelectorAll('news-notice')]
    .filter((notice) => notice.closest('news-article') === host)
    .filter((notice) => /^(correction|clarification)$/.test(text(read(notice, 'type'))))
    .map((notice) => {
      // Read as the notice reads it (WordPress's `2012-12-15 10:00`, a time in its `time-zone`);
      // one it cannot read goes as written, for the schema module to warn of.
      const written = readDate(notice, 'datetime') || undefined;
      const zone = read(notice, 'timeZone', 'time-zone')?.trim() || undefined;
      return { text: asHtml(notice.textContent), datetime: datelineIso(written, zone) ?? written };
    });
}

/** A `<news-byline>` in the byline slot (or the slot's element itself). */
const bylineElement = (byline: HTMLElement | null) =>
  (byline?.matches('news-byline') ? byline : byline?.querySelector('news-byline')) as
    NewsByline | null | undefined;

/**
 * The article's NewsArticle JSON-LD, escaped for a script element; `undefined`, with one warning,
 * when there is no headline to describe. A `<news-byline>` is asked once it has drawn its authors.
 */
export async function articleJsonLd(host: StructuredDataHost): Promise<string | undefined> {
  await bylineElement(host.querySelector(':scope > [slot="byline"]'))?.updateComplete;
  const data = articleData(host);
  // Warnings are the article's: it reads its story afresh on every change, and warns once.
  if (data.headline) return jsonForScript(newsArticleSchema(data, host));
  warnOnce(host, 'structured-data', '<news-article structured-data> needs a headline; none was written.');
  return undefined;
}
