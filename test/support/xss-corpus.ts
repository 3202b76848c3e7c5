/**
 * The XSS corpus for HTML inputs: the project's own payloads (test/fixtures/xss-payloads.json, which
 * call `__xss()`) and the public sets that npm packages ship (test/fixtures/xss-*.json as
 * `{ source, payloads }`; test/fixtures/README.md names each package, version and licence).
 * Deduplicated; a payload that runs calls `__xss()`, `alert()`, `confirm()`, `prompt()` or `print()`.
 */
export const CORPUS_FILES = [
  'xss-payloads.json',
  'xss-dompurify-fixtures.json',
  'xss-owasp-xss-filters.json',
  'xss-owasp-js-xss.json',
  'xss-sanitize-html-tests.json',
];

export async function loadXssCorpus(): Promise<string[]> {
  const sets = await Promise.all(
    CORPUS_FILES.map(async (name) => {
      const response = await fetch(`/test/fixtures/${name}`);
      if (!response.ok) throw new Error(`test/fixtures/${name}: ${response.status}`);
      const data = (await response.json()) as string[] | { payloads: string[] };
      return Array.isArray(data) ? data : data.payloads;
    }),
  );
  return [...new Set(sets.flat())];
}
