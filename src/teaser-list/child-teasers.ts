import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { NewsTeaser, TeaserLayout } from '../teaser/teaser.js';

const PICTURE = 'img,picture,[image-src]:not([image-src=""])';
/** Whether a written story shows a picture: a teaser's `image-src` or `image` slot, or an image of its own. */
const pictured = (child: Element) =>
  !!(child as Partial<NewsTeaser>).imageSrc || child.matches(PICTURE) || !!child.querySelector(PICTURE);
/** Whether any of the first `max` written stories shows a picture. */
export const anyPictured = (children: Element[], max: number) => children.slice(0, max).some(pictured);

/** What a list hands down to the teasers written inside it. */
interface Inherited {
  layout: (index: number) => TeaserLayout;
  headingLevel: number;
  format: string;
  pattern: string;
  timeZone: string;
  locale: string;
  /** Children from this index on are hidden (`limit`). */
  max: number;
  /** A ranked list: child teasers show their place, large, as the list's stories from data do. */
  ranked?: boolean;
}

type Shared = 'layout' | 'format' | 'pattern' | 'timeZone' | 'locale' | 'headingLevel';
/** A teaser's own values of what a list shares, before anything sets them (src/teaser/teaser.ts). */
const UNSET: Record<Shared, unknown> = {
  layout: 'list',
  format: '',
  pattern: '',
  timeZone: '',
  locale: '',
  headingLevel: 3,
};

/**
 * Children written inside a list are its items (through the slot in its `<ul>`): each is given the
 * list item role, those past `limit` are hidden, and child teasers take the list's layout,
 * dateline settings and heading level unless they set their own, as an attribute or as a property (a
 * framework's binding: any value but the teaser's default and what the list gave it). Children that leave the list lose
 * the role and the hiding it gave them; what they took from it stays theirs. A picture the page
 * gives a story or takes from it later (which fires no slotchange) draws the list again: an
 * attribute or an element the observer sees, or a teaser's `imageSrc` set alone (a framework's
 * property binding, as Vue's), which the list reads after each update of that teaser.
 */
export class ChildTeasers implements ReactiveController {
  private items = new Set<Element>();
  private hiddenByLimit = new Set<Element>();
  private ranked = new Set<NewsTeaser>();
  /** What the list hears from each written teaser after its updates, and the picture it last had. */
  private watchers = new Map<NewsTeaser, ReactiveController & { picture: unknown }>();
  /** What the list last gave each written teaser: another value since is the page's own. */
  private given = new WeakMap<NewsTeaser, Partial<Record<Shared, unknown>>>();
  /** Whether the stories within `limit` showed a picture at the last render (unknown before it). */
  private pictured?: boolean;
  private max = Infinity;
  // A picture given to or taken from a story after the render fires no slotchange.
  private readonly edits = isServer ? undefined : new MutationObserver(() => this.check());

  /** Since the first render, the page has changed whether any story within `limit` shows a picture. */
  repictured = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly children: () => Element[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.edits?.observe(this.host, { childList: true, subtree: true, attributeFilter: ['image-src'] });
    this.check();
  }

  hostDisconnected(): void {
    this.edits?.disconnect();
  }

  private check(): void {
    if (this.pictured !== undefined && anyPictured(this.children(), this.max) !== this.pictured) {
      this.repictured = true;
      this.host.requestUpdate();
    }
  }

  /** Checks the list's look when `teaser` draws another picture (not at each of its updates). */
  private watch(teaser: NewsTeaser): void {
    // (A teaser not upgraded yet is watched at the list's next update.)
    if (this.watchers.has(teaser) || !teaser.addController) return;
    const watcher = {
      picture: teaser.imageSrc,
      hostUpdated: () => {
        if (teaser.imageSrc === watcher.picture) return;
        watcher.picture = teaser.imageSrc;
        this.check();
      },
    };
    this.watchers.set(teaser, watcher);
    teaser.addController(watcher);
  }

  private unwatch(teaser: NewsTeaser): void {
    const watcher = this.watchers.get(teaser);
    if (!watcher) return;
    teaser.removeController(watcher);
    this.watchers.delete(teaser);
  }

  adopt(inherited: Inherited): void {
    const children = this.children();
    this.max = inherited.max;
    this.pictured = anyPictured(children, inherited.max);
    const current = new Set(children);
    for (const child of this.items) {
      if (current.has(child)) continue;
      if (child.getAttribute('role') === 'listitem') child.removeAttribute('role');
      if (this.hiddenByLimit.delete(child)) (child as HTMLElement).hidden = false;
      if (this.ranked.delete(child as NewsTeaser)) (child as NewsTeaser).rank = null;
      this.unwatch(child as NewsTeaser);
    }
    this.items = current;
    children.forEach((child, i) => {
      if (child.localName !== 'li' && !child.hasAttribute('role')) child.setAttribute('role', 'listitem');
      const over = i >= inherited.max;
      if (over && !(child as HTMLElement).hidden) {
        (child as HTMLElement).hidden = true;
        this.hiddenByLimit.add(child);
      } else if (!over && this.hiddenByLimit.delete(child)) {
        (child as HTMLElement).hidden = false;
      }
      if (child.localName !== 'news-teaser') return;
      const teaser = child as NewsTeaser;
      this.watch(teaser);
      const given = this.given.get(teaser) ?? {};
      this.given.set(teaser, given);
      const inherit = <K extends Shared>(key: K, attribute: string, value: NewsTeaser[K]) => {
        const own = teaser[key];
        if (!value || teaser.hasAttribute(attribute) || (own !== UNSET[key] && own !== given[key])) return;
        if (own !== value) teaser[key] = value;
        given[key] = value;
      };
      inherit('layout', 'layout', inherited.layout(i));
      inherit('headingLevel', 'heading-level', inherited.headingLevel);
      inherit('format', 'format', inherited.format);
      inherit('pattern', 'pattern', inherited.pattern);
      inherit('timeZone', 'time-zone', inherited.timeZone);
      inherit('locale', 'locale', inherited.locale);
      // A `rank` written in the markup is the author's.
      if (teaser.hasAttribute('rank')) return;
      const rank = inherited.ranked && !over ? i + 1 : null;
      if (teaser.rank !== rank) teaser.rank = rank;
      if (rank) this.ranked.add(teaser);
      else this.ranked.delete(teaser);
    });
  }
}
