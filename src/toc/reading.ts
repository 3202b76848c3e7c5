/**
 * The line a heading must pass for its section to be the one being read: a third of the way down
 * the screen. The top margin takes in everything above it, so that a jump from one end of the story
 * to the other still changes what the observer reports (it reports changes, not positions).
 */
const READING_LINE = '100000px 0px -66% 0px';

/**
 * Which section the reader is in: the last of `headings` whose top has passed the reading line,
 * or -1 above the first. One IntersectionObserver, whose callbacks come only when a heading
 * crosses the line; nothing listens to scrolling or reads the layout.
 */
export class ReadingPosition {
  private observer?: IntersectionObserver;
  private passed: boolean[] = [];
  private index = -1;

  constructor(private readonly moved: (index: number) => void) {}

  watch(headings: HTMLElement[]): void {
    this.stop();
    this.passed = headings.map(() => false);
    if (!headings.length || typeof IntersectionObserver === 'undefined') return;
    const order = new Map(headings.map((heading, i) => [heading as Element, i]));
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const i = order.get(entry.target)!;
          const { top, height } = entry.boundingClientRect;
          const line = entry.rootBounds?.bottom;
          // A heading that is not drawn (height 0) has passed nothing.
          this.passed[i] = height > 0 && (line === undefined ? entry.isIntersecting : top < line);
        }
        // Headings pass the line in order: walk from the last position to the last that has.
        let i = Math.min(this.index, this.passed.length - 1);
        while (this.passed[i + 1]) i++;
        while (i >= 0 && !this.passed[i]) i--;
        if (i !== this.index) this.moved((this.index = i));
      },
      // The document's own viewport (in a frame, the frame's), in which the line is measured.
      { root: headings[0]!.ownerDocument, rootMargin: READING_LINE },
    );
    for (const heading of headings) this.observer.observe(heading);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
