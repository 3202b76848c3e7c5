/**
 * Where text is drawn, read letter by letter: which lines a phrase takes, however the element
 * splits it into boxes (so a test reads the same before and after a change of markup).
 */

/** The letters of `phrase` (its first occurrence in `root`'s text), with their boxes. */
function letters(root: Node, phrase: string): DOMRect[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const text = nodes.map((node) => node.data).join('');
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  const rects: DOMRect[] = [];
  let offset = 0;
  for (const node of nodes) {
    for (
      let i = Math.max(start - offset, 0);
      i < Math.min(start + phrase.length - offset, node.length);
      i++
    ) {
      if (/\s/.test(node.data[i]!)) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect) rects.push(rect);
    }
    offset += node.length;
  }
  return rects;
}

/**
 * How many lines `phrase` is drawn on, how wide it is (from its first letter's edge to its last's,
 * as one line), and the middles of its first and last letters. Letters of different scripts on one
 * line have different heights: a line is told apart by its middle, more than 8px from the last.
 */
export function linesOf(
  root: Node,
  phrase: string,
): { lines: number; width: number; first: number; last: number } {
  const rects = letters(root, phrase);
  const middles = rects.map((rect) => (rect.top + rect.bottom) / 2);
  const sorted = middles.toSorted((a, b) => a - b);
  const lines = sorted.filter((middle, i) => i === 0 || middle - sorted[i - 1]! > 8).length;
  const width = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
  return { lines, width, first: middles[0]!, last: middles.at(-1)! };
}

/** The rightmost and leftmost edges of `phrase`'s letters. */
export function extentOf(root: Node, phrase: string): { left: number; right: number } {
  const rects = letters(root, phrase);
  return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
}
