/**
 * Takes out of untrusted HTML, before any parser sees it, what makes a browser file
 * Content-Security-Policy violation reports while merely parsing it: event-handler (`on*`) and
 * `style` attributes, `<style>` elements and `<base href>`. Chromium reports these while DOMParser
 * builds the inert document, before a sanitiser can remove anything, so one hostile post would
 * flood a newsroom's `report-uri` with reports of attacks that never ran.
 *
 * This is not a safety measure: DOMPurify, which runs next, removes all of it anyway and stays the
 * only safety gate. What this pass must never do is change what the markup means, so it follows the
 * HTML tokenizer wherever that decides what is a tag: quoted and unquoted attribute values, `/`
 * between attributes, comments and bogus comments, `<script>` (with its escape states), RCDATA and
 * RAWTEXT elements, `<plaintext>`, CDATA inside SVG and MathML, end tags with attributes, and a tag
 * left open at the end (the parser drops it; it stays here as written). Which namespace a tag lands
 * in (an SVG `<style>` holds markup, an HTML one text) follows a small model of the tree builder's
 * stack of open elements. It leaves out implied end tags, foster parenting and the adoption agency,
 * so for markup misnested on purpose across SVG or MathML it can guess wrong; the cost is then a
 * report left in or text of that markup lost, never safety. An SVG `<style>` keeps its place in the
 * tree under the name {@link INERT_STYLE}, which the sanitiser drops with its content as it does
 * `<style>`. Linear in the length of the input.
 */

/** The name an SVG `<style>` (and its end tag) is given: an element that reports nothing. */
export const INERT_STYLE = 'news-inert-style';

interface Open {
  name: string;
  ns: 'html' | 'svg' | 'math';
  /** Where HTML goes on inside SVG or MathML: an HTML or a MathML text integration point. */
  point?: 'html' | 'text' | false;
  renamed?: boolean;
}
type Attribute = [start: number, end: number, name: string, value: string];

const set = (words: string) => new Set(words.split(' '));
const RAW = set('style xmp iframe noembed noframes textarea title script');
const VOID = set(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr',
);
// Start tags that leave SVG and MathML for HTML (and <font> with color, face or size).
const BREAKOUT = set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var',
);
const MATH_TEXT = set('mi mo mn ms mtext');
const SVG_HTML = set('foreignobject desc title');
// Only ASCII letters fold: "K" (the Kelvin sign) is no k to the tokenizer.
const lower = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

