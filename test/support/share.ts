/** Shared by test/share.test.ts and test/share-button.test.ts. */
import sinon from 'sinon';
import type { NewsShare } from '../../src/share/share.js';

export const STORY = 'https://news.example.com/2026/03/night-buses?ref=home&x=1';
export const STORY_ENCODED = 'https%3A%2F%2Fnews.example.com%2F2026%2F03%2Fnight-buses%3Fref%3Dhome%26x%3D1';

// The browser's share sheet and clipboard, as each test needs them: an own property on
// `navigator` hides the engine's (undefined: the engine has none); deleting it brings it back.
const stubbed: string[] = [];
export function give(name: 'share' | 'canShare' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true });
  stubbed.push(name);
}
export function restoreNavigator() {
  for (const name of stubbed.splice(0)) delete (navigator as unknown as Record<string, unknown>)[name];
}
export const noShareSheet = () => give('share', undefined);
export function clipboard(writeText = sinon.stub().resolves()) {
  give('clipboard', { writeText });
  return writeText;
}

export const button = (el: NewsShare) => el.shadowRoot!.querySelector('button')!;
export const status = (el: NewsShare) => el.shadowRoot!.querySelector('[role="status"]')!;
export const links = (el: NewsShare) => [...el.shadowRoot!.querySelectorAll('a')];
export const link = (el: NewsShare, place: string) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>(`[part~="link-${place}"]`)!;
/** Lets a click's promises (share sheet, clipboard) settle. */
export const settled = () => new Promise((resolve) => setTimeout(resolve));
