// The code `<news-article-body>` needs to draw `html`, asked for once for the page, here so that a
// live blog can ask for it before its posts are drawn. A body awaits the same promise each time:
// settled, it resolves in a microtask, where a new import() of a module already here takes a task
// in Firefox, so a body drawn in one frame would get its content a frame later. (A failed fetch is
// not asked again: the browser keeps a module that failed to load failed for the page.) The one
// module here that names a component's files, and only in import(): the live blog asks for the
// article body's code, and a module of the article body's own would make the single file expose
// it to the blog's chunk, 0.1 kB more on every first load.
let sanitizer: Promise<typeof import('../article-body/sanitize.js')> | undefined;
let converter: Promise<typeof import('../text/shortcodes.js')> | undefined;

/** The sanitiser (DOMPurify and its pre-pass). */
export const sanitizerCode = () => (sanitizer ??= import('../article-body/sanitize.js'));

/** The WordPress converter (shortcodes, autop), which most CMS markup needs. */
export const converterCode = () => (converter ??= import('../text/shortcodes.js'));
