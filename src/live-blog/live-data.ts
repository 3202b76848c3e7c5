/**
 * A live blog's posts from what its `src` answers, and how a poll's posts join those on the page.
 *
 * Three shapes are read (any other gives no posts and one warning):
 *
 * - **JSON Feed 1.0 / 1.1**: each item's `id`, `date_published`, `date_modified` (an edit),
 *   `title` (HTML entities decoded), `content_html` (else `content_text`), `authors` (1.1) or
 *   `author` (1.0), else the feed's own. Live fields go in the item extension
 *   `"_live": { "key_event": true, "pinned": true, "deleted": true }`, or in `tags`
 *   (`"key-event"`, `"pinned"`); deleted ids may also be listed as `"_live": { "deleted": [ids] }`
 *   at the top of the feed.
 * - **WordPress REST posts** (`/wp-json/wp/v2/posts?_embed`): `id`, `date_gmt`, `modified_gmt`,
 *   `title.rendered`, `content.rendered`, `_embedded.author`; `sticky` pins a post; a key event is
 *   tagged `key-event` (a tag or category with that slug, embedded with `_embed`) or has the
 *   registered post meta `news_key_event` set; a post whose `status` is not `publish` is gone.
 * - **Plain JSON**: `{ "posts": [LivePostItem…], "deleted": [ids] }`, each post as `items` takes
 *   it (`id`, `datetime`, `modified`, `headline` as text, `author`, `html`, `keyEvent`, `pinned`,
 *   `deleted`, each set only by `true`: anything else but `false` is warned of, once);
 *   `date_published` and `date_modified` are read too. A bare array of such posts (or of WordPress
 *   posts) is read the same way, so `items` goes through here as well.
 *
 * A post needs an id and a date; those without are skipped with one warning. Deleted posts come
 * back as `{ id, datetime, deleted: true }` (the date may be empty) for the blog to drop; WordPress
 * names none, so the posts its answer leaves out are dropped (see `wordPressWindow`).
 */
import { text } from '../internal/values.js';
import { warnOnce } from '../internal/warn.js';
import { escapeHtml } from '../text/escape-html.js';
import { htmlToText } from '../text/excerpt.js';
import { authorNames, str, wordPressDate, type Json } from '../text/feed-fields.js';
import { isoDate } from '../text/iso-date.js';
import { parseIso } from '../text/date-pattern.js';
import type { LivePostItem } from './live-item.js';

/** What a post is read from before it is checked: any field may be missing or wrong. */
interface Draft {
  id: unknown;
  datetime: unknown;
  modified?: unknown;
  headline?: string;
  author?: string[];
  html?: string;
  keyEvent?: boolean;
  pinned?: boolean;
  deleted?: boolean;
}

const KEY_EVENT = /^key[-_ ]?events?$/i;
const PINNED = /^pinned$/i;
// Warnings with no element to name go under one key for the whole page.
const PAGE = {};

type Warn = (key: string, message: string) => void;

const flag = (value: unknown) => value === true || value === 1 || value === '1' || value === 'true';
const tagged = (tags: unknown, pattern: RegExp) =>
  Array.isArray(tags) && tags.some((tag) => pattern.test(text(tag)));

/** Ids become `#post-<id>`: numbers are written out, white space (not allowed in an id) becomes `-`. */
function postId(value: unknown): string | undefined {
  const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value);
  return id ? id.replace(/\s+/g, '-') : undefined;
}

/**
 * A feed's date as ISO 8601 that every engine's `Date.parse` reads, or undefined. Blogs write
 * `2022-07-26 13:01:01` (a space for the `T`) and `+0100` (no colon), which some engines refuse.
 */
