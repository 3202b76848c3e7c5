import { html, type TemplateResult } from 'lit';
import { written } from './choice.js';
import { number, quote } from './values.js';
import { clearWarning, warnOnce } from './warn.js';

// Lit cannot bind a tag name; one small template per level keeps real <h2>-<h6> elements.
const HEADINGS: Record<number, (id: string, content: unknown) => TemplateResult> = {
  2: (id, c) => html`<h2 id=${id} part=${id}>${c}</h2>`,
  3: (id, c) => html`<h3 id=${id} part=${id}>${c}</h3>`,
  4: (id, c) => html`<h4 id=${id} part=${id}>${c}</h4>`,
  5: (id, c) => html`<h5 id=${id} part=${id}>${c}</h5>`,
  6: (id, c) => html`<h6 id=${id} part=${id}>${c}</h6>`,
};

/** The heading level `value` asks for, clamped to 2-6 with one warning (`fallback` when not a number). */
export function headingLevel(element: Element, value: unknown, fallback: number): number {
  const level = Math.round(number(value));
  // A level put right forgets the warning: broken again, it warns again.
  if (level >= 2 && level <= 6) return (clearWarning(element, 'heading-level'), level);
  const used = level > 6 ? 6 : level < 2 ? 2 : fallback;
  const said = quote(written(element, 'heading-level', value));
  warnOnce(
    element,
    'heading-level',
    `<${element.localName}> heading-level ${said} is not 2 to 6; using ${used}.`,
  );
  return used;
}

/** `<h{level} id={id} part={id}>content</h{level}>`. */
export const heading = (level: number, id: string, content: unknown): TemplateResult =>
  HEADINGS[level]!(id, content);
