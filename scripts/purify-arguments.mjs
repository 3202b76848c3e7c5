// DOMPurify calls every String and RegExp method through `unapply` (several calls per node and
// attribute it reads). Its build writes that wrapper as a loop copying `arguments` into an array,
// and the minifier of the single files turns the loop into `[...arguments].slice(1)`: two arrays
// per call, 5–10 times slower in V8. Sanitising 1 MB of WordPress text spent 0.2 s in it. Rest
// parameters say the same without the copies. The build fails if DOMPurify's code no longer
// matches, so an update is looked at, not silently slow again.
const UNAPPLY =
  /function unapply\(func\) \{\n\treturn function\(thisArg\) \{\n[^\n]*arguments[^\n]*\n\t\treturn apply\(func, thisArg, args\);\n\t\};\n\}/;

/** A Vite plugin: DOMPurify's `unapply` with rest parameters. */
export function purifyArgumentsPlugin() {
  return {
    name: 'news-purify-arguments',
    transform(code, id) {
      if (!/[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/.test(id)) return undefined;
      if (!UNAPPLY.test(code))
        throw new Error(`${id}: DOMPurify's unapply() has changed; see scripts/purify-arguments.mjs.`);
      return {
        code: code.replace(
          UNAPPLY,
          'function unapply(func) {\n\treturn (thisArg, ...args) => apply(func, thisArg, args);\n}',
        ),
        map: null,
      };
    },
  };
}
