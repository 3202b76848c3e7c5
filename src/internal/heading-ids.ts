import { headingSlug } from '../text/heading-ids.js';

/** The headings a story's contents list: its sections (h2) and their parts (h3). */
export const HEADINGS = 'h2, h3';

/** A tree whose ids must stay unique: a document, a shadow root, a fragment not yet placed. */
export type IdScope = Document | DocumentFragment;

/** `node`'s document or shadow root, or nothing while it is not in one. */
export function idScope(node: Node): IdScope | undefined {
  const root = node.getRootNode();
  // Node types, not classes: a node may come from another frame's realm.
  return root.nodeType === 9 || root.nodeType === 11 ? (root as IdScope) : undefined;
}

/** Whether `scope` holds `id`: documents and shadow roots keep a table of ids, a fragment is read once. */
function lookUp(scope: IdScope): (id: string) => boolean {
  if (scope.nodeType === 9 || 'host' in scope) return (id) => !!scope.getElementById(id);
  const ids = new Set([...scope.querySelectorAll('[id]')].map((element) => element.id));
  return (id) => ids.has(id);
}

/**
 * Gives every heading of `headings` that has no id one made from its text (`headingSlug`, after
 * `prefix`), unique in `scopes`: the first "Background" on the page is `background`, the next
 * `background-2`, and a slug some other element already uses gets the next free number. Headings
 * with an id keep it. Ids depend only on the text and on what the page already holds, so the same
 * story gives the same ids on every render and every load: shared links to a section keep working.
 * Linear: each slug's next number is remembered through the call, and each look-up is in a table.
 */
export function giveHeadingIds(headings: Iterable<Element>, scopes: IdScope[], prefix = ''): void {
  const next = new Map<string, number>();
  const given = new Set<string>();
  const holders = scopes.map(lookUp);
  const taken = (id: string) => given.has(id) || holders.some((holds) => holds(id));
  for (const heading of headings) {
    if (heading.id) continue;
    const base = prefix + headingSlug(heading.textContent ?? '');
    let n = next.get(base) ?? 1;
    let id = n > 1 ? `${base}-${n}` : base;
    while (taken(id)) id = `${base}-${++n}`;
    next.set(base, n + 1);
    given.add(id);
    heading.id = id;
  }
}
