/**
 * Which embed providers the reader (or the site's consent manager) has let load. A provider is a
 * host as `allow-embeds` names it ("www.youtube.com"); a grant of a domain covers its subdomains.
 * Grants last for the page; the reader's "Always load" choices (`consent="remember"`) are also
 * kept in localStorage. Free of Lit and small: the package exports it in the first load, and
 * the article body's embeds chunk does the rest.
 */

/** localStorage key of the providers a reader chose to always load (a JSON array of hosts). */
export const CONSENT_KEY = 'news-elements:consent';
/**
 * Fired on `document` when providers are granted or revoked: `detail.granted` lists every provider
 * granted now, `detail.revoked` those just revoked.
 */
export const CONSENT_EVENT = 'news-consent-change';

const granted = new Set<string>();

const hostOf = (provider: unknown) =>
  String(provider)
    .trim()
    .toLowerCase()
    .replace(/^([a-z]+:)?\/\/|[/:?#].*$/g, '');

/** The reader's remembered choices; none where storage is off or holds something else. */
export function storedConsent(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(CONSENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((host): host is string => typeof host == 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The hosts of each revoke so far, in order: an embed that missed some (made before the body drew
 * it, or away from the page in a single-page app) takes back the frames revoked meanwhile. @internal
 */
export const revocations: string[][] = [];

/** Whether `hosts` name `provider` or a domain that holds it. @internal */
export const covers = (hosts: string[], provider: string): boolean =>
  hosts.some((host) => provider === host || provider.endsWith(`.${host}`));

function change(providers: unknown[], grant: boolean, remember = false): void {
  let stored = storedConsent();
  // Revoking all: every host granted or remembered.
  const named = providers.length ? providers.map(hostOf).filter(Boolean) : [...granted, ...stored];
  // A revoke of www.youtube.com takes back a youtube.com too: else that would still cover it.
  const hosts = grant
    ? named
    : [...new Set([...named, ...granted, ...stored])].filter((host) =>
        named.some((name) => covers([host], name)),
      );
  // A revoke of youtube.com takes back www.youtube.com as well: it covers it.
  if (grant) for (const host of hosts) granted.add(host);
  else for (const host of [...granted]) if (covers(hosts, host)) granted.delete(host);
  if (grant) stored = remember ? [...new Set([...stored, ...hosts])] : stored;
  else {
    stored = providers.length ? stored.filter((host) => !covers(hosts, host)) : [];
    revocations.push(hosts);
  }
  try {
    if (stored.length) localStorage.setItem(CONSENT_KEY, JSON.stringify(stored));
    else localStorage.removeItem(CONSENT_KEY);
  } catch {
    // Storage off (a private window, a sandboxed frame): the choice lasts for the page.
  }
  if (typeof document == 'object')
    document.dispatchEvent(
      new CustomEvent(CONSENT_EVENT, {
        detail: { granted: [...new Set([...granted, ...stored])], revoked: grant ? [] : hosts },
      }),
    );
}

/**
 * Lets embeds from `providers` (hosts as `allow-embeds` names them: `"www.youtube.com"`) load
 * without a click, for this page: placeholders already shown load their frames. For a site's
 * consent manager, which keeps its own record.
 */
export function grantEmbeds(...providers: string[]): void {
  change(providers, true);
}

/**
 * Withdraws the consent given to `providers` (all of them when none is named), on this page and the
 * reader's remembered choices: frames from them on the page turn back into placeholders.
 */
export function revokeEmbeds(...providers: string[]): void {
  change(providers, false);
}

/** The reader's "Always load" choice: granted, and remembered in localStorage. @internal */
export const rememberEmbeds = (provider: string): void => change([provider], true, true);

/** Whether embeds of `provider` may load without a click. @internal */
export function consented(provider: string): boolean {
  return covers([...granted, ...storedConsent()], provider);
}
