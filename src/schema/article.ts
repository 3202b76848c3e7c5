// The article JSON-LD builders behind news-elements/schema (index.ts says what it promises).
import { canonicalLocale } from '../internal/locale.js';
import { safeUrl } from '../internal/safe-url.js';
import { text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { mediaObject, type ArticleMedia, type JsonLdMedia } from './media.js';
import { absolute, clean, date, positive } from './values.js';

const DAY_ONLY = /^\d{4}-\d\d-\d\d$/;

export { absolute, clean, date };

/** An image as `<news-figure>` takes it (`src`, `alt`, `width`, `height`, `caption`, `credit`). */
export interface ArticleImage {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
}

/** A byline: a name, or a person or organisation with a profile page. */
export type ArticleAuthor =
  string | { name: string; url?: string; type?: 'Person' | 'Organization'; jobTitle?: string };

/** The news organisation that publishes the story. */
export interface ArticlePublisher {
  name: string;
  url?: string;
  /** The publisher's logo: a URL or an image with its size. */
  logo?: string | ArticleImage;
}

/** A correction or clarification of the story, as `<news-notice>` shows it. */
export interface ArticleCorrection {
  /** What was corrected, as text (HTML from a CMS is reduced to its text). */
  text: string;
  /** When the correction was made: ISO 8601, as `<news-notice datetime>`. */
  datetime?: string;
}

/** A story as the elements show it: `<news-article>`'s slots and `<news-dateline>`'s attributes. */
export interface ArticleData {
  /** The headline, as text (HTML from a CMS is reduced to its text). */
  headline: string;
  /** The canonical URL of the story page; relative URLs elsewhere are resolved against it. */
  url?: string;
  /** The standfirst: one or two sentences under the headline (`description`). */
  standfirst?: string;
  /** The kicker or section ("World", "Business"): `articleSection`. */
  kicker?: string;
  /** When it was published: ISO 8601, as `<news-dateline datetime>`. */
  datetime?: string;
  /** When it was last updated: ISO 8601, as `<news-dateline updated>`. */
  updated?: string;
  /** The lead image, or several crops of it (Google prefers 16:9, 4:3 and 1:1). */
  image?: string | ArticleImage | (string | ArticleImage)[];
  /** The story's videos (`video`, each a VideoObject), as `<news-figure type="video">` shows them. */
  video?: ArticleMedia | ArticleMedia[];
  /** The story's audio clips (`audio`, each an AudioObject). */
  audio?: ArticleMedia | ArticleMedia[];
  /** The bylines. */
  authors?: ArticleAuthor | ArticleAuthor[];
  /** Who helped report the story ("Additional reporting by …"): `contributor`. */
  contributors?: ArticleAuthor | ArticleAuthor[];
  publisher?: ArticlePublisher;
  /** Language of the story (BCP 47; a CMS's `en_GB` is read as `en-GB`): `inLanguage`, canonical. */
  locale?: string;
  keywords?: string[];
  /** Paywalled stories: `false` (Google then expects `hasPart` markup for the paywalled section). */
  isAccessibleForFree?: boolean;
  /** Corrections and clarifications: `correction`, each a schema.org CorrectionComment. */
  corrections?: ArticleCorrection[];
}

export interface JsonLdImage {
  '@type': 'ImageObject';
  url: string;
  width?: number;
  height?: number;
  caption?: string;
  creditText?: string;
}

/** schema.org's CorrectionComment: a Comment (`text`, `datePublished`) that corrects the work. */
export interface JsonLdCorrection {
  '@type': 'CorrectionComment';
  text: string;
  datePublished?: string;
}

export interface JsonLdParty {
  '@type': 'Person' | 'Organization';
  name: string;
  url?: string;
  jobTitle?: string;
  logo?: JsonLdImage;
}

/** The NewsArticle object (before serialising). Properties without usable data are left out. */
export type NewsArticleJsonLd = ArticleJsonLd<'NewsArticle'>;

/** An Article of any schema.org type (NewsArticle, LiveBlogPosting): the properties they share. */
export interface ArticleJsonLd<Type extends string> {
  '@context': 'https://schema.org';
  '@type': Type;
  headline?: string;
  description?: string;
  image?: JsonLdImage[];
  video?: JsonLdMedia[];
  audio?: JsonLdMedia[];
  datePublished?: string;
  dateModified?: string;
  author?: JsonLdParty[];
  contributor?: JsonLdParty[];
  publisher?: JsonLdParty;
  mainEntityOfPage?: { '@type': 'WebPage'; '@id': string };
  url?: string;
  articleSection?: string;
  inLanguage?: string;
  keywords?: string[];
  isAccessibleForFree?: boolean;
  correction?: JsonLdCorrection[];
}

function image(data: object, value: unknown, base: string | undefined): JsonLdImage | undefined {
  const item = (typeof value === 'string' ? { src: value } : (value ?? {})) as Partial<ArticleImage>;
  const url = absolute(data, 'image', item.src, base, 'image');
  if (!url) return undefined;
  const out: JsonLdImage = { '@type': 'ImageObject', url };
  const width = positive(item.width);
  const height = positive(item.height);
  if (width && height) Object.assign(out, { width, height });
  const caption = clean(item.caption) || clean(item.alt);
  if (caption) out.caption = caption;
  const credit = clean(item.credit);
  if (credit) out.creditText = credit;
  return out;
}

// Google wants only the name in author.name: no "By", no job title.
const BYLINE = /^(?:by|from)\s+/i;

export function party(
  data: object,
  value: unknown,
  base: string | undefined,
  fallback: JsonLdParty['@type'],
) {
  const item = (typeof value === 'string' ? { name: value } : (value ?? {})) as Record<string, unknown>;
  const name = clean(item['name']).replace(BYLINE, '');
  if (!name) return undefined;
  const type = item['type'] === 'Organization' || item['type'] === 'Person' ? item['type'] : fallback;
  const out: JsonLdParty = { '@type': type, name };
  const url = absolute(
    data,
    `${fallback === 'Organization' ? 'publisher' : 'author'} url`,
    item['url'],
    base,
    'link',
  );
  if (url) out.url = url;
  const jobTitle = clean(item['jobTitle']);
  if (jobTitle) out.jobTitle = jobTitle;
  return out;
}

/** A correction with its text (one warning for one without), its date when it is one. */
function correction(data: object, value: unknown): JsonLdCorrection | undefined {
  const item = (value ?? {}) as Partial<Record<keyof ArticleCorrection, unknown>>;
  const said = clean(item.text);
  if (!said) {
    warnOnce(data, 'correction', 'schema: a correction has no text; left out.');
    return undefined;
  }
  const datePublished = date(data, 'correction datetime', item.datetime);
  return { '@type': 'CorrectionComment', text: said, ...(datePublished && { datePublished }) };
}

export const list = <T>(value: T | T[] | undefined): T[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];

/**
 * The schema.org NewsArticle for a story. Text is reduced to plain text, URLs are filtered and
 * made absolute against `url`, invalid dates and sizes are left out (each with one console warning),
 * and a `dateModified` earlier than `datePublished` is dropped. Each warning is given once for
 * `owner` (by default `data`): a page that builds the data afresh for each update passes what stays.
 */
export function newsArticleSchema(data: ArticleData, owner?: object): NewsArticleJsonLd {
  return articleSchema(data, 'NewsArticle', owner);
}

/** The schema.org Article of `type` for a story: what `newsArticleSchema` says, for any Article type. */
export function articleSchema<Type extends string>(
  data: ArticleData,
  type: Type,
  owner?: object,
): ArticleJsonLd<Type> {
  const source: Partial<ArticleData> = data && typeof data === 'object' ? data : {};
  const key = owner ?? (source as object);
  const base = safeUrl(source.url) && /^https?:/i.test(source.url!.trim()) ? source.url!.trim() : undefined;
  const out: ArticleJsonLd<Type> = { '@context': 'https://schema.org', '@type': type };

  const headline = clean(source.headline);
  if (headline) out.headline = headline;
  else warnOnce(key, 'headline', `schema: a ${type} needs a headline.`);
  const description = clean(source.standfirst);
  if (description) out.description = description;

  const images = list(source.image)
    .map((item) => image(key, item, base))
    .filter((item) => item !== undefined);
  if (images.length) out.image = images;

  const published = date(key, 'datetime', source.datetime);
  const modified = date(key, 'updated', source.updated);
  if (published) out.datePublished = published;
  for (const [name, type] of [
    ['video', 'VideoObject'],
    ['audio', 'AudioObject'],
  ] as const) {
    const media = list(source[name])
      .map((item) => mediaObject(key, item, base, type, published))
      .filter((item) => item !== undefined);
    if (media.length) out[name] = media;
  }
  // A date without a time is a day, wherever the update's clock is: compared as the days written.
  const byDay = DAY_ONLY.test(published ?? '') || DAY_ONLY.test(modified ?? '');
  const when = (iso: string) => (byDay ? iso.slice(0, 10) : Date.parse(iso));
  if (modified && published && when(modified) < when(published)) {
    warnOnce(
      key,
      'updated-order',
      `schema: updated "${modified}" is before datetime "${published}"; left out.`,
    );
  } else if (modified) out.dateModified = modified;

  const authors = list(source.authors)
    .map((author) => party(key, author, base, 'Person'))
    .filter((author) => author !== undefined);
  if (authors.length) out.author = authors;
  const contributors = list(source.contributors)
    .map((contributor) => party(key, contributor, base, 'Person'))
    .filter((contributor) => contributor !== undefined);
  if (contributors.length) out.contributor = contributors;

  const publisher = source.publisher && party(key, source.publisher, base, 'Organization');
  if (publisher) {
    const logo = source.publisher!.logo && image(key, source.publisher!.logo, base);
    out.publisher = logo ? { ...publisher, logo } : publisher;
  }

  if (base) {
    out.mainEntityOfPage = { '@type': 'WebPage', '@id': base };
    out.url = base;
  }
  const section = clean(source.kicker);
  if (section) out.articleSection = section;
  // Search engines take only a BCP 47 tag: a CMS's `en_GB` is `en-GB`, `x-klingon` none at all.
  const language = canonicalLocale(source.locale);
  if (language) out.inLanguage = language;
  else if (text(source.locale))
    warnOnce(
      key,
      'locale',
      `schema: locale "${text(source.locale)}" is not a BCP 47 language tag; left out.`,
    );
  const keywords = list(source.keywords).map(clean).filter(Boolean);
  if (keywords.length) out.keywords = keywords;
  if (typeof source.isAccessibleForFree === 'boolean') out.isAccessibleForFree = source.isAccessibleForFree;
  const corrections = list(source.corrections)
    .map((item) => correction(key, item))
    .filter((item) => item !== undefined);
  if (corrections.length) out.correction = corrections;
  return out;
}

/**
 * JSON for the inside of a `<script>`: `<`, `>` and `&` are written as `\u003c` etc., so no
 * content can close the script (`</script>`) or open a comment (`<!--`); U+2028/U+2029 are
 * escaped for old JavaScript parsers. It parses back to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The whole `<script type="application/ld+json">` element for a story, ready for the page's
 * `<head>`. It needs no CSP nonce: a JSON-LD data block never executes, so script-src does not apply.
 */
export function newsArticleScript(data: ArticleData): string {
  return `<script type="application/ld+json">${jsonForScript(newsArticleSchema(data))}</script>`;
}
