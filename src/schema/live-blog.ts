// schema.org LiveBlogPosting for a live blog: the Article properties of the blog itself (as for a
// NewsArticle), its coverage times, and each post a BlogPosting in liveBlogUpdate, newest first,
// as Google's live blog guidance shows it (headline, datePublished, articleBody, a url to the post's
// anchor on the page).
import { warnOnce } from '../internal/warn.js';
import { text } from '../internal/values.js';
import { cleanExcerpt } from '../text/excerpt.js';
import {
  articleSchema,
  clean,
  date,
  jsonForScript,
  list,
  party,
  type ArticleData,
  type ArticleJsonLd,
  type JsonLdParty,
} from './article.js';

/** One post of the blog: the fields of `<news-live-blog>`'s items that structured data reads. */
export interface LiveBlogPost {
  /** Stable id: the post's url is the blog's `url` with `#post-<id>`. */
  id: string;
  /** When it was published: ISO 8601. */
  datetime: string;
  /** When it was last edited: ISO 8601. */
  modified?: string;
  /** Plain-text headline; a post without one is headlined by its first words. */
  headline?: string;
  /** Who wrote it: a name or names. */
  author?: string | string[];
  /** The body as HTML: `articleBody` is its text. */
  html?: string;
  /** Deleted posts are left out. */
  deleted?: boolean;
}

/** A live blog: a story (headline, url, publisher, … as for a NewsArticle) and its posts. */
export interface LiveBlogData extends ArticleData {
  /** When coverage began (`datetime`, else the first post): `coverageStartTime`. */
  datetime?: string;
  /** When coverage ended, ISO 8601 (`true`: at the newest post); unset while the blog is live. */
  ended?: string | boolean;
  /** The posts, in any order. */
  posts?: readonly LiveBlogPost[];
}

/** One post in `liveBlogUpdate`. */
export interface BlogPostingJsonLd {
  '@type': 'BlogPosting';
  headline?: string;
  url: string;
  datePublished: string;
  dateModified?: string;
  articleBody?: string;
  author?: JsonLdParty[];
}

/** The LiveBlogPosting object (before serialising). Properties without usable data are left out. */
export interface LiveBlogPostingJsonLd extends ArticleJsonLd<'LiveBlogPosting'> {
  coverageStartTime?: string;
  coverageEndTime?: string;
  liveBlogUpdate?: BlogPostingJsonLd[];
}

/** The post's anchor on the page: `#post-<id>` as a URL fragment (`#` and spaces escaped). */
function anchor(id: string): string | undefined {
  try {
    return `#post-${encodeURI(id).replace(/#/g, '%23')}`;
  } catch {
    // A lone surrogate cannot be written in a URL.
    return undefined;
  }
}

// The coverage times are DateTimes in schema.org: a day alone is taken from its start.
const dateTime = (iso: string) => (iso.length === 10 ? `${iso}T00:00:00` : iso);

function update(key: object, post: LiveBlogPost, page: string): BlogPostingJsonLd | undefined {
  const datePublished = date(key, 'post datetime', post.datetime);
  const id = typeof post.id === 'string' ? post.id.trim() : '';
  const fragment = id && anchor(id);
  // A date that is not one has had its warning from `date`.
  if (!datePublished || !fragment) {
    if (!fragment || !text(post.datetime))
      warnOnce(key, 'post', 'schema: a live post needs an id and a datetime; left out.');
    return undefined;
  }
  const body = clean(post.html);
  // Google reads a headline on every update; a post without one is headlined by its first words.
  const headline = text(post.headline).replace(/\s+/g, ' ') || cleanExcerpt(body, { words: 12 });
  const out: BlogPostingJsonLd = {
    '@type': 'BlogPosting',
    ...(headline && { headline }),
    url: page + fragment,
    datePublished,
  };
  const modified = date(key, 'post modified', post.modified);
  if (modified && Date.parse(modified) >= Date.parse(datePublished)) out.dateModified = modified;
  if (body) out.articleBody = body;
  const authors = list(post.author as string | string[] | undefined)
    .map((name) => party(key, name, undefined, 'Person'))
    .filter((author) => author !== undefined);
  if (authors.length) out.author = authors;
  return out;
}

/**
 * The schema.org LiveBlogPosting for a live blog: the blog's Article properties as
 * `newsArticleSchema` gives them, `coverageStartTime` (`datetime`, else the first post),
 * `coverageEndTime` once `ended`, `dateModified` (`updated`, else the newest post or edit) and
 * every post not deleted as a BlogPosting in `liveBlogUpdate`, newest first. Invalid values are
 * left out, each problem with one console warning.
 */
export function liveBlogSchema(data: LiveBlogData): LiveBlogPostingJsonLd {
  const source: Partial<LiveBlogData> = data && typeof data === 'object' ? data : {};
  const key = source as object;
  const out: LiveBlogPostingJsonLd = articleSchema(source as ArticleData, 'LiveBlogPosting');
  // The page's own URL without its fragment; relative (`#post-1`) when the blog gives none.
  const page = (out.url ?? '').replace(/#.*$/, '');

  const updates: BlogPostingJsonLd[] = [];
  const posts = Array.isArray(source.posts) ? (source.posts as readonly unknown[]) : [];
  for (const post of posts) {
    if (!post || typeof post !== 'object' || (post as LiveBlogPost).deleted === true) continue;
    const made = update(key, post as LiveBlogPost, page);
    if (made) updates.push(made);
  }
  const time = (value: string | undefined) => (value ? Date.parse(value) : NaN);
  updates.sort((a, b) => time(b.datePublished) - time(a.datePublished));

  const first = updates[updates.length - 1]?.datePublished;
  const latest = updates.reduce<string | undefined>((found, post) => {
    const at = post.dateModified ?? post.datePublished;
    return found && time(found) >= time(at) ? found : at;
  }, undefined);
  const start = out.datePublished ?? first;
  if (start) out.coverageStartTime = dateTime(start);
  if (!out.datePublished && start) out.datePublished = start;
  if (!out.dateModified && latest && (!start || time(latest) >= time(start))) out.dateModified = latest;
  const ended = source.ended;
  const end = ended === true ? (out.dateModified ?? latest) : ended ? date(key, 'ended', ended) : undefined;
  if (end && start && time(end) < time(start)) {
    warnOnce(key, 'ended-order', `schema: ended "${end}" is before the coverage start "${start}"; left out.`);
  } else if (end) out.coverageEndTime = dateTime(end);
  if (updates.length) out.liveBlogUpdate = updates;
  return out;
}

/**
 * The whole `<script type="application/ld+json">` element for a live blog, escaped as
 * `newsArticleScript` escapes it (no content can close the script). Render it again when posts
 * arrive if the page's structured data should follow the blog.
 */
export function liveBlogScript(data: LiveBlogData): string {
  return `<script type="application/ld+json">${jsonForScript(liveBlogSchema(data))}</script>`;
}
