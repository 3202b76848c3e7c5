import { text } from '../internal/values.js';
import { holdUpdates } from '../internal/hold.js';
import type { HydrationController } from '../internal/hydration.js';
import { OnDemand } from '../internal/on-demand.js';
import { storiesReady } from '../teaser/teaser.js';
import type { ListData } from './list-data.js';
import type { NewsTeaserList } from './teaser-list.js';

/**
 * Stories from `items` or a feed (their blocks, the feed's states): a chunk, fetched before the
 * first render that needs it. Servers load it before they render (ssr/csp.ts).
 * @internal
 */
export const listData = new OnDemand('teaser list', () => import('./list-data.js'));

/**
 * Holds `list`'s updates while its stories come from data and the code that draws them is still
 * to come; a list written as markup never fetches it. Returns whether its stories come from data:
 * `items`, `src`, or items a server rendered from (`data()`, the list's `ListData`, once it has one).
 */
export function holdForData(
  list: NewsTeaserList,
  hydration: HydrationController,
  data: () => ListData | undefined,
): () => boolean {
  const fromData = (): boolean => {
    const items: unknown = list.items;
    return (
      data()?.fromData() ??
      (!!text(list.src) ||
        (items != null && (!Array.isArray(items) || items.length > 0)) ||
        (hydration.hydrating && !!list.shadowRoot?.querySelector('template[data-items]')))
    );
  };
  // A list from data waits for that code (hydration too: it must draw the server's stories),
  // and for the code its stories' teasers draw with (excerpts, media marks, related links), so
  // that each block appears whole and nothing below it moves: all asked for at once.
  holdUpdates(list, () => {
    if (!fromData()) return undefined;
    const stories = storiesReady(data()?.feedItems() ?? list.items);
    return listData.pending ?? stories;
  });
  return fromData;
}
