/**
 * The one clock behind every relative dateline on a page. Each element says when its text will
 * next change; the clock keeps a single timer for the earliest of those among the elements on
 * screen, so a page of "3 hours ago" wakes hourly, not every second. Elements scrolled out of view
 * are skipped (IntersectionObserver) and caught up when they return. With no element left
 * watching, no timer and no observer remain.
 */

/** What the clock needs from an element: a way to ask it to render again. */
interface Ticking extends Element {
  requestUpdate(): void;
}

const due = new Map<Ticking, number>();
const offScreen = new Set<Element>();
let timer: ReturnType<typeof setTimeout> | undefined;
let wakeAt = Infinity;
let observer: IntersectionObserver | undefined;

function wakeUpAt(at: number): void {
  clearTimeout(timer);
  wakeAt = at;
  // setTimeout fires at once for delays past 2^31 - 1 ms (about 24 days): look again by then.
  timer = at < Infinity ? setTimeout(tick, Math.min(Math.max(at - Date.now(), 0), 2 ** 31 - 1)) : undefined;
}

function schedule(): void {
  let next = Infinity;
  for (const [element, at] of due) if (!offScreen.has(element)) next = Math.min(next, at);
  wakeUpAt(next);
}

function tick(): void {
  const now = Date.now();
  for (const [element, at] of due) {
    if (at <= now && !offScreen.has(element)) {
      // The element reports its next change from `updated()`, which calls watch() again.
      due.set(element, Infinity);
      element.requestUpdate();
    }
  }
  schedule();
}

// A page frozen (a sleeping laptop, a tab in the background, the back-forward cache) resumes its
// timer where it stopped, not at the wall clock's time: the texts catch up when it is back.
const back = () => document.visibilityState === 'visible' && tick();
const returns = (listen: boolean) => {
  const method = listen ? 'addEventListener' : 'removeEventListener';
  document[method]('visibilitychange', back);
  window[method]('pageshow', back);
};

/** Ask for `element.requestUpdate()` in `delay` ms (while it is on screen). */
export function watch(element: Ticking, delay: number): void {
  if (!due.size) returns(true);
  if (!due.has(element) && typeof IntersectionObserver == 'function') {
    observer ??= new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting) offScreen.delete(target);
        else offScreen.add(target);
      }
      tick();
    });
    observer.observe(element);
  }
  const at = Date.now() + delay;
  due.set(element, at);
  // Only an earlier wake-up needs the timer moved: a thousand datelines joining cost no rescans.
  // (A later one leaves an early wake-up behind, which finds nothing due and reschedules.)
  if (at < wakeAt && !offScreen.has(element)) wakeUpAt(at);
}

/** Stop ticking for `element`; the last one out stops the timer and the observer. */
export function unwatch(element: Ticking): void {
  if (!due.delete(element)) return;
  offScreen.delete(element);
  observer?.unobserve(element);
  if (!due.size) {
    returns(false);
    observer?.disconnect();
    observer = undefined;
    wakeUpAt(Infinity);
  }
}
