// custom-elements.json is generated from the sources' JSDoc (@summary, @slot, @csspart, @cssprop,
// @fires) by `npm run analyze`, which `npm run build` and Storybook run first. Never edit it by hand.

/** True when a TypeScript node carries an `@internal` JSDoc tag. */
const isInternal = (ts, node) => ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal');

/**
 * The manifest lists public API only: Storybook's docs tables (and anyone reading the manifest)
 * show every member it lists. A member is left out when it is `private` or `protected`, when its
 * name starts with `_` or `#`, or when it is tagged `@internal` (Lit lifecycle overrides). Rules,
 * not names: internal state added tomorrow stays out without anyone editing this file.
 */
function publicApiOnly() {
  // "module path|class|member" of every member tagged @internal, `static properties` entries included.
  const internal = new Set();
  const key = (path, className, name) => `${path}|${className}|${name}`;
  const hidden = (path, className, member) =>
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    /^[_#]/.test(member.name) ||
    internal.has(
      key(member.inheritedFrom?.module ?? path, member.inheritedFrom?.name ?? className, member.name),
    );
  return {
    name: 'news-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const name = member.name?.getText();
        if (!name) continue;
        if (isInternal(ts, member)) internal.add(key(moduleDoc.path, node.name.text, name));
        // Lit's `static properties = { name: {...} }`: an entry can carry the tag itself.
        if (name === 'properties' && ts.isPropertyDeclaration(member)) {
          let init = member.initializer;
          while (
            init &&
            (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))
          )
            init = init.expression;
          const object = init && ts.isObjectLiteralExpression(init) ? init : undefined;
          for (const entry of object?.properties ?? []) {
            if (entry.name && isInternal(ts, entry))
              internal.add(key(moduleDoc.path, node.name.text, entry.name.getText()));
          }
        }
      }
    },
    // After the analyzer's own link phase, so inherited members are filtered too.
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          const gone = new Set(
            declaration.members
              .filter((member) => hidden(module.path, declaration.name, member))
              .map((member) => member.name),
          );
          declaration.members = declaration.members.filter((member) => !gone.has(member.name));
          // The analyzer gives Lit's `{ state: true }` entries an attribute, which Lit does not create.
          declaration.attributes = declaration.attributes?.filter(
            (attribute) => !gone.has(attribute.fieldName) && !/^[_#]/.test(attribute.name),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/**/define.ts',
    'src/index.ts',
    'src/classes.ts',
    'src/ssr/**',
    'src/react/**',
    // Not elements: what they share, their strings, and the pure text functions.
    'src/internal/**',
    'src/i18n/**',
    'src/text/**',
    'src/schema/**',
    'src/elements.ts',
    'src/preload.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
