// What the dateline's tests share: the clock they stop, the parts they read, the text a reader
// sees and hears, and the warnings they provoke on purpose.
import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import type { NewsDateline } from '../../src/dateline/dateline.js';

export const HOUSE = '{weekday} {dayOrdinal} {month}, {year}';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
// The clock stands still at 12:00 UTC on Saturday 15 December 2012 in the relative tests.
export const NOW = Date.UTC(2012, 11, 15, 12);
export const ago = (ms: number) => new Date(NOW - ms).toISOString();

export const $ = <T extends Element = HTMLElement>(el: NewsDateline, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const published = (el: NewsDateline) => $<HTMLTimeElement>(el, 'time[part="time"]');
export const updatedTime = (el: NewsDateline) => $<HTMLTimeElement>(el, 'time[part="updated-time"]');
export const wrapper = (el: NewsDateline) => $(el, 'span[lang]')!;
export const altDate = (el: NewsDateline) => $(el, '[part="time-alt"]');

/**
 * The text of the composed tree as it reaches the reader: slots show what is assigned to them
 * (or their own fallback), unassigned light DOM is skipped. With `announced`, parts hidden from
 * assistive technology are skipped too; without, what only they read.
 */
export function flatText(node: Node, announced = false): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (!(node instanceof Element)) return '';
  if (announced && node.getAttribute('aria-hidden') === 'true') return '';
  // A copy for screen readers (the place's, in its written case) is not drawn.
  if (!announced && node.classList.contains('visually-hidden')) return '';
  let children: Node[] = [...(node.shadowRoot ?? node).childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes();
    if (assigned.length) children = assigned;
  }
  return children.map((child) => flatText(child, announced)).join('');
}
export const seen = (el: NewsDateline) => flatText(el).replace(/\s+/g, ' ').trim();
export const heard = (el: NewsDateline) => flatText(el, true).replace(/\s+/g, ' ').trim();
export const LEAKS = /undefined|NaN|Invalid Date|null|\[object Object\]/;

/**
 * Renders markup holding several datelines and waits for each. (A plain wrapper element has no
 * updateComplete: `fixture` would wait for an animation frame, which a background tab never gets.)
 */
export async function page(template: TemplateResult): Promise<HTMLElement> {
  const root = fixtureSync<HTMLElement>(template);
  await Promise.all([...root.querySelectorAll('news-dateline')].map((el) => el.updateComplete));
  return root;
}

/**
 * An IntersectionObserver whose reports the test makes, so "scrolled out of view" does not depend
 * on the test page being painted. The clock builds its observer when the first element joins.
 */
export class FakeObserver {
  static current: FakeObserver | undefined;
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.current = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    this.disconnected = true;
  }
  report(target: Element, isIntersecting: boolean) {
    const entry = { target, isIntersecting } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

/** Stops the page's clock at `NOW` (timers and Date; animation frames still run). */
export const stopClock = () =>
  sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });

let warn: sinon.SinonStub | undefined;
/** Stubs console.warn for a test that provokes a warning on purpose (see `restoreWarnings`). */
export function expectWarnings() {
  warn = sinon.stub(console, 'warn');
  return warn;
}

/** For each test file's `afterEach`. */
export function restoreWarnings() {
  warn?.restore();
  warn = undefined;
}
