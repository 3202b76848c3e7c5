import { text } from '../internal/values.js';
import { parseIso } from '../text/date-pattern.js';
import type { LivePostItem } from './live-item.js';

/** A post as the blog orders and shows it: the item, its time as a number, and the markup it came from. */
export interface Post {
  item: LivePostItem;
  time: number;
  /** A `<news-live-post>` written inside the blog (markup posts); none for `items` and feeds. */
  node?: Element | undefined;
  /** Of two posts of the same time, the one ranked higher is the newer (see `Arrivals`). */
  rank?: number;
}

/** What one arrival changed. */
export interface Arrival {
  added: Post[];
  changed: number;
  removed: number;
}

const time = (value: string) => {
  const t = Date.parse(value);
  return Number.isNaN(t) ? 0 : t;
};

/** The fields of an item that must be text when given (a CMS's JSON may hold anything). */
const TEXT_FIELDS = ['modified', 'headline', 'html'] as const;
/** The flags of an item: only `true` sets one, as the feed's plain shape reads them (`"false"` is no flag). */
const FLAGS = ['keyEvent', 'pinned', 'deleted'] as const;

/**
 * A post from an item, or undefined when it has no id or no ISO 8601 date (read as the post reads
 * it); `problem` hears why, and of fields that are not text, which the post is shown without.
 */
export function toPost(value: unknown, problem: (why: string) => void, node?: Element): Post | undefined {
  if (!value || typeof value !== 'object') return (problem('is not an object: left out'), undefined);
  let item = value as LivePostItem;
  const id = text(item.id) || (typeof item.id === 'number' ? String(item.id) : '');
  if (!id) return (problem('has no id: left out'), undefined);
  // A deletion needs only the id.
  const at = parseIso(text(item.datetime))?.t ?? 0;
  if (!at && item.deleted !== true) return (problem('has no ISO 8601 datetime: left out'), undefined);
  const author = item.author;
  const wrong = [
    ...TEXT_FIELDS.filter((name) => item[name] != null && typeof item[name] !== 'string'),
    ...(author == null ||
    typeof author == 'string' ||
    (Array.isArray(author) && author.every((a) => typeof a == 'string'))
      ? []
      : ['author' as const]),
  ];
  const flags = FLAGS.filter((name) => item[name] != null && typeof (item[name] as unknown) !== 'boolean');
  if (wrong.length || flags.length || id !== item.id) {
    item = { ...item, id };
    for (const name of [...wrong, ...flags]) delete item[name];
    if (wrong.length) problem(`has a ${wrong.join(', ')} that is not text: shown without it`);
    for (const name of flags) problem(`has a ${name} that is not true or false: taken as false`);
  }
  return { item, time: at, node };
}

/** Whether a post has been edited or otherwise changed since it was shown. */
const edited = (a: LivePostItem, b: LivePostItem) =>
  a.modified !== b.modified ||
  a.datetime !== b.datetime ||
  a.html !== b.html ||
  a.headline !== b.headline ||
  a.pinned !== b.pinned ||
  a.keyEvent !== b.keyEvent ||
  String(a.author) !== String(b.author);

/**
 * Merges `incoming` into `posts` (by id), in place: edits replace, `deleted` removes, and with
 * `snapshot` (a whole `items` list) any post not in the list is removed too, or with `since` (an
 * answer that lists every post after that time) any post after then that it leaves out (one of
 * the same second may be just beyond the answer's page). New
 * posts are not added: they are returned in `added`, for the blog to show at once or hold behind
 * its button. Linear in the number of posts.
 */
export function merge(
  posts: Map<string, Post>,
  held: Map<string, Post>,
  incoming: Post[],
  snapshot: boolean,
  since = Infinity,
): Arrival {
  const arrival: Arrival = { added: [], changed: 0, removed: 0 };
  const seen = new Set<string>();
  for (const post of incoming) {
    const { id } = post.item;
    seen.add(id);
    const home = posts.has(id) ? posts : held.has(id) ? held : undefined;
    const old = home?.get(id);
    // An edited post keeps its place among those of the same time.
    if (old) post.rank = old.rank;
    if (post.item.deleted) {
      if (home?.delete(id)) arrival.removed++;
    } else if (!home || !old) {
      arrival.added.push(post);
    } else if (post.node && post.node !== old.node) {
      // The page put a new element in its place (a CMS swapping its markup): the blog shows that one.
      home.set(id, post);
      arrival.changed++;
    } else if (
      edited(old.item, post.item) &&
      !(time(post.item.modified ?? '') < time(old.item.modified ?? ''))
    ) {
      // (A poll answered late may bring an older version of an edited post: it is not shown.)
      home.set(id, post);
      arrival.changed++;
    }
  }
  for (const map of [posts, held])
    for (const [id, post] of map)
      if (!seen.has(id) && (snapshot || post.time > since)) {
        map.delete(id);
        arrival.removed++;
      }
  return arrival;
}

/**
 * Above 0 when `a` is newer than `b`: by time, and of two of the same time (a CMS that keeps only
 * minutes) by rank, not by the order the blog holds them in, which put the one that came first on top.
 */
const newer = (a: Post, b: Post) => a.time - b.time || (a.rank ?? 0) - (b.rank ?? 0);

/** The posts in reading order: newest first (or oldest first), the pinned one apart. */
export function ordered(posts: Iterable<Post>, oldestFirst: boolean): { pinned?: Post; list: Post[] } {
  const list = [...posts].sort((a, b) => (oldestFirst ? newer(a, b) : newer(b, a)));
  // The newest pinned post is the one on top; an older one pinned too stays in its place.
  let pinned: Post | undefined;
  for (const post of list) if (post.item.pinned && (!pinned || newer(post, pinned) > 0)) pinned = post;
  return { ...(pinned && { pinned }), list: pinned ? list.filter((post) => post !== pinned) : list };
}

/** `list`, in reading order, with `post` at its time's place (the pinned post among the key events). */
export function inPlace(list: Post[], post: Post, oldestFirst: boolean): Post[] {
  const at = list.findIndex((other) => (oldestFirst ? newer(other, post) : newer(post, other)) > 0);
  return at < 0 ? [...list, post] : [...list.slice(0, at), post, ...list.slice(at)];
}

/** The attributes of a written post that `itemFromMarkup` reads. */
export const POST_ATTRIBUTES = [
  'post-id',
  'id',
  'datetime',
  'modified',
  'headline',
  'author',
  'key-event',
  'pinned',
];

/** The item a written `<news-live-post>` stands for. */
export function itemFromMarkup(node: Element): LivePostItem {
  const author = node.getAttribute('author');
  return {
    id: text(node.getAttribute('post-id')) || text(node.id).replace(/^post-/, ''),
    datetime: text(node.getAttribute('datetime')),
    ...(node.hasAttribute('modified') && { modified: node.getAttribute('modified')! }),
    ...(node.hasAttribute('headline') && { headline: node.getAttribute('headline')! }),
    ...(author && { author }),
    keyEvent: node.hasAttribute('key-event'),
    pinned: node.hasAttribute('pinned'),
  };
}
