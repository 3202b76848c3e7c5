import { excerptReady } from '../internal/excerpt.js';
import { mediaReady } from './indicators.js';
import { extrasReady } from './parts.js';

/*
 * The code a story's teaser draws with beyond the first load, each part fetched once on demand: the
 * one answer to "what do these stories need", for a teaser and for a list about to draw many.
 */

/** What of a story (a teaser, or an item of a list) takes that code. */
export interface Story {
  media?: unknown;
  related?: unknown;
  rank?: unknown;
  excerpt?: unknown;
  excerptWords?: unknown;
}

/**
 * What drawing `story` waits for: its media mark's code, its related links' or rank's (`anchors`:
 * links in its `related` slot), its excerpt's cleaning (not while `hydrating`: the server's came clean).
 */
const waits = (story: Story, anchors?: boolean, hydrating?: boolean) => [
  mediaReady(story.media),
  extrasReady(story.related, !!anchors, story.rank),
  hydrating ? undefined : excerptReady(story.excerpt, story.excerptWords ?? 30),
];

/** Settles once every wait has, all asked for at once; `undefined` when none is left. */
function all(waits: (Promise<void> | undefined)[]): Promise<unknown> | undefined {
  // A list's thousand stories wait for the same few promises.
  const left = new Set(waits.filter((wait) => wait));
  return left.size ? Promise.all(left) : undefined;
}

/** What a teaser waits for before it renders, so nothing appears late under the reader. */
export const storyReady = (story: Story, anchors: boolean, hydrating: boolean) =>
  all(waits(story, anchors, hydrating));

const asked = new WeakMap<object, Promise<unknown> | undefined>();

/**
 * The same for a list's stories (`items`, a feed's pages), before it draws any: a teaser drawn
 * before its code is here shows nothing, then grows and pushes the stories below it down. Each
 * array is looked through once.
 */
export function storiesReady(stories: unknown): Promise<unknown> | undefined {
  if (!Array.isArray(stories)) return;
  if (!asked.has(stories)) {
    const wait = all(stories.flatMap((story: Story | null | undefined) => waits(story ?? {})));
    // Once settled, nothing to wait for: the hold asks again then.
    asked.set(
      stories,
      wait?.then(() => void asked.set(stories, undefined)),
    );
  }
  return asked.get(stories);
}
