/**
 * Leaks, check 2, in Chromium (`gc` exposed by --js-flags=--expose-gc): 1,000 fresh copies of the
 * element are connected and disconnected; the collected JS heap grows by under 1 kB a cycle (in a
 * typical tenth of the cycles) and (nearly) every copy has been collected. The sweep that runs it,
 * and its leaky twins, are in leak-sweep.ts.
 */
import type { LitElement } from 'lit';
import {
  imagesSettled,
  nextTask,
  publicProperties,
  settle,
  specimen,
  type LoadedElement,
  type StoryFile,
} from './quality.js';
import { CYCLES } from './leak-accounting.js';

export const gc = (globalThis as { gc?: () => void }).gc;
// performance.memory returns a new snapshot on every read: never keep the object.
export const heapNow = () =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

async function collectedHeap(): Promise<number> {
  await nextTask();
  gc!();
  await nextTask();
  gc!();
  return heapNow()!;
}

/** `performance.memory` is frozen between samples unless Chromium runs with precise memory info. */
export async function heapIsLive(): Promise<boolean> {
  const before = await collectedHeap();
  const ballast = Array.from({ length: 2000 }, (_, i) => new Array(500).fill(i));
  const after = await collectedHeap();
  return ballast.length > 0 && after - before > 1_000_000;
}

/** A fresh copy of `el` (attributes, children and property values) as `tag`. */
function copyOf(el: LitElement, tag: string, loaded: LoadedElement): LitElement {
  const copy = document.createElement(tag) as LitElement;
  for (const attr of el.attributes) copy.setAttribute(attr.name, attr.value);
  for (const child of el.childNodes) copy.append(child.cloneNode(true));
  const source = el as unknown as Record<string, unknown>;
  for (const { name } of publicProperties(loaded.ctor))
    (copy as unknown as Record<string, unknown>)[name] = source[name];
  return copy;
}

interface HeapResult {
  /** Bytes the collected JS heap gains per cycle. */
  perCycle: number;
  /** How many of the disconnected copies are still reachable after collection. */
  retained: number;
  /** The collected heap in kB before the cycles and after each tenth of them: for a failure's message. */
  heap: number[];
}

/**
 * Bytes per cycle in the median tenth of the cycles. A leak adds to every tenth; a one-time cost
 * (code the JIT optimizes late) or something held for a moment through forced collections (0.7 MB,
 * 6% of the heap, in one tenth of <news-share>'s cycles here) adds to one or two. Measured from
 * first to last, as a share of the heap, such a moment at the end counted in full.
 */
function perCycleOf(heap: number[], tenth: number): number {
  const tenths = heap
    .slice(1)
    .map((after, i) => after - heap[i]!)
    .sort((a, b) => a - b);
  return (tenths[4]! + tenths[5]!) / 2 / tenth;
}

/** `cycles` fresh copies connected, updated and removed; the heap collected before and after each tenth. */
export async function heapAfterCycles(
  loaded: LoadedElement,
  tag: string,
  files: StoryFile[],
  cycles = CYCLES,
): Promise<HeapResult> {
  const { el, container, remove } = await specimen(loaded.tag, files);
  el.remove();
  // Far below the viewport, past Chromium's lazy-loading margin: the copies' lazy images are never
  // requested. A thousand requests queued behind a busy test server (three engines share it in CI)
  // kept every copy alive until they were answered, which looked like a leak.
  container.style.cssText = 'position: absolute; inset-block-start: 100000px';
  const refs: WeakRef<LitElement>[] = [];
  const cycle = async () => {
    const copy = copyOf(el, tag, loaded);
    container.append(copy);
    await settle(copy);
    // An image still loading keeps its element alive for a moment; that is not a leak.
    await imagesSettled(copy);
    copy.remove();
    return copy;
  };
  try {
    // Warm up: compiled templates, caches, chunks. After 20 cycles the heap still grew for a few
    // hundred (by 1% to 3%): a tenth of the cycles first.
    const tenth = cycles / 10;
    for (let i = 0; i < tenth; i++) await cycle();
    const heap = [await collectedHeap()];
    for (let i = 1; i <= cycles; i++) {
      refs.push(new WeakRef(await cycle()));
      if (i % tenth === 0) heap.push(await collectedHeap());
    }
    const retained = await retainedAfterFetches(refs);
    return {
      perCycle: perCycleOf(heap, tenth),
      retained,
      heap: heap.map((bytes) => Math.round(bytes / 1000)),
    };
  } finally {
    remove();
  }
}

/**
 * How many copies are still reachable after collection. An image whose fetch is in flight keeps its
 * element alive until the response arrives, even once removed, and Chromium also fetches lazy images
 * near the viewport, which `imagesSettled` does not wait for. While other engines load the test
 * server, those responses can outlast the cycles; so collect again after each round trip to the
 * server while copies are still being released. A real leak never lets them go: the leaky twins
 * still fail.
 */
async function retainedAfterFetches(refs: WeakRef<object>[]): Promise<number> {
  const alive = () => refs.filter((ref) => ref.deref()).length;
  await collectedHeap();
  let retained = alive();
  // Stops when they are gone, or when three rounds in a row released none (a leak). Each round is
  // a round trip and a tenth of a second: on a loaded machine a head shot still decoding kept 21
  // bylines alive through three bare round trips.
  for (let round = 0, idle = 0; round < 50 && idle < 3 && retained > CYCLES / 100; round++) {
    await fetch('/package.json', { cache: 'no-store' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await collectedHeap();
    const now = alive();
    idle = now < retained ? 0 : idle + 1;
    retained = now;
  }
  return retained;
}

/** A custom element with a shadow root and no code of ours: the browser's part in what stays. */
class Bare extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<h3><a href="#story">A story</a></h3><slot></slot>';
  }
}

/** How many of 1,000 bare elements, connected and removed, are still reachable after collection. */
export async function bareRetained(): Promise<number> {
  if (!customElements.get('qa-bare')) customElements.define('qa-bare', Bare);
  const container = document.createElement('div');
  document.body.append(container);
  const refs: WeakRef<Element>[] = [];
  try {
    for (let i = 0; i < CYCLES; i++) {
      const copy = container.appendChild(document.createElement('qa-bare'));
      await nextTask();
      copy.remove();
      refs.push(new WeakRef(copy));
    }
    return await retainedAfterFetches(refs);
  } finally {
    container.remove();
  }
}

/** Waits, up to a minute, until the browser collects a bare element's removed copies again. */
export async function browserLetsGo(): Promise<boolean> {
  for (const deadline = performance.now() + 60_000; performance.now() < deadline;) {
    if ((await bareRetained()) <= CYCLES / 100) return true;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return false;
}

/**
 * The pass mark: the heap grows by under 1 kB a cycle, and (nearly) every copy has been collected.
 * 1 kB is the 10% of a 10 MB heap over 1,000 cycles that the mark was: not a share of the heap,
 * whose size depends on what ran before. (A copy kept whole adds 1.1 kB a cycle for an article
 * body, 39 kB for an article: the count of copies still reachable catches those.)
 */
export const MOST_BYTES_PER_CYCLE = 1000;
export const leaks = ({ perCycle, retained }: HeapResult) =>
  perCycle >= MOST_BYTES_PER_CYCLE || retained > CYCLES / 100;
