import { isServer, type ReactiveController } from 'lit';
import { renderScope } from '../internal/render-scope.js';
import { text } from '../internal/values.js';
import type { TeaserItem } from './teaser-item.js';
import type { NewsTeaserList } from './teaser-list.js';

/** The lists of each `dedupe-group` on the page, in no order: document order is asked when needed. */
const groups = new Map<string, Set<Dedupe>>();

/**
 * What makes two stories the same: the web address without its fragment, tracking parameters or
 * trailing slash (feeds and CMS blocks write one story's address in all these ways), its query
 * written one way (`%20` or `+`), else the headline (`javascript:void(0)` is no address).
 */
export function storyKey(item: TeaserItem): string {
  const href = text(item.href);
  if (href)
    try {
      // A server has no page address: its relative links are keyed on a stand-in host.
      const url = new URL(href, globalThis.document?.baseURI ?? 'https://server.invalid/');
      const query = `${new URLSearchParams([...url.searchParams].filter(([name]) => !/^utm_/i.test(name)))}`;
      const path = `${url.host}${url.pathname.replace(/\/+$/, '')}`;
      if (/^https?:$/.test(url.protocol)) return query ? `${path}?${query}` : path;
    } catch {
      // Not an address: the headline decides.
    }
  return `headline:${text(item.headline).trim().toLowerCase()}`;
}

/** `node` and the hosts of the shadow trees around it, innermost first. */
function hosts(node: Element): Element[] {
  const chain = [node];
  for (let root = node.getRootNode() as Node & { host?: Element }; root.host; root = root.host.getRootNode())
    chain.push(root.host);
  return chain;
}

/**
 * Whether `a` comes before `b` on the page, each in the document or in a shadow tree (an app's
 * own components): compared where their trees meet, since positions in two trees have no order.
 */
function before(a: Element, b: Element): boolean {
  const theirs = hosts(b);
  for (const mine of hosts(a)) {
    const meeting = theirs.find((node) => node.getRootNode() === mine.getRootNode());
    if (meeting)
      return mine !== meeting && !!(mine.compareDocumentPosition(meeting) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  return false;
}

/** The `stories` that are not among `known` (by `storyKey`), in their order. */
export function unseen(stories: TeaserItem[], known: TeaserItem[]): TeaserItem[] {
  const keys = new Set(known.map(storyKey));
  return stories.filter((story) => !keys.has(storyKey(story)));
}

/**
 * One list's place in its `dedupe-group`: the stories it shows are not shown again by a list later
 * in the page. A list skips what the lists before it show and fills its `limit` from the rest of
 * its stories; when a list's stories change (a feed arriving late, in any order), the lists after
 * it draw again in the same task, so no story is ever shown twice.
 */
export class Dedupe implements ReactiveController {
  /** The keys of the stories this list shows, for the lists after it. */
  private shown = new Set<string>();
  private group = '';
  /** The group changed since the list last picked its stories. */
  private stale = false;

  constructor(private readonly list: NewsTeaserList) {
    list.addController(this);
  }

  private groupName(): string {
    return text(this.list.dedupe) === 'off' ? '' : text(this.list.dedupeGroup).trim();
  }

  hostConnected(): void {
    this.join(this.groupName());
    // Back on the page (moved by an app), it picks its stories again: nothing else asks it to draw.
    this.redraw();
  }

  hostDisconnected(): void {
    this.join('');
  }

  /** Moves the list to `group` ('' for none), telling the lists it leaves or joins. */
  private join(group: string): void {
    if (group === this.group) return;
    const left = groups.get(this.group);
    left?.delete(this);
    if (left?.size === 0) groups.delete(this.group);
    // (A list that has left the page is in no order with the others: every one draws again.)
    this.shown = new Set();
    this.stale = true;
    for (const other of left ?? []) other.redraw();
    this.group = group;
    if (!group) return;
    const joined = groups.get(group) ?? groups.set(group, new Set()).get(group)!;
    joined.add(this);
    this.changed(joined);
  }

  /**
   * Whether the list must pick its stories again: its group changed, or a list before it in its
   * group shows other stories now. (Not on every render: a long list draws in many.)
   */
  pending(): boolean {
    this.join(this.list.isConnected ? this.groupName() : '');
    return this.stale;
  }

  /** The keys of the stories the lists before this one in its group show. */
  private taken(): Set<string> {
    const taken = new Set<string>();
    for (const other of groups.get(this.group) ?? [])
      if (other !== this && before(other.list, this.list)) for (const key of other.shown) taken.add(key);
    return taken;
  }

  /** Those of `stories` that no list before this one in its group shows (a refresh's new ones it can show). */
  unshown(stories: TeaserItem[]): TeaserItem[] {
    const taken = this.group ? this.taken() : undefined;
    return taken?.size ? stories.filter((story) => !taken.has(storyKey(story))) : stories;
  }

  /** The first `max` of `stories` that no list before this one in its group shows. */
  take(stories: TeaserItem[], max: number): TeaserItem[] {
    this.stale = false;
    const members = groups.get(this.group);
    if (!members || members.size < 2) return stories.slice(0, max);
    const taken = this.taken();
    const kept: TeaserItem[] = [];
    for (const story of stories) {
      if (kept.length >= max) break;
      if (!taken.has(storyKey(story))) kept.push(story);
    }
    return kept;
  }

  /**
   * On a server: `stories` without those the lists before this one in its group showed in the
   * same render. They are left out of the list's data, so the browser hydrates the same stories.
   */
  serverSkip(stories: TeaserItem[]): TeaserItem[] {
    const shown = this.serverShown();
    return shown?.size ? stories.filter((story) => !shown.has(storyKey(story))) : stories;
  }

  /** The keys the group's lists have shown so far in this server render. */
  private serverShown(): Set<string> | undefined {
    const scope = renderScope(this.list);
    const group = this.groupName();
    if (!scope || !group) return;
    const name = `dedupe ${group}`;
    return (scope.get(name) ?? scope.set(name, new Set()).get(name)) as Set<string>;
  }

  /** Records what the list now shows; if that changed, the lists after it draw again. */
  show(stories: TeaserItem[]): void {
    if (isServer) {
      for (const story of stories) this.serverShown()?.add(storyKey(story));
      return;
    }
    const shown = new Set(stories.map(storyKey));
    if (shown.size === this.shown.size && [...shown].every((key) => this.shown.has(key))) return;
    this.shown = shown;
    this.changed(groups.get(this.group));
  }

  private changed(members: Set<Dedupe> | undefined): void {
    for (const other of members ?? []) if (other !== this && before(this.list, other.list)) other.redraw();
  }

  private redraw(): void {
    this.stale = true;
    // A reader in this list (focus in it) keeps the stories they are on while a list before it
    // changes, until focus leaves; unless that list now shows one of them: none is shown twice.
    if (this.list.matches(':focus-within') && !this.overlaps()) {
      this.list.addEventListener('focusout', this.left);
      return;
    }
    this.list.requestUpdate();
  }

  private readonly left = (event: FocusEvent) => {
    if (this.list.contains(event.relatedTarget as Node | null)) return;
    this.list.removeEventListener('focusout', this.left);
    if (this.stale) this.list.requestUpdate();
  };

  /** Whether a list before this one shows a story this one shows. */
  private overlaps(): boolean {
    const taken = this.taken();
    return [...this.shown].some((key) => taken.has(key));
  }
}
