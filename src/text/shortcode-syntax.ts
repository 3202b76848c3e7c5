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

/** `text` as text and tokens in order. `[[name]]` is WordPress's escape: the text `[name]`. */
export function splitShortcodes(text: string): (string | ShortcodeToken)[] {
  const items: (string | ShortcodeToken)[] = [];
  let last = 0;
  for (const token of text.matchAll(TOKEN)) {
    const start = token.index;
    const end = start + token[0].length;
    if (text[start - 1] === '[' && text[end] === ']') {
      items.push(text.slice(last, start - 1) + token[0]);
      last = end + 1;
    } else {
      token[2] = token[2]!.toLowerCase();
      items.push(text.slice(last, start), token);
      last = end;
    }
  }
  items.push(text.slice(last));
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
