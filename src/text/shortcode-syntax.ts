/**
 * Where WordPress shortcodes are in a text, not what they mean: the excerpt cleaner (first load)
 * and the converter (loaded on demand) both read them with these two functions.
 */

/**
 * A bracketed token shaped like a shortcode, `[name attributes]`, `[name /]` or `[/name]`, as its
 * match: `[0]` the token as written, `[1]` "/" when it closes, `[2]` the name, lower-cased, `[3]`
 * the attributes from the space after the name (or `undefined`), `[4]` "/" when it closes itself;
 * `index`, where it starts in the text. A match, not an object, to keep the first load small.
 */
export type ShortcodeToken = RegExpMatchArray;

// Names start with a letter: "[1]" is a footnote, not code. Attributes stop at any bracket, so a
// stray "[" costs a scan to the next bracket, never one to the end of the text.
const TOKEN = /\[(\/?)([a-z][\w-]*)(\s[^[\]]*?)?(\/?)\]/gi;

/**
 * `text` as text and tokens in order. `[[name]]` is WordPress's escape: the text `[name]`, an item of
 * its own. When `starts` is given, it receives where each item begins in `text`.
 */
export function splitShortcodes(text: string, starts?: number[]): (string | ShortcodeToken)[] {
  const items: (string | ShortcodeToken)[] = [];
  const add = (item: string | ShortcodeToken, at: number) => {
    starts?.push(at);
    items.push(item);
  };
  let last = 0;
  for (const token of text.matchAll(TOKEN)) {
    const start = token.index;
    const end = start + token[0].length;
    const escaped = text[start - 1] === '[' && text[end] === ']';
    add(text.slice(last, start - +escaped), last);
    if (!escaped) token[2] = token[2]!.toLowerCase();
    add(escaped ? token[0] : token, start);
    last = end + +escaped;
  }
  add(text.slice(last), last);
  return items;
}

/**
 * For each opening token of `items`, the index of the closing token WordPress pairs it with: the
 * first one of the same name after it. Found in one pass, however many tokens never close.
 */
export function shortcodeClosers(items: readonly (string | ShortcodeToken)[]): (number | undefined)[] {
  const closers: (number | undefined)[] = [];
  const next = new Map<string, number>();
  for (let i = items.length; i--;) {
    const token = items[i]!;
    if (typeof token == 'string') continue;
    if (token[1]) next.set(token[2]!, i);
    else if (!token[4]) closers[i] = next.get(token[2]!);
  }
  return closers;
}
