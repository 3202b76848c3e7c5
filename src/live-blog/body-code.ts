import { isServer, type ReactiveControllerHost } from 'lit';
import { converterCode, sanitizerCode } from '../internal/html-code.js';
import type { Post } from './posts.js';

let code: Promise<unknown> | undefined;
let here = false;

/**
 * Fetches `<news-article-body>`, its sanitiser and the WordPress converter (which it asks for for
 * most CMS markup: all but block-editor HTML), once for the page; a blog made later finds it here
 * and draws its posts' HTML at once.
 */
export function loadBodyCode(): Promise<unknown> {
  return (code ??= Promise.all([import('../article-body/define.js'), sanitizerCode(), converterCode()]).then(
    () => (here = true),
  ));
}

/**
 * When a blog may draw its posts. A post that brings HTML is drawn with its text, not empty and then
 * grown under the reader a round trip later: until the code that draws HTML has come (the first
 * time on the page), the blog draws no post. Once posts are drawn they stay drawn (a later page, a
 * held post shown, new items), as do those the server drew, with its text until the sanitised HTML
 * replaces it. Should the code fail to load, the posts are drawn without their HTML.
 */
export class BodyCode {
  private asked = false;
  private came = false;
  private failed = false;
  private drawn = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly failedToLoad: (error: unknown) => void,
    /** Fetches the code (the tests give their own). */
    private readonly code: () => Promise<unknown> = loadBodyCode,
  ) {}

  /** The code is here (this blog's fetch, or an earlier blog's on the page): posts' HTML can be drawn. */
  get ready(): boolean {
    return this.came || here;
  }

  /** Asks for the code (once), and draws again when it is here. */
  load(): void {
    if (this.asked || isServer) return;
    this.asked = true;
    this.code().then(
      () => {
        this.came = true;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.failed = true;
        this.host.requestUpdate();
        this.failedToLoad(error);
      },
    );
  }

  /**
   * Whether the posts can be drawn now (`posts`: every post the blog holds; `hydrating`: the first
   * render over the server's), asking for the code when one of them needs it.
   */
  drawable(posts: Iterable<Post>, hydrating: boolean): boolean {
    if (isServer || hydrating || this.drawn || this.ready || this.failed) return true;
    for (const post of posts)
      if (post.item.html) {
        this.load();
        return false;
      }
    return true;
  }

  /** `count` posts were drawn: from the first, posts always are (none: a server's empty render). */
  drew(count: number): void {
    if (count) this.drawn = true;
  }
}
