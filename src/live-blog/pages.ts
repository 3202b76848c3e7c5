import { html, nothing } from 'lit';
import { plainClick } from '../internal/plain-click.js';

/** Posts per page: never thousands of nodes at once. */
export const PAGE = 20;

/** The page the address asks for (`?page=3`); 1 when it asks for none, or for no page number. */
export function addressPage(): number {
  const page = Number(new URLSearchParams(location.search).get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/**
 * The address of page `n`: on the server (and while its markup is adopted) `?page=n`, all it can
 * know; in the browser the page's own address with its other parameters kept, page 1 without any.
 */
export function pageHref(n: number, plain: boolean): string {
  if (plain) return `?page=${n}`;
  const url = new URL(location.href);
  if (n > 1) url.searchParams.set('page', String(n));
  else url.searchParams.delete('page');
  return `${url.pathname}${url.search}`;
}

/** A link to the page before or after the posts shown. */
export interface PageLink {
  page: number;
  rel: 'prev' | 'next';
}

/**
 * Which posts of a blog's list are shown: list[start] to list[end - 1], from the page opened on,
 * with the pages turned to since and the posts that arrived at the top.
 */
export class Pages {
  start = 0;
  end = PAGE;
  private opened = 0;

  /** Opens on page `n`; asked again for the same page, keeps what the reader has turned to. */
  open(n: number): void {
    if (n === this.opened) return;
    this.opened = n;
    this.start = (n - 1) * PAGE;
    this.end = n * PAGE;
  }

  /**
   * Shows the first page with `count` posts arrived above it, and the pages shown when they are
   * next to it; from further down (`?page=50`) without them, as `reveal` does: not every post between.
   */
  top(count: number): void {
    this.end = (this.start > PAGE ? PAGE : this.end) + count;
    this.start = 0;
  }

  /** A page past the last of `length` posts (an old link to a blog that lost posts) shows the last. */
  fit(length: number): void {
    const last = Math.floor((length - 1) / PAGE) * PAGE;
    if (length && this.start > last) this.start = last;
  }

  /** Adds the next page (`1`) or the previous one (`-1`) to those shown; the index of its first post. */
  turn(step: 1 | -1): number {
    if (step < 0) return (this.start = Math.max(0, this.start - PAGE));
    this.end += PAGE;
    return this.end - PAGE;
  }

  /**
   * Shows the post at `index`: with those shown when its page is next to theirs, else its page
   * alone (a blog's first key event, 500 pages down, would draw every post between).
   */
  reveal(index: number): void {
    const page = index - (index % PAGE);
    if (index < this.start - PAGE || index >= this.end + PAGE) [this.start, this.end] = [page, page + PAGE];
    else if (index < this.start) this.start = page;
    else if (index >= this.end) this.end = page + PAGE;
  }

  /** The page holding the post at `index`, when it is not shown; else undefined. */
  elsewhere(index: number): number | undefined {
    return index >= this.start && index < this.end ? undefined : Math.floor(index / PAGE) + 1;
  }

  /** The links to the pages before and after those shown, in a list of `length` posts. */
  links(length: number): [previous?: PageLink, next?: PageLink] {
    // A blog without posts yet has no other page, whichever it was asked to open.
    if (!length) return [];
    return [
      // Posts deleted above those shown, or arrived on top, move them off a page's bounds: the
      // pages holding the posts just before and just after them.
      this.start > 0 ? { page: Math.ceil(this.start / PAGE), rel: 'prev' } : undefined,
      length > this.end ? { page: Math.floor(this.end / PAGE) + 1, rel: 'next' } : undefined,
    ];
  }
}

/**
 * A link to another page of posts: a real link, so that a server-rendered blog pages without
 * JavaScript (and a reader can open a page in a new tab); with it, a plain click calls `open`
 * instead, which shows the page in place, keeping the reader where they are.
 */
export function pageLink(
  link: PageLink | undefined,
  { label, part, plain, open }: { label: string; part: string; plain: boolean; open: () => void },
) {
  if (!link) return nothing;
  const click = (event: MouseEvent) => {
    if (!plainClick(event)) return;
    event.preventDefault();
    open();
  };
  return html`<a class="pager" part=${part} rel=${link.rel} href=${pageHref(link.page, plain)} @click=${click}
    >${label}</a
  >`;
}
