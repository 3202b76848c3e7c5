/**
 * What one server render shares between the elements it draws: the stories the lists of a
 * `dedupe-group` have shown so far. Elements render in document order, so what is in it came from
 * the elements before. Each render has its own (ssr/scope.ts gives it to every element), so that
 * responses rendered at the same time never see each other's stories. Undefined in the browser.
 */
export type RenderScope = Map<string, unknown>;

const key = Symbol.for('news-elements.render-scope');
type Scoped = { [key]?: RenderScope };

export const renderScope = (element: object): RenderScope | undefined => (element as Scoped)[key];

export function giveRenderScope(element: object, scope: RenderScope): void {
  (element as Scoped)[key] = scope;
}
