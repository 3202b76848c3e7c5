/**
 * When each element of a server-rendered page needs its JavaScript, read from the state the server
 * rendered it in. news-elements/ssr writes the answer into the `hydrate` attribute of every element
 * it renders at the top of a page; the island loader (news-elements/islands) reads it back. Nothing
 * here touches the DOM or Node, so both sides can import it.
 *
 * - `never`: the server's HTML is the element's final state (a figure without zoom, a partner banner
 *   with one logo, a body written as markup, a dateline with its language and zone fixed).
 * - `visible`: it changes or reacts once the reader can see it (a relative dateline ticks, a feed
 *   list refreshes, a zoomable figure's button works).
 * - `idle`: it corrects what the server could not know (the reader's language or time zone, the
 *   page's colour scheme, a list's written teasers), when the page has nothing else to do.
 * - `interaction`: only when the reader reaches for it (pointer, focus or key on it). No element's
 *   state asks for this by itself; a template may write `hydrate="interaction"` (a zoomable figure
 *   far down a page), and the server keeps what the template wrote.
 */
import type { NewsTagName } from '../elements.js';
import type { TeaserItem } from '../teaser-list/teaser-item.js';

/** The attribute that carries the rule; the preload rules also read it as "drawn by the server". */
export const hydrateAttribute = 'hydrate';

/**
 * The elements that wake with another: a gallery's figures, which it makes zoomable, and a list's
 * written teasers, which take its layout, ranks and language (the server, seeing each alone, may
 * mark one `never`).
 */
export const wakesWith: Partial<Record<NewsTagName, string>> = {
  'news-gallery': ':scope > news-figure',
  'news-teaser-list': ':scope > news-teaser',
};

/** The rules, most eager first. */
export const hydrateRules = ['visible', 'idle', 'interaction', 'never'] as const;
export type HydrateRule = (typeof hydrateRules)[number];

// Read without trusting types: the server renders whatever a CMS put into a property.
type State = Record<string, unknown>;
const has = (value: unknown) => typeof value === 'string' && value.trim() !== '';
/** Relative, or relative while recent (`auto`): the words change as time passes. */
const ticking = (format: unknown) => format === 'relative' || format === 'auto';

/**
 * A teaser (or a list's story from `items`) shows words or digits of its own in the reader's
 * language: a badge, a media mark, its related links' name, a rank, "By" before its author,
 * "Sponsored".
 */
const wordsItsOwn = (teaser: State) =>
  has(teaser.labelKind) ||
  has(teaser.media) ||
  (Array.isArray(teaser.related) && teaser.related.length > 0) ||
  teaser.rank != null ||
  has(teaser.author) ||
  (Array.isArray(teaser.author) && teaser.author.length > 0) ||
  teaser.sponsored === true;

/**
 * A crop (`aspect-ratio`) or a focal point is set through the CSSOM in the browser (a style
 * attribute would break a strict `style-src`): the server draws the picture uncropped.
 */
const cropped = (state: State) => has(state.aspectRatio) || has(state.focalPoint);

/** A teaser (or a list's story) whose picture is cropped around a focal point, for the same reason. */
const focused = (teaser: State) => (has(teaser.imageSrc) || has(teaser.image)) && has(teaser.focalPoint);

/** What a teaser, or a list's story, corrects in the browser beyond its date. */
const teaserAtIdle = (teaser: State, locale: unknown) =>
  (wordsItsOwn(teaser) && !has(locale)) || focused(teaser);

/** The most eager of several rules (a list hydrates when its most eager story needs it). */
export function eagerest(rules: HydrateRule[]): HydrateRule {
  return hydrateRules.find((rule) => rules.includes(rule)) ?? 'never';
}

function dateline(state: State): HydrateRule {
  if (!has(state.datetime)) return 'never';
  if (ticking(state.format)) return 'visible';
  return has(state.locale) && has(state.timeZone) ? 'never' : 'idle';
}

