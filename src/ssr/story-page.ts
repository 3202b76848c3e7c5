/**
 * A complete server-rendered story page: `<news-article>` with headline, standfirst, byline,
 * dateline, lead figure, body, partner banner and related teasers, plus the `<head>` a news page
 * needs (title, description, canonical link, NewsArticle JSON-LD). Readable with JavaScript off;
 * with `scripts` it hydrates in place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { newsArticleScript, type ArticleData, type ArticleImage } from '../schema/index.js';
import { safeUrl } from '../internal/safe-url.js';
import { text } from '../internal/values.js';
import { escapeHtml } from '../text/escape-html.js';
import { canonicalLocale, isRtlLocale } from '../internal/locale.js';
import { bylineText, loadTranslations } from '../internal/translate.js';
import type { TeaserItem } from '../teaser-list/teaser-item.js';
import { countReading, readingMinutes, readingRates } from '../text/reading-time.js';

export type { TeaserItem };
import { checkNonce } from './csp.js';
import { relatedStories } from './related-stories.js';
import { documentStyles, renderToString } from './render.js';

/** A `<news-partner-banner>`'s attributes. */
export interface PartnerData {
  name: string;
  href?: string;
  variant?: 'partner' | 'sponsored' | 'paid';
  label?: string;
  logoSrc?: string;
  /** A logo for dark backgrounds (the banner switches to it under the dark theme). */
  logoSrcDark?: string;
  logoWidth?: number;
  logoHeight?: number;
  aboutHref?: string;
}

/** A story for `renderStoryPage`: the schema's article data plus what the page shows. */
export interface StoryPageData extends ArticleData {
  /** Printed byline; defaults to "By" and the authors' names. */
  byline?: string;
  /** The dateline's place as written ("Seoul"; drawn in capitals, heard as written). */
  place?: string;
  /** The dateline's house pattern, e.g. `{weekday} {dayOrdinal} {month}, {year}`. */
  pattern?: string;
  /** The dateline's format (`relative` renders absolute on the server and turns relative after hydration). */
  format?: string;
  /**
   * The body: paragraphs of plain text (escaped), or your own Lit template for rich, trusted
   * markup. CMS HTML must be sanitised before it reaches a server template.
   */
  body: string[] | TemplateResult;
  partner?: PartnerData;
  /**
   * "6 min read" under the headline: a number of minutes the CMS has, or `true` to count the body
   * (on the server when it is paragraphs of text, else in the browser).
   */
  readingTime?: number | boolean;
  /**
   * "This article is more than N years old" above the body (`<news-notice type="age">`): `true`, or
   * the `min-age` it shows from (`P2Y`). Off by default: the server cannot know the reader's date,
   * so the notice arrives with the script, and a box that arrives later moves the story down.
   */
  ageNotice?: boolean | string;
  /**
   * Related stories (the shape `<news-teaser-list>`'s `items` takes), rendered as child teasers;
   * with `src`, a feed-driven list instead, rendered from the items you already fetched (they
   * travel with the HTML, so hydration needs no second copy) and refreshed from the feed.
   */
  related?: { heading?: string; items: TeaserItem[]; src?: string };
}

export interface StoryPageOptions {
  /**
   * Per-response CSP nonce for every inline `<style>` (see `renderToString`) and for the `scripts`,
   * which a `script-src 'nonce-…'` policy would otherwise block.
   */
  nonce?: string;
  /** Module scripts for the browser, e.g. the URL of `news-elements/hydrate` as your server serves it. */
  scripts?: string[];
  /** Stylesheets, e.g. a theme: `/node_modules/news-elements/dist/themes/light.css`. */
  stylesheets?: string[];
  /** IANA zone the story's dateline, notices and related stories are printed in for every reader
   * (default: each reader's own). */
  timeZone?: string;
  /**
   * Islands: each element waits for its `hydrate` rule (load `news-elements/islands` in `scripts`
   * instead of `news-elements/hydrate`). See `RenderOptions.islands`.
   */
  islands?: boolean;
}

function lead(image: StoryPageData['image']): ArticleImage | undefined {
  const first = Array.isArray(image) ? image[0] : image;
  return typeof first === 'string' ? { src: first } : first;
}

/**
 * The byline: the house's own words as written, else a `<news-byline>` drawn on the server from the
 * authors (links, roles), with their names as its text for what reads no shadow DOM.
 */
function byline(data: StoryPageData, locale: Locale) {
  if (text(data.byline)) return html`<p slot="byline">${text(data.byline)}</p>`;
  const authors = (Array.isArray(data.authors) ? data.authors : [data.authors])
    .map((author) =>
      typeof author === 'string' ? { name: text(author) } : { ...author, name: text(author?.name) },
    )
    .filter((author) => author.name);
  if (!authors.length) return nothing;
  const lang = typeof locale === 'string' ? locale : 'en';
  return html`<news-byline slot="byline" authors=${JSON.stringify(authors)} locale=${locale}
    >${bylineText(
      lang,
      authors.map((author) => author.name),
    )}</news-byline
  >`;
}