function when(value: unknown): string | undefined {
  const raw = text(value)
    .replace(/^(\d{4}-\d\d-\d\d) (\d\d:\d\d)/, '$1T$2')
    .replace(/(T\d\d:\d\d(?::\d\d(?:\.\d+)?)?[+-]\d\d)(\d\d)$/, '$1:$2');
  const iso = isoDate(raw, 'feed');
  if (!iso || parseIso(iso)) return iso;
  // As a post reads dates (src/text/date-pattern.ts): anything else Date.parse reads, in UTC.
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Plain text as HTML paragraphs (a JSON Feed item with `content_text` only). */
const textAsHtml = (value: unknown) =>
  str(value)
    ?.split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join('');

function jsonFeedPost(entry: Json, feedAuthors: string[] | undefined): Draft {
  const live = entry?.['_live'];
  const tags = entry?.['tags'];
  return {
    id: entry?.['id'],
    datetime: entry?.['date_published'] ?? entry?.['date_modified'],
    modified: entry?.['date_modified'],
    headline: htmlToText(entry?.['title']),
    // An item without authors is by the feed's (JSON Feed 1.1, "authors").
    author: authorNames(entry?.['authors'] ?? entry?.['author']) ?? feedAuthors,
    html: str(entry?.['content_html']) ?? textAsHtml(entry?.['content_text']),
    keyEvent: flag(live?.['key_event']) || tagged(tags, KEY_EVENT),
    pinned: flag(live?.['pinned']) || tagged(tags, PINNED),
    deleted: flag(live?.['deleted']),
  };
}

function wordPressPost(post: Json): Draft {
  const embedded = post?.['_embedded'];
  const terms = embedded?.['wp:term'];
  const slugs = (Array.isArray(terms) ? (terms as Json[]).flat() : []).map((term) => term?.['slug']);
  const status = post?.['status'];
  return {
    id: post?.['id'],
    datetime: wordPressDate(post?.['date_gmt'], post?.['date']),
    modified: wordPressDate(post?.['modified_gmt'], post?.['modified']),
    headline: htmlToText(post?.['title']?.['rendered']),
    author: authorNames(embedded?.['author']),
    html: str(post?.['content']?.['rendered']),
    keyEvent: flag(post?.['meta']?.['news_key_event']) || tagged(slugs, KEY_EVENT),
    pinned: (post?.['sticky'] as unknown) === true,
    // Only editors see other statuses (`context=edit`): for readers the post is gone.
    deleted: typeof status === 'string' && status !== 'publish',
  };
}

/** The plain shape's reader; `warn` hears of a flag that is not true or false, as `items` warn. */
function plainPost(post: Json, warn: Warn): Draft {
  const author = post?.['author'] as unknown;
  const list = (Array.isArray(author) ? author : [author]).map(text).filter(Boolean);
  // Only `true` sets a flag: `"false"` deletes no post.
  const only = (name: 'keyEvent' | 'pinned' | 'deleted') => {
    const value = post?.[name] as unknown;
    if (value != null && typeof value !== 'boolean')
      warn(`flag ${name}`, `a post has a ${name} that is not true or false: taken as false.`);
    return value === true;
  };
  return {
    id: post?.['id'],
    datetime: post?.['datetime'] ?? post?.['date_published'],
    modified: post?.['modified'] ?? post?.['date_modified'],
    headline: text(post?.['headline']),
    author: list.length ? list : undefined,
    html: str(post?.['html']),
    keyEvent: only('keyEvent'),
    pinned: only('pinned'),
    deleted: only('deleted'),
  };
}

const isWordPress = (post: Json) =>
  typeof post?.['title'] === 'object' || typeof post?.['content'] === 'object' || !!post?.['date_gmt'];

/**
 * When `data` is WordPress's answer as it lists posts by default (newest first, the newest
 * `per_page`), the time of its oldest post: every published post from then on is in it, so one of
 * the blog's from then on that it leaves out was trashed or unpublished. Undefined for any other
 * answer, which says what it deletes.
 */
export function wordPressWindow(data: unknown, posts: LivePostItem[]): number | undefined {
  if (!Array.isArray(data) || !posts.length || !data.every((post) => isWordPress(post as Json))) return;
  const times = posts.filter((post) => !post.deleted).map((post) => Date.parse(post.datetime));
  return times.every((time, i) => !i || time <= times[i - 1]!) ? times.at(-1) : undefined;
}

/** The post a draft describes, with only the fields it has, or undefined when it cannot be shown. */
function finish(draft: Draft): LivePostItem | undefined {
  const id = postId(draft.id);
  if (!id) return undefined;
  const datetime = when(draft.datetime);
  if (draft.deleted) return { id, datetime: datetime ?? '', deleted: true };
  if (!datetime) return undefined;
  const post: LivePostItem = { id, datetime };
  const modified = when(draft.modified);
  // WordPress gives every post a modified date; only a later one is an edit.
  if (modified && Date.parse(modified) > Date.parse(datetime)) post.modified = modified;
  if (draft.headline) post.headline = draft.headline;
  if (draft.author?.length) post.author = draft.author.length === 1 ? draft.author[0]! : draft.author;
  if (draft.html) post.html = draft.html;
  if (draft.keyEvent) post.keyEvent = true;
  if (draft.pinned) post.pinned = true;
  return post;
}

/**
 * The posts in a parsed JSON Feed, WordPress posts response or plain live JSON (see above), in
 * the feed's order. Never throws: a wrong shape gives no posts, and posts without an id or a date
 * are skipped, each problem with one console warning about `owner` (the element; one warning
 * per page without it). Linear in the number of posts.
 */
export function parseLivePosts(data: unknown, owner: object = PAGE): LivePostItem[] {
  // Not `instanceof Element`: a server has no Element.
  const tag = (owner as Partial<Element>).localName;
  const who = typeof tag === 'string' ? `<${tag}>` : 'live blog:';
  const warn: Warn = (key, message) => warnOnce(owner, key, `${who} ${message}`);
  const posts: LivePostItem[] = [];
  let skipped = 0;
  let total = 0;
  try {
    const feed = data as Json;
    let entries: unknown = data;
    let read = (entry: Json) => (isWordPress(entry) ? wordPressPost(entry) : plainPost(entry, warn));
    let deleted: unknown;
    if (Array.isArray(feed?.['items'])) {
      const authors = authorNames(feed?.['authors'] ?? feed?.['author']);
      [entries, deleted] = [feed?.['items'], feed?.['_live']?.['deleted']];
      read = (entry) => jsonFeedPost(entry, authors);
    } else if (Array.isArray(feed?.['posts'])) {
      [entries, deleted] = [feed?.['posts'], feed?.['deleted']];
      read = (entry) => plainPost(entry, warn);
    } else if (!Array.isArray(data)) {
      if (data != null) warn('live-shape', 'the posts are not JSON Feed, WordPress posts or { posts: [] }.');
      return posts;
    }
    const list = entries as unknown[];
    total = list.length;
    for (let i = 0; i < total; i++) {
      let post: LivePostItem | undefined;
      try {
        post = finish(read(list[i] as Json));
      } catch {
        // Only a hostile object (a throwing getter or Proxy) gets here: skipped like a bad post.
      }
      if (post) posts.push(post);
      else skipped++;
    }
    if (Array.isArray(deleted)) {
      for (const value of deleted as unknown[]) {
        const id = postId(value);
        if (id) posts.push({ id, datetime: '', deleted: true });
      }
    }
  } catch {
    warn('live-shape', 'the posts could not be read.');
  }
  if (skipped) warn('live-posts', `${skipped} of ${total} posts have no id or no valid date; skipped.`);
  return posts;
}
