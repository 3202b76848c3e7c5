/**
 * Which engine runs the test, for the few tests that hold engines to different things; each such
 * test says in its title or a comment what every engine is held to.
 */
import { sendKeys } from '@web/test-runner-commands';

const agent = navigator.userAgent;
export const isChromium = /Chrome\//.test(agent);
/** WebKitGTK's MiniBrowser (Chromium's agent string names AppleWebKit too). */
export const isWebKit = /AppleWebKit/.test(agent) && !isChromium;

/** A test title's words for a page that asks for Trusted Types, where the engine enforces them or not. */
export const trustedTypesTitle =
  'trustedTypes' in window ? 'enforces Trusted Types' : 'asks for Trusted Types (not enforced here)';

/**
 * Presses `key` on what has focus in `host`'s shadow root. WebKitGTK's WebDriver cannot reach the
 * test's frame once a modal dialog has been shown there, so in WebKit the key's native effect is
 * applied instead: Enter and Space activate the focused button (that it is a real button is
 * asserted separately), Escape closes its dialog, and another key is dispatched as the keydown the
 * element listens to.
 */
export async function press(host: Element, key: string): Promise<void> {
  if (!isWebKit) return sendKeys({ press: key });
  const target = host.shadowRoot!.activeElement as HTMLElement;
  if (key === 'Escape') target.closest('dialog')!.close();
  else if (key === 'Enter' || key === ' ') target.click();
  else target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}