const rules: { [Tag in NewsTagName]: (state: State) => HydrateRule } = {
  // A reading time the server was given is final in the article's own language; a counted one
  // needs the story, which only the browser sees, and one without a locale the page's language.
  // Its JSON-LD is written in the browser, from what the story's elements show.
  'news-article': (article) => {
    if (article.structuredData === true) return 'idle';
    if (typeof article.readingTime !== 'string') return 'never';
    return /^\s*[1-9]\d*\s*$/.test(article.readingTime) && has(article.locale) ? 'never' : 'idle';
  },
  // The server renders a body written as markup; `html` is converted and sanitised in the browser.
  'news-article-body': (body) => (has(body.html) ? 'visible' : 'never'),
  // Authors given as data are drawn by the server as they stay, in the byline's language if it has
  // one; written ones are drawn in the browser, which sees the markup.
  'news-byline': (byline) =>
    Array.isArray(byline.authors) && byline.authors.length && has(byline.locale) ? 'never' : 'idle',
  'news-dateline': dateline,
  // A player plays without JavaScript; its failure's placeholder and its length from the file's
  // metadata need the element. A credit's hidden "Photograph:" is in the figure's language, which
  // without a locale only the browser knows. Without `caption` or `credit` the server cannot see
  // whether one is slotted: the browser gives it its room.
  'news-figure': (figure) =>
    figure.zoomable === true || figure.type === 'video' || figure.type === 'audio'
      ? 'visible'
      : (has(figure.credit) && !has(figure.locale)) ||
          !(has(figure.caption) || has(figure.credit)) ||
          cropped(figure)
        ? 'idle'
        : 'never',
  // A gallery makes its figures zoomable and draws the carousel's buttons and "3 of 12".
  'news-gallery': () => 'visible',
  // Live: polling, relative times that keep ticking, copy buttons, key-event links that open a page.
  'news-live-blog': () => 'visible',
  'news-live-post': () => 'visible',
  // An age notice needs the reader's date (and the article's dateline); the others are final once
  // their language and zone are fixed.
  'news-notice': (notice) => {
    if (notice.type === 'age') return 'idle';
    return has(notice.locale) && (!has(notice.datetime) || has(notice.timeZone)) ? 'never' : 'idle';
  },
  // A logo is drawn for the page's colour scheme, which only the browser knows (its dark version,
  // or one logo redrawn for a dark background); the label's language without a locale too.
  // Slotted partners (no name or logo given) get their links' `rel` and checks in the browser.
  'news-partner-banner': (banner) =>
    has(banner.logoSrc) || has(banner.logoSrcDark) || !has(banner.locale) || !has(banner.name)
      ? 'idle'
      : 'never',
  // The share button needs the browser (its share sheet or clipboard), and its labels the page's language.
  'news-share': () => 'visible',
  // A teaser's date is final as a dateline's is, given its language and zone. What it words
  // itself is in its language, which without a locale only the browser knows.
  'news-teaser': (teaser) => {
    const date = dateline(teaser);
    return teaserAtIdle(teaser, teaser.locale) ? eagerest(['idle', date]) : date;
  },
  'news-teaser-list': (list) => {
    // "More stories" is a button only once hydrated; a `more-href` link works until then.
    if (has(list.src) || ticking(list.format) || (list.more === true && !has(list.moreHref)))
      return 'visible';
    if (list.more === true) return 'idle';
    // "Updated 14:05" is dated unless it is the reader's today; ranks are in the list's digits.
    if (has(list.lastUpdated) || (list.layout === 'ranked' && !has(list.locale))) return 'idle';
    const items = Array.isArray(list.items) ? (list.items as TeaserItem[]) : [];
    // Written teasers (the server renders the list before them and cannot see them) get their list
    // roles, the limit and the list's layout, format and language from the list, in the browser.
    if (!items.length) return 'idle';
    const { format, locale, timeZone } = list;
    const dates = items.map((item) => dateline({ datetime: item?.datetime, format, locale, timeZone }));
    const atIdle = items.some((item) => teaserAtIdle({ ...item }, list.locale));
    return eagerest(atIdle ? ['idle', ...dates] : dates);
  },
  // The server cannot read the body's headings: the contents are drawn in the browser.
  'news-toc': () => 'idle',
};

/** The rule for an element of the list in the given state, or undefined for any other tag. */
export function hydrateRule(tag: string, state: State): HydrateRule | undefined {
  return Object.hasOwn(rules, tag) ? rules[tag as NewsTagName](state) : undefined;
}
