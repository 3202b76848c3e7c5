import { finishExcerpt, plainExcerpt, type ExcerptOptions } from '../text/excerpt-plain.js';
import { OnDemand } from './on-demand.js';

/** Tags, entities, shortcodes and word segmentation (src/text/excerpt.ts): a chunk of its own. */
export const excerptCleaning = new OnDemand('excerpt cleaning', () => import('../text/excerpt.js'));

// Where a cut falls without the segmenter: after `limit` space-separated words.
const spaced = (text: string, limit: number) => {
  const end = text.split(' ', limit).join(' ').length;
  return end < text.length ? end : undefined;
};

/**
 * `excerpt` as `cleanExcerpt` shows it: plain text at once, an excerpt with markup (or long enough
 * to need word segmentation) once the cleaning code is here, and `undefined` before. Should that
 * code fail to load, tags and bracketed shortcodes are dropped crudely rather than shown (a
 * paragraph's or a line's tag still parting paragraphs).
 */
export function shownExcerpt(excerpt: unknown, options: ExcerptOptions): string | undefined {
  const { module, failed } = excerptCleaning;
  return (
    plainExcerpt(excerpt, options) ??
    module?.cleanExcerpt(excerpt, options) ??
    (failed
      ? finishExcerpt(
          String(excerpt).replace(/<\/?(?:(p|br|li)\b)?[^>]*>?|\[[^\]]*\]?/gi, (_, block) =>
            block ? '\n\n' : ' ',
          ),
          options.words,
          spaced,
        )
      : undefined)
  );
}

/** Whether showing `excerpt` in `words` takes the cleaning code (markup, entities, shortcodes, or long). */
const needsCode = (excerpt: unknown, words: unknown) =>
  plainExcerpt(excerpt, { words: words as number }) === undefined;

/** What an element showing `excerpt` waits for before it renders: the cleaning code, if it needs it and it is not here. */
export function excerptReady(excerpt: unknown, words: unknown): Promise<void> | undefined {
  return needsCode(excerpt, words) ? excerptCleaning.pending : undefined;
}
