/**
 * A click that follows a link in this tab: the main button and no modifier key. A modified click
 * (a new tab or window, a download) is the browser's, and a script that handles links leaves it be.
 */
export const plainClick = (event: MouseEvent): boolean =>
  !(event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
