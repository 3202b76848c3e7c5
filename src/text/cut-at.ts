// Where a CMS source longer than its bound is cut (cmsToHtml's `max`): at a block's end, never
// inside a tag, an entity, a word or a character.

// Where a cut may fall: after a closing block tag, or at a blank line.
const BLOCK_END = /<\/(?:p|div|h[1-6]|ul|ol|table|blockquote|figure|pre|section)>|\n\s*\n/gi;

/**
 * The end of the last block that ends within `max` characters (looked for near `max`), else the
 * last end of a word outside a tag: no tag, entity, word or character is cut in two.
 */
export function cutAt(source: string, max: number): number {
  const from = Math.max(0, max - 100_000);
  const near = source.slice(from, max);
  const end = [...near.matchAll(BLOCK_END)].pop();
  if (end) return from + end.index + end[0].length;
  let cut = near.length;
  const tag = near.lastIndexOf('<');
  if (tag > near.lastIndexOf('>')) cut = tag;
  else if (!/\s/.test(source.charAt(max))) {
    // Back to a space, or to the end of a tag: never into one.
    while (cut > 0 && !/[\s>]/.test(near.charAt(cut - 1))) cut--;
    if (!cut) {
      // One word as long as the window: cut before an entity, or between two characters.
      cut = near.length;
      const amp = near.lastIndexOf('&');
      if (amp >= 0 && /^&#?[a-z\d]*$/i.test(near.slice(amp))) cut = amp;
      else if (/[\ud800-\udbff]/.test(near.charAt(cut - 1))) cut--;
    }
  }
  return from + cut;
}
