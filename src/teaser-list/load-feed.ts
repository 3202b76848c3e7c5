import { excerptCleaning } from '../internal/excerpt.js';
import { safeUrl } from '../internal/safe-url.js';
import { quote } from '../internal/values.js';
import type { FeedErrorKind, FeedPage } from './feed.js';

export type { FeedErrorKind, FeedPage };

const ACCEPT =
  'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * The first 500 stories of the feed at `src` (and its next page's address), for `list`, which warnings name (and whose `limit`
 * says whether the cap hides any it would show).
 * Rejects with `{ kind, message }` (at once for an unusable address), after `timeout` ms with kind
 * `timeout`, or with the signal's reason once aborted. `fresh` revalidates with the server, so a
 * retry never gets a cached failure back.
 * Feed parsing loads only for lists that use `src`: markup and `items` never pay for it.
 */
export function loadFeed(
  src: string,
  signal: AbortSignal,
  fresh: boolean,
  timeout: number,
  limit: number,
  list: Element,
): Promise<FeedPage> {
  const url = safeUrl(src, 'link');
  if (!url) throw { kind: 'url', message: `src ${quote(src)} is not an http(s) or relative URL.` };
  const ms = timeout > 0 ? timeout : 10000;
  const timed = new AbortController();
  const abort = () => timed.abort(signal.reason);
  signal.addEventListener('abort', abort);
  const timer = setTimeout(
    () => timed.abort({ kind: 'timeout', message: `${src} did not answer within ${ms / 1000} s.` }),
    ms,
  );
  // The request goes out with the parser's code, not once it has come: a round trip sooner.
  const request = fetch(url, {
    signal: timed.signal,
    headers: { accept: ACCEPT },
    cache: fresh ? 'no-cache' : 'default',
  });
  // readFeed settles it; should the parser's code not come, its failure is not left unhandled.
  request.catch(() => {});
  // Feed excerpts carry markup: a teaser drawn before the cleaning code is settled would show
  // nothing, then grow and push the stories below it down. The parser brings that code anyway.
  return Promise.all([import('./feed.js'), excerptCleaning.load()])
    .then(([{ readFeed }]) => readFeed(request, url, timed.signal, limit, list))
    .finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    });
}

/** What a page is told about a failure: the feed's own `{ kind, message }`, or a network error. */
export function feedFailure(error: unknown): { kind: FeedErrorKind; message: string } {
  return error && typeof error === 'object' && 'kind' in error
    ? (error as { kind: FeedErrorKind; message: string })
    : { kind: 'network', message: String(error) };
}
