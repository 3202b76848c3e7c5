/**
 * The items a server rendered a list from, which travel with its HTML in `template[data-items]`
 * (JSON), so that the browser's first render draws the same; undefined when there are none.
 */
export function itemsFromServer(root: ParentNode): unknown[] | undefined {
  const json = root.querySelector<HTMLElement>('template[data-items]')?.dataset['items'];
  try {
    const items: unknown = json ? JSON.parse(json) : undefined;
    return Array.isArray(items) ? items : undefined;
  } catch {
    // Tampered markup: render what the page gives, as without a server.
    return undefined;
  }
}