const TAG = /<(\/?)([A-Za-z][^\t\n\f\r />]*)/y;
const GAP = /[\t\n\f\r /]*/y;
const ATTRIBUTE =
  /([^\t\n\f\r />][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"?|'[^']*'?|[^\t\n\f\r >]*))?/y;
const COMMENT = /<!--(?:-?>|[^]*?--!?>|[^]*)/y;
const CDATA = /<!\[CDATA\[[^]*?(?:\]\]>|$)/y;
const BOGUS = /<[!?][^>]*>?|<\/(?![A-Za-z>])[^>]*>?/y;
const SCRIPT = /(<!--)|(-->)|<(\/?)script[\t\n\f\r />]/gi;

interface Tag {
  end: boolean;
  name: string;
  nameStart: number;
  attributes: Attribute[];
  selfClosing: boolean;
  /** Just after the `>`. */
  next: number;
}

/** The tag at `at` (`<` or `</`, then a letter), or undefined if the input ends inside it. */
function readTag(html: string, at: number): Tag | undefined {
  TAG.lastIndex = at;
  const [whole, slash, name] = TAG.exec(html)!;
  const attributes: Attribute[] = [];
  let position = at + whole.length;
  let gap = '';
  for (;;) {
    GAP.lastIndex = position;
    gap = GAP.exec(html)![0];
    position += gap.length;
    if (position >= html.length || html[position] === '>') break;
    ATTRIBUTE.lastIndex = position;
    const [text, attribute, value = ''] = ATTRIBUTE.exec(html)!;
    attributes.push([position, (position += text.length), lower(attribute), value]);
  }
  if (position >= html.length) return undefined;
  return {
    end: slash === '/',
    name: lower(name),
    nameStart: at + 1 + slash.length,
    attributes,
    selfClosing: gap.endsWith('/'),
    next: position + 1,
  };
}

/** Where the end tag of a RAWTEXT, RCDATA or script element starts (-1: the text runs to the end). */
function rawEnd(html: string, name: string, from: number): number {
  if (name !== 'script') {
    const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    end.lastIndex = from;
    return end.exec(html)?.index ?? -1;
  }
  let state = 0; // 0: script data, 1: escaped (after <!--), 2: double escaped (after <!--<script>)
  SCRIPT.lastIndex = from;
  for (let m; (m = SCRIPT.exec(html));) {
    if (m[1]) {
      state ||= 1;
      // The dashes of "<!--" may be those of "-->" too ("<!-->").
      SCRIPT.lastIndex = m.index + 2;
    } else if (m[2]) state = 0;
    else if (m[3]) {
      if (state < 2) return m.index;
      state = 1;
    } else if (state) state = 2;
  }
  return -1;
}

/** `html` without what makes parsing it report CSP violations; see the module comment. */
export function stripForParse(html: string): string {
  const out: string[] = [];
  let copied = 0;
  // Replaces html[from, to) (copying what lies before it first); calls come in order.
  const cut = (from: number, to: number, insert = '') => {
    out.push(html.slice(copied, from), insert);
    copied = to;
  };

  // The stack of open elements, and how many of each name it holds (most end tags need not look).
  const stack: Open[] = [];
  const counts = new Map<string, number>();
  const count = (name: string) => counts.get(name) ?? 0;
  const push = (node: Open) => {
    stack.push(node);
    counts.set(node.name, count(node.name) + 1);
  };
  const popFrom = (index: number) => {
    for (const { name } of stack.splice(index)) counts.set(name, count(name) - 1);
  };
  // A tag that leaves SVG or MathML: back to the nearest HTML element or integration point.
  const breakOut = () => {
    let index = stack.length;
    while (index && stack[index - 1]!.ns !== 'html' && !stack[index - 1]!.point) index--;
    popFrom(index);
  };
  // An end tag closes the nearest foreign element of its name, up to the first HTML element; from
  // there the nearest HTML one (`</a>` closes `<a><svg>`) unless an integration point lies between.
  const close = (name: string, rename: () => void) => {
    let index = stack.length - 1;
    // A browser flattens a tree this deep anyway; the bound keeps each end tag's work constant.
    const floor = Math.max(-1, index - 256);
    for (let foreign = true, bounded = false; count(name) && index > floor; index--) {
      const node = stack[index]!;
      if (node.ns === 'html') {
        if (bounded) return;
        foreign = false;
      } else if (!foreign) {
        if (node.point) return;
        continue;
      }
      if (node.name === name) {
        if (node.renamed) rename();
        return popFrom(index);
      }
      bounded ||= Boolean(node.point);
    }
  };

  let at = 0;
  while ((at = html.indexOf('<', at)) >= 0) {
    const current = stack[stack.length - 1];
    const foreign = Boolean(current && current.ns !== 'html');
    const pattern = html.startsWith('<!--', at)
      ? COMMENT
      : foreign && html.startsWith('<![CDATA[', at)
        ? CDATA
        : BOGUS;
    pattern.lastIndex = at;
    if (pattern.test(html)) {
      at = pattern.lastIndex;
      continue;
    }
    if (!/[A-Za-z]/.test(html[at + (html[at + 1] === '/' ? 2 : 1)] ?? '')) {
      at++;
      continue;
    }
    const tag = readTag(html, at);
    // A tag still open at the end is never emitted: the rest stays as it is.
    if (!tag) break;
    const { name, nameStart, attributes, selfClosing } = tag;
    const rename = () => cut(nameStart, nameStart + name.length, INERT_STYLE);
    if (tag.end) {
      if (foreign && (name === 'p' || name === 'br')) breakOut();
      else close(name, rename);
      at = tag.next;
      continue;
    }
    let ns: Open['ns'] = 'html';
    if (
      foreign &&
      current!.point !== 'html' &&
      !(current!.point === 'text' && name !== 'mglyph' && name !== 'malignmark') &&
      !(current!.name === 'annotation-xml' && name === 'svg')
    ) {
      const font =
        name === 'font' && attributes.some(([, , attribute]) => /^(color|face|size)$/.test(attribute));
      if (BREAKOUT.has(name) || font) breakOut();
      else ns = current!.ns;
    }
    // Inside <select>, older parsers (WebKit's) ignore a <style> tag and read its text as markup,
    // newer ones (Chromium's) keep it: left as written, it means the same to both.
    if (ns === 'html' && name === 'style' && !count('select')) {
      // An HTML <style>, its text and its end tag become an empty <script>: built into the tree by
      // the same rules, never run by DOMParser, and what stood on either side stays apart ("<" and
      // "p>" must not meet as "<p>"). Not a comment: DOMPurify judges a text-only element by its
      // innerHTML.
      const end = rawEnd(html, name, tag.next);
      const closing = end < 0 ? undefined : readTag(html, end);
      cut(at, closing?.next ?? html.length, '<script></script>');
      if (!closing) break;
      at = closing.next;
      continue;
    }
    const renamed = ns === 'svg' && name === 'style';
    if (renamed) rename();
    for (const [start, end, attribute] of attributes) {
      if (/^on|^style$/.test(attribute) || (attribute === 'href' && name === 'base')) cut(start, end, ' ');
    }
    at = tag.next;
    if (ns !== 'html') {
      const encoding = attributes.find(([, , attribute]) => attribute === 'encoding')?.[3] ?? '';
      const point =
        ns === 'svg'
          ? SVG_HTML.has(name) && 'html'
          : MATH_TEXT.has(name)
            ? 'text'
            : name === 'annotation-xml' &&
              /^["']?(text\/html|application\/xhtml\+xml)["']?$/i.test(encoding) &&
              'html';
      if (!selfClosing) push({ name, ns, point, renamed });
    } else if (name === 'svg' || name === 'math') {
      if (!selfClosing) push({ name, ns: name });
    } else if (name === 'plaintext') {
      break;
    } else if (RAW.has(name)) {
      const end = rawEnd(html, name, at);
      if (end < 0) break;
      at = end;
    } else if (!VOID.has(name)) {
      push({ name, ns });
    }
  }
  out.push(html.slice(copied));
  return out.join('');
}
