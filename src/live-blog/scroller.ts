/**
 * The box that scrolls `element`, which a sticky box in it sticks to: the nearest one up the flat
 * tree (through slots and shadow roots) whose overflow is not `visible` or `clip` (a sidebar's
 * scroller), else the page's (`undefined`). `overflowing`: only a box whose content is taller than
 * it, so one that grows with its content (a page's `overflow-x: hidden` wrapper) is passed by.
 */
export function scrollerOf(element: Element, overflowing = false): Element | undefined {
  const page = document.scrollingElement;
  for (let node: Element | null | undefined = element; node && node !== page && node !== document.body;) {
    const scrolls = !/^(visible|clip)$/.test(getComputedStyle(node).overflowY);
    if (scrolls && (!overflowing || node.scrollHeight > node.clientHeight)) return node;
    node = node.assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
  }
  return undefined;
}
