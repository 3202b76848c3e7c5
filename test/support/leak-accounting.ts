/**
 * Leaks, check 1, in every engine: global event listeners (window, document, media queries),
 * intervals, long timeouts, animation-frame loops and observer registrations are counted while the
 * element is re-connected 1,000 times; once it is disconnected, every count is back where it
 * started. The sweep that runs it, and its leaky twin, are in leak-sweep.ts.
 */
import { nextTask, settle, specimen, type StoryFile } from './quality.js';

/** Connections and disconnections of each element, in this check and the heap check (leak-heap.ts). */
export const CYCLES = 1000;

type Counts = Record<'listeners' | 'intervals' | 'timeouts' | 'frames' | 'observations', number>;

/** Patches the global APIs a component could leave running and counts what is outstanding. */
function instrument(): { counts: () => Counts; restore: () => void } {
  const listeners = new Set<string>();
  const keyed = new WeakMap<object, number>();
  let nextKey = 0;
  const keyOf = (o: object) => {
    if (!keyed.has(o)) keyed.set(o, ++nextKey);
    return keyed.get(o)!;
  };
  const isGlobal = (target: EventTarget) =>
    !(target instanceof Node) ||
    target === document ||
    target === document.documentElement ||
    target === document.head ||
    target === document.body;
  const listenerKey = (
    target: EventTarget,
    type: string,
    fn: unknown,
    options?: boolean | EventListenerOptions,
  ) =>
    `${keyOf(target)}|${type}|${keyOf(fn as object)}|${Boolean(typeof options === 'boolean' ? options : options?.capture)}`;

  const proto = EventTarget.prototype;
  const { addEventListener, removeEventListener } = proto;
  // A bare addEventListener(…) in a module calls with no `this`: the browser means the window.
  proto.addEventListener = function (this: EventTarget | undefined, type, fn, options) {
    if (!this) return proto.addEventListener.call(window, type, fn, options);
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (fn && isGlobal(this) && !signal?.aborted) {
      const key = listenerKey(this, type, fn, options);
      listeners.add(key);
      signal?.addEventListener('abort', () => listeners.delete(key));
      if (typeof options === 'object' && options.once) {
        addEventListener.call(this, type, () => listeners.delete(key), { once: true });
      }
    }
    return addEventListener.call(this, type, fn, options);
  };
  proto.removeEventListener = function (this: EventTarget | undefined, type, fn, options) {
    if (!this) return proto.removeEventListener.call(window, type, fn, options);
    if (fn) listeners.delete(listenerKey(this, type, fn, options));
    return removeEventListener.call(this, type, fn, options);
  };
  const mql = MediaQueryList.prototype;
  const { addListener, removeListener } = mql;
  mql.addListener = function (this: MediaQueryList, fn) {
    if (fn) listeners.add(listenerKey(this, 'change', fn, false));
    return addListener.call(this, fn);
  };
  mql.removeListener = function (this: MediaQueryList, fn) {
    if (fn) listeners.delete(listenerKey(this, 'change', fn, false));
    return removeListener.call(this, fn);
  };

  // Timers: intervals always count; timeouts count when long (a short one is a debounce that
  // is about to run); animation frames count while pending (a loop keeps one pending forever).
  const intervals = new Set<number>();
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  // Typed loosely on purpose: DOM and Node typings disagree about timer handles.
  type Fn = (...args: unknown[]) => unknown;
  const w = window as unknown as Record<string, Fn>;
  const names = [
    'setInterval',
    'clearInterval',
    'setTimeout',
    'clearTimeout',
    'requestAnimationFrame',
    'cancelAnimationFrame',
  ];
  const saved = Object.fromEntries(names.map((name) => [name, w[name]!])) as Record<string, Fn>;
  const call = (name: string, ...args: unknown[]) => saved[name]!.apply(window, args) as number;
  w.setInterval = (fn, ...rest) => {
    const id = call('setInterval', fn, ...rest);
    intervals.add(id);
    return id;
  };
  w.clearInterval = (id) => {
    intervals.delete(id as number);
    return call('clearInterval', id);
  };
  w.setTimeout = (fn, ms, ...rest) => {
    const id = call(
      'setTimeout',
      (...a: unknown[]) => {
        timeouts.delete(id);
        if (typeof fn === 'function') (fn as Fn)(...a);
      },
      ms,
      ...rest,
    );
    if (Number(ms ?? 0) >= 1000) timeouts.add(id);
    return id;
  };
  w.clearTimeout = (id) => {
    timeouts.delete(id as number);
    return call('clearTimeout', id);
  };
  w.requestAnimationFrame = (fn) => {
    const id = call('requestAnimationFrame', (t: number) => {
      frames.delete(id);
      (fn as Fn)(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id) => {
    frames.delete(id as number);
    return call('cancelAnimationFrame', id);
  };

  // Observers: every (observer, target) registration that has not been undone.
  const observations = new Map<object, Set<Node>>();
  const restores: (() => void)[] = [];
  for (const Observer of [ResizeObserver, IntersectionObserver, MutationObserver] as const) {
    const p = Observer.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = { observe: p.observe!, unobserve: p.unobserve, disconnect: p.disconnect! };
    p.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      if (!observations.has(this)) observations.set(this, new Set());
      observations.get(this)!.add(target as Node);
      return original.observe.call(this, target, ...rest);
    };
    if (original.unobserve) {
      p.unobserve = function (this: object, target: unknown) {
        observations.get(this)?.delete(target as Node);
        return original.unobserve!.call(this, target);
      };
    }
    p.disconnect = function (this: object) {
      observations.delete(this);
      return original.disconnect.call(this);
    };
    restores.push(() => Object.assign(p, original));
  }

  return {
    counts: () => ({
      listeners: listeners.size,
      intervals: intervals.size,
      timeouts: timeouts.size,
      frames: frames.size,
      observations: [...observations.values()].reduce((n, targets) => n + targets.size, 0),
    }),
    restore() {
      Object.assign(proto, { addEventListener, removeEventListener });
      Object.assign(mql, { addListener, removeListener });
      Object.assign(w, saved);
      for (const undo of restores) undo();
    },
  };
}

/** Two animation frames: pending frames run; a loop would have scheduled its next one. */
const frames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** What `tag` leaves behind after CYCLES reconnections: each count off its baseline, and by how much. */
export async function whatStaysBehind(tag: string, files: StoryFile[]): Promise<Partial<Counts>> {
  const probe = instrument();
  try {
    // A first instance may set up module-level singletons (one shared media query listener):
    // that is not a leak, so the baseline is taken after it has come and gone.
    const warm = await specimen(tag, files);
    warm.remove();
    await frames();
    const baseline = probe.counts();

    const { el, container, remove } = await specimen(tag, files);
    for (let i = 0; i < CYCLES; i++) {
      el.remove();
      container.append(el);
      await el.updateComplete;
    }
    await settle(container);
    remove();
    await nextTask();
    await frames();
    const after = probe.counts();
    return Object.fromEntries(
      (Object.keys(after) as (keyof Counts)[])
        .filter((k) => after[k] !== baseline[k])
        .map((k) => [k, after[k] - baseline[k]]),
    );
  } finally {
    probe.restore();
  }
}