/** The reading time as `<news-article reading-time>` takes it: minutes, or empty to count in the browser. */
function readingTime(data: StoryPageData, locale: Locale): string | typeof nothing {
  const given = data.readingTime;
  if (typeof given === 'number') return Number.isInteger(given) && given > 0 ? String(given) : nothing;
  if (given !== true) return nothing;
  if (!Array.isArray(data.body)) return '';
  const count = countReading(data.body.map(text).join(' '));
  const minutes = readingMinutes(count, readingRates(typeof locale === 'string' ? locale : 'en'));
  return minutes ? String(minutes) : nothing;
}

type Locale = string | typeof nothing;

/** The story's corrections with text, each a `<news-notice>` the dateline can link to (`#correction-1`). */
const shownCorrections = (data: StoryPageData) =>
  (Array.isArray(data.corrections) ? data.corrections : []).filter((item) => text(item?.text));

const correctionNotices = (data: StoryPageData, locale: Locale, timeZone?: string) =>
  shownCorrections(data).map(
    (item, index) =>
      html`<news-notice
        id="correction-${index + 1}"
        type="correction"
        datetime=${text(item.datetime) || nothing}
        locale=${locale}
        time-zone=${timeZone || nothing}
        ><p>${text(item.text)}</p></news-notice
      >`,
  );

const ageNotice = (data: StoryPageData, locale: Locale) =>
  data.ageNotice
    ? html`<news-notice
        type="age"
        min-age=${typeof data.ageNotice === 'string' ? data.ageNotice : nothing}
        locale=${locale}
      ></news-notice>`
    : nothing;

/** The `<news-article>` of a story, as a Lit template (render it with `renderToString`). */
export function storyTemplate(data: StoryPageData, options: Pick<StoryPageOptions, 'timeZone'> = {}) {
  const image = lead(data.image);
  const { partner, related } = data;
  const locale = canonicalLocale(data.locale) ?? nothing;
  return html`<news-article locale=${locale} reading-time=${readingTime(data, locale)}>
    ${text(data.kicker) ? html`<p slot="kicker">${text(data.kicker)}</p>` : nothing}
    <h1 slot="headline">${text(data.headline)}</h1>
    ${text(data.standfirst) ? html`<p slot="standfirst">${text(data.standfirst)}</p>` : nothing}
    ${byline(data, locale)}
    ${
      text(data.datetime)
        ? html`<news-dateline
            slot="dateline"
            datetime=${text(data.datetime)}
            updated=${text(data.updated) || nothing}
            place=${text(data.place) || nothing}
            pattern=${text(data.pattern) || nothing}
            format=${text(data.format) || nothing}
            locale=${locale}
            time-zone=${options.timeZone || nothing}
            correction=${text(data.updated) && shownCorrections(data).length ? '#correction-1' : nothing}
          ></news-dateline>`
        : nothing
    }
    ${
      image
        ? html`<news-figure
            slot="lead"
            src=${image.src}
            alt=${image.alt ?? ''}
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
            caption=${text(image.caption) || nothing}
            credit=${text(image.credit) || nothing}
            locale=${locale}
            loading="eager"
            fetchpriority="high"
          ></news-figure>`
        : nothing
    }
    ${ageNotice(data, locale)}
    <news-article-body
      >${Array.isArray(data.body) ? data.body.map((p) => html`<p>${p}</p>`) : data.body}</news-article-body
    >
    ${correctionNotices(data, locale, options.timeZone)}
    ${
      partner
        ? html`<news-partner-banner
            slot="partner"
            name=${partner.name}
            href=${partner.href || nothing}
            variant=${partner.variant || nothing}
            label=${partner.label || nothing}
            logo-src=${partner.logoSrc || nothing}
            logo-src-dark=${partner.logoSrcDark || nothing}
            logo-width=${partner.logoWidth ?? nothing}
            logo-height=${partner.logoHeight ?? nothing}
            about-href=${partner.aboutHref || nothing}
            locale=${locale}
          ></news-partner-banner>`
        : nothing
    }
    ${relatedStories(related, locale, options.timeZone)}
  </news-article>`;
}

/**
 * A whole HTML document for one story. Pair it with a CSP whose `style-src` lists
 * `styleHashes()`, or pass `nonce` and send `'nonce-…'`.
 */
export async function renderStoryPage(data: StoryPageData, options: StoryPageOptions = {}): Promise<string> {
  const nonce = checkNonce(options.nonce);
  const locale = canonicalLocale(data.locale) ?? 'en';
  const url = safeUrl(data.url);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(text(data.headline))}</title>`,
    text(data.standfirst) && `<meta name="description" content="${escapeHtml(text(data.standfirst))}">`,
    url && `<link rel="canonical" href="${escapeHtml(url)}">`,
    ...(options.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    documentStyles({ nonce }),
    newsArticleScript(data),
    ...(options.scripts ?? []).map(
      (src) => `<script type="module"${nonce ? ` nonce="${nonce}"` : ''} src="${escapeHtml(src)}"></script>`,
    ),
  ].filter(Boolean);
  // Rendering cannot wait for strings: the page's language is loaded first.
  await loadTranslations(locale);
  const body = await renderToString(storyTemplate(data, options), { nonce, islands: options.islands });
  const dir = isRtlLocale(locale) ? ' dir="rtl"' : '';
  return `<!doctype html>\n<html lang="${escapeHtml(locale)}"${dir}>\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
