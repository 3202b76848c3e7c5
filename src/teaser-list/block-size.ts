import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Sizes a block of stories until it is first drawn (see `[style]` in the styles), through the
 * CSSOM. An element's directive: a server runs none, so it writes no style attribute.
 */
export const blockSize = directive(
  class extends Directive {
    render(_count: number) {
      return noChange;
    }
    override update(part: ElementPart, [count]: [number]) {
      (part.element as HTMLElement).style.setProperty('--_teaser-list-count', String(count));
      return noChange;
    }
  },
);
