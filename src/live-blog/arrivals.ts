import { isServer } from 'lit';
import type { Pages } from './pages.js';
import { merge, ordered, toPost, type Post } from './posts.js';
import { scrollerOf } from './scroller.js';

interface ArrivalOptions {
  /** The pages of posts shown: new posts on top widen them, so the page's posts stay shown. */
  pages: Pages;
  /** Newest first (not a timeline): new posts arrive on top, above what the reader is reading. */
  newestFirst: () => boolean;
  /** The list of posts as drawn; none, or one with no box (in a closed tab panel), is read by no one. */
  list: () => Element | null | undefined;
  /** Warns of a post left out or shown without a field, and why. */
  problem: (why: string) => void;
}

/** What a list brought: the number of new posts, and whether they wait behind the button. */
export interface Arrived {
  added: number;
  held: boolean;
}
const NONE: Arrived = { added: 0, held: false };

/** A box's `scroll-padding-top` (a sticky header's height, as sites declare it) in px of `height`. */
function header(box: Element, height: number): number {
  const padding = getComputedStyle(box).scrollPaddingTop;
  return Math.max(0, (parseFloat(padding) || 0) * (padding.endsWith('%') ? height / 100 : 1));
}

/**
 * The reader is reading the posts in `list`: their top is above the reading line, a third down what
 * the reader sees of the box that scrolls them, under its sticky header. A post inserted there would
 * push down the text under the reader's eyes; lower, the reader is above the posts, where a new post
 * moves nothing they are reading. That box is the screen, or a scroller the blog is in (a sidebar),
 * as much of it as is on the screen: its own top, not the page's, says where the reader is in it.
 */
function readerIn(list: Element | null | undefined): boolean {
  const top = list?.getClientRects()[0]?.top;
  if (!list || top === undefined) return false;
  let [start, end] = [header(document.documentElement, innerHeight), innerHeight];
  const scroller = scrollerOf(list, true);
  if (scroller) {
    const inner = scroller.getBoundingClientRect().top + scroller.clientTop;
    start = Math.max(start, inner + header(scroller, scroller.clientHeight));
    end = Math.min(end, inner + scroller.clientHeight);
  }
  return top < start + (end - start) / 3;
}

/**
 * A blog's posts as lists of them arrive (`items`, a poll's answer, the written posts): edits and
 * deletions show at once, and so do new posts, unless the reader would lose their place (the
 * posts' top in the upper part of the screen, or of the scroller the blog is in, or above it, or a
 * later page): then they wait in `held`, behind the "N new updates" button.
 */
export class Arrivals {
  readonly posts = new Map<string, Post>();
  /** New posts waiting behind the "N new updates" button. */
  readonly held = new Map<string, Post>();
  /** The posts in reading order, the pinned one apart, as of the last `sort`. */
  view: { pinned?: Post; list: Post[] } = { list: [] };
  private changed = true;
  private started = false;
  /** The rank of the last post to come (see `Post.rank`). */
  private ranked = 0;

  constructor(private readonly options: ArrivalOptions) {}

  /**
   * Takes a list of posts (`snapshot`: the whole list; `since`: every post from then on; see
   * `merge`): how many of them are news, 0 for none (the first are the page's own), and whether
   * they wait in `held`.
   */
  take(values: unknown[], snapshot: boolean, nodes?: Element[], since?: number): Arrived {
    const { pages, newestFirst, list, problem } = this.options;
    const ids = new Set<string>();
    const incoming = values.flatMap((value, i) => {
      const post = toPost(value, problem, nodes?.[i]);
      if (!post) return [];
      // One post per id (a CMS's feed may list one twice): counted and shown once, as first listed.
      if (ids.has(post.item.id)) return (problem('repeats an earlier post’s id: left out'), []);
      ids.add(post.item.id);
      return [post];
    });
    // The posts above the page the reader is on (a later page), as the reader last saw them.
    const above = pages.start > 0 ? this.view.list.slice(0, pages.start) : [];
    const { added, changed, removed } = merge(this.posts, this.held, incoming, snapshot, since);
    // Of posts of the same time, one that came later is the newer, and of one list the one listed
    // as the list runs: its own times say which way (feeds list the newest first), else the blog's
    // order does (markup is written as it is read). So the post on top is the one that came last.
    const [head, tail] = [added[0]?.time ?? 0, added.at(-1)?.time ?? 0];
    const listedNewestFirst = head === tail ? newestFirst() : head > tail;
    added.forEach((post, i) => (post.rank = this.ranked + (listedNewestFirst ? added.length - i : i + 1)));
    this.ranked += added.length;
    this.changed ||= !!(added.length || changed || removed);
    // Those of them deleted: the posts shown keep their place, rather than one moving up out of view.
    const gone = removed ? above.filter(({ item }) => !this.posts.has(item.id)).length : 0;
    pages.start -= gone;
    pages.end -= gone;
    // The first list is the page's own, even an empty one (a blog opened before its first post
    // announces that post when it comes), but not an empty markup list: posts given as data later
    // (`items`, `src`) are the blog's first.
    const first = !this.started;
    if (values.length || !nodes) this.started = true;
    // Into an empty blog, posts come as the first do (the reader has no place to lose), but are news.
    const empty = !this.posts.size && !this.held.size;
    // A post older than every one the blog has is no news, and goes at the end: a feed that lists
    // its newest few (WordPress) brings the next older one in when one of those is deleted.
    let oldest = empty ? -Infinity : Infinity;
    for (const map of [this.posts, this.held])
      for (const { time } of map.values()) oldest = Math.min(oldest, time);
    const news = added.filter((post) => post.time >= oldest);
    for (const post of added) if (post.time < oldest) this.posts.set(post.item.id, post);
    if (!news.length) return NONE;
    // Once posts wait, the next wait with them, wherever the reader is: shown above those waiting,
    // they would leave a gap in the list, and two counts.
    const reading =
      !first &&
      !empty &&
      !isServer &&
      newestFirst() &&
      (this.held.size > 0 || pages.start > 0 || readerIn(list()));
    for (const post of news) (reading ? this.held : this.posts).set(post.item.id, post);
    if (first) return NONE;
    if (!reading && !empty && newestFirst()) pages.end += news.length;
    return { added: news.length, held: reading };
  }

  /** Forgets every post (another feed): the next arrival is the blog's first, not news. */
  clear(): void {
    this.posts.clear();
    this.held.clear();
    this.started = false;
    this.changed = true;
  }

  /** Shows the held posts from the first page on, with those shown under them. */
  release(): void {
    const count = this.held.size;
    for (const [id, post] of this.held) this.posts.set(id, post);
    this.held.clear();
    this.options.pages.top(count);
    this.changed = true;
  }

  /** Puts the posts in reading order again when they have changed, or when `reorder` says so. */
  sort(oldestFirst: boolean, reorder: boolean): void {
    if (this.changed || reorder) this.view = ordered(this.posts.values(), oldestFirst);
    this.changed = false;
  }
}
