import type { LivePostItem } from '../../src/live-blog/live-blog.js';

export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** Posts 1..`to` (ids `p1`…), one a minute, the highest number the newest, each with a headline. */
export const numberedPosts = (to: number, html?: string): LivePostItem[] =>
  Array.from({ length: to }, (_, i) => ({
    id: `p${i + 1}`,
    datetime: minutesAgo(1000 - i),
    headline: `Update ${i + 1}`,
    ...(html === undefined ? {} : { html }),
  }));
