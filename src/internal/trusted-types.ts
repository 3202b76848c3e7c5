/**
 * The library's one Trusted Types policy, `news-elements`, created on first use. A page that
 * enforces Trusted Types (`require-trusted-types-for 'script'`) allows it with
 * `trusted-types news-elements` in its Content-Security-Policy.
 *
 * It is module-private and narrow: `createHTML` exists only so DOMPurify can parse untrusted HTML
 * into an inert document (it never reaches a live sink as a string); `createScript` only accepts
 * JSON, for JSON-LD; script URLs are refused.
 */
interface NewsPolicy {
  /** Returns TrustedHTML; typed loosely because TypeScript's DOM typings lack Trusted Types. */
  createHTML(input: string): string;
  /** Returns TrustedScript for a JSON text; throws for anything that is not JSON. */
  createScript(input: string): string;
  createScriptURL(input: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: Record<string, (input: string) => string>): NewsPolicy;
}

let policy: NewsPolicy | null | undefined;

/** The policy where Trusted Types exist, `null` where they do not or the page refused it. */
export function newsPolicy(): NewsPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    policy = null;
    try {
      policy =
        factory?.createPolicy('news-elements', {
          createHTML: (input) => input,
          createScript: (input) => {
            JSON.parse(input);
            return input;
          },
          createScriptURL: () => '',
        }) ?? null;
    } catch {
      // Not allowed by the page's policy list, or a second copy of the library already made it.
      console.warn(
        "news-elements: could not create the Trusted Types policy 'news-elements'; add it to the page's trusted-types directive (with 'allow-duplicates' if the library is loaded twice).",
      );
    }
  }
  return policy;
}
