import { idScope } from '../internal/heading-ids.js';
import { quote } from '../internal/values.js';
import { clearWarning, warnOnce } from '../internal/warn.js';

/**
 * The story body the contents list: the element their `for` names, else the nearest
 * `<news-article-body>` around or beside them. Followed with its changes and the page's around it
 * (a single-page app may draw the story after the contents, or put the next story in its place):
 * `changed` hears of either.
 */
export class StoryBody {
  /** The body found, if any. */
  element?: Element | undefined;
  /** The `for` it was looked for by; undefined: to be looked for. */
  private id?: string | undefined;
  /** Whether the story `for` names has been found: one missing later is being replaced. */
  private found = false;
  private changes?: MutationObserver | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly changed: () => void,
  ) {}

  /** Looks for the story by `id` ('' for the nearest) when it names another, or the page holds another. */
  follow(id: string): void {
    if (id === this.id && this.locate(id) === this.element) return;
    this.changes?.disconnect();
    if (id !== this.id) this.found = false;
    this.id = id;
    this.element = this.find(id);
    this.changes ??= new MutationObserver((records) => {
      if (
        records.some((record) => this.element?.contains(record.target)) ||
        this.locate(this.id ?? '') !== this.element
      )
        this.changed();
    });
    const scope = idScope(this.host);
    if (scope) this.changes.observe(scope, { childList: true, subtree: true, attributeFilter: ['id'] });
    if (this.element)
      this.changes.observe(this.element, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['id'],
      });
  }

  /** The changes so far are none to follow (the ids the contents just gave its headings). */
  settle(): void {
    this.changes?.takeRecords();
  }

  /** Stops following: the contents left the page. */
  stop(): void {
    this.changes?.disconnect();
    this.element = this.changes = this.id = undefined;
  }

  /** The element named `id`, else the nearest `<news-article-body>` around or beside the contents. */
  private locate(id: string): Element | undefined {
    const named = id ? idScope(this.host)?.getElementById(id) : undefined;
    if (named) return named;
    let body: Element | undefined;
    for (let node = this.host.parentElement; node && !body; node = node.parentElement)
      body =
        node.localName === 'news-article-body'
          ? node
          : (node.querySelector('news-article-body') ?? undefined);
    return body;
  }

  /** `locate`, with one warning when the story is not there (unless it was, and is being replaced). */
  private find(id: string): Element | undefined {
    const body = this.locate(id);
    const host = this.host;
    if (id ? body?.id === id : body) {
      clearWarning(host, 'for');
      this.found = true;
    } else if (this.found) return body;
    else if (id)
      warnOnce(
        host,
        'for',
        `<news-toc for=${quote(id)}> names no element; ${body ? 'listing the nearest story body' : 'nothing to list'}.`,
      );
    else if (!body)
      warnOnce(host, 'for', '<news-toc> found no <news-article-body> to list; give the story’s id in `for`.');
    return body;
  }
}
