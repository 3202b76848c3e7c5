/**
 * What the preload tests share: every sheet a page may link for the elements' boxes, as the build
 * ships it, and the measuring of an element's box before and after its upgrade.
 */
import { expect } from '@open-wc/testing';
import { preloadFile, themeFile } from '../../src/preload.js';

/**
 * A theme file as dist/themes has it (`bare`: as src/themes has it, without the preload rules); its
 * `@import`s written in (a constructed sheet ignores them), under their media query.
 */
export async function shipped(file: string, bare = false): Promise<string> {
  const source = await (await fetch(`/src/themes/${file}`)).text();
  let text = bare ? source : themeFile(source);
  for (const [rule, imported, media] of text.matchAll(/@import url\('\.\/([\w-]+\.css)'\)\s*([^;]*);/g)) {
    const body = await shipped(imported!, bare);
    text = text.replace(rule, media ? `@media ${media} {\n${body}\n}` : body);
  }
  return text;
}

// Every file a page may link for the elements' boxes: the four themes and the preload sheet alone;
// each as shipped, and (`bare`) what the page would have without the preload rules.
export type Load = (bare?: boolean) => Promise<string>;
export const sheets: [string, Load][] = [
  ['themes/preload.css', async (bare) => (bare ? '' : preloadFile())],
  ...['light', 'dark', 'tabloid', 'auto'].map((theme): [string, Load] => [
    `themes/${theme}.css`,
    (bare) => shipped(`${theme}.css`, bare),
  ]),
];

export interface Box {
  height: number;
  width: number;
  /** Where the paragraph after the element starts: what a layout shift would move. */
  next: number;
  /** The children's boxes, when asked for. */
  children?: DOMRect[];
}

export const measure = (el: Element, children?: (el: Element) => DOMRect[]): Box => {
  const box = el.getBoundingClientRect();
  const next = el.nextElementSibling!.getBoundingClientRect().top;
  return { height: box.height, width: box.width, next, children: children?.(el) };
};

/** `rules` (or any markup) with the tag `name` renamed to `tag`. */
export const rename = (rules: string, name: string, tag: string): string =>
  rules.replace(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, 'g'), tag);

/** The sheet's rules for `name`, renamed to `tag`, adopted by the document until `run` ends. */
export async function withRules<T>(
  rules: string,
  name: string,
  tag: string,
  run: () => Promise<T>,
): Promise<T> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rename(rules, name, tag));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    return await run();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/** Equal to the pixel: sub-pixel rounding of line boxes is not a shift anyone sees. */
export function expectSameBox({ before, after }: { before: Box; after: Box }) {
  expect(before.height, 'height').to.be.closeTo(after.height, 1);
  expect(before.next, 'next paragraph').to.be.closeTo(after.next, 1);
  expect(before.width, 'width').to.equal(after.width);
}

/** Until `el` and its children have drawn what they have to draw. */
export const settle = (el: Element) =>
  Promise.all([el, ...el.children].map((node) => (node as { updateComplete?: unknown }).updateComplete));

/** A container's boxes at each step of its upgrade, and the container. */
export interface Steps {
  before: Box;
  between: Box;
  after: Box;
  el: Element;
}

/**
 * A container `host` (a gallery, a live blog) whose children `child` come with code of their own
 * (the single file's, or on sight): its boxes before any script (measured on a copy whose children
 * are under a tag never defined), once the children are upgraded (the real tag, defined by the test
 * file), and once the container is drawn (`element`, under a fresh tag). `column(hostTag, childTag)`
 * writes the markup: the container first, then a paragraph.
 */
export async function upgradesAround(
  rules: string,
  {
    host,
    child,
    element,
    column,
    boxes,
  }: {
    host: string;
    child: string;
    element: CustomElementConstructor;
    column: (hostTag: string, childTag: string) => Promise<Element>;
    /** The children's boxes, where a shift would show inside the container. */
    boxes: (el: Element) => DOMRect[];
  },
): Promise<Steps> {
  const waiting = `${child}-waiting-${++fresh}`;
  const [first, drawn] = [`${host}-first-${fresh}`, `${host}-preload-${fresh}`];
  // Measured, then taken away, so that the next column starts where this one did.
  const before = await withRules(rename(rules, child, waiting), host, first, async () => {
    const written = await column(first, waiting);
    const box = measure(written.firstElementChild!, boxes);
    written.remove();
    return box;
  });
  return withRules(rules, host, drawn, async () => {
    const el = (await column(drawn, child)).firstElementChild!;
    await settle(el);
    const between = measure(el, boxes);
    customElements.define(drawn, class extends element {});
    await settle(el);
    await settle(el);
    return { before, between, after: measure(el, boxes), el };
  });
}
let fresh = 0;

/** The same boxes before any script and with the children upgraded as once all is drawn. */
export function expectNoShift(steps: Omit<Steps, 'el'>, children: string) {
  for (const [name, step] of [
    ['before any script', steps.before],
    [`${children} upgraded`, steps.between],
  ] as const) {
    expectSameBox({ before: step, after: steps.after });
    expect(step.children, `${name}: ${children} shown`).to.have.length(steps.after.children!.length);
    for (const [i, box] of step.children!.entries())
      for (const side of ['x', 'y', 'width', 'height'] as const)
        expect(box[side], `${name}: ${children} ${i + 1} ${side}`).to.be.closeTo(
          steps.after.children![i]![side],
          1,
        );
  }
}
