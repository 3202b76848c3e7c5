// custom-elements.json is generated from the sources' JSDoc (@summary, @slot, @csspart, @cssprop,
// @fires) by `npm run analyze`, which `npm run build` and Storybook run first. Never edit it by hand.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/**/define.ts',
    'src/index.ts',
    'src/classes.ts',
    'src/ssr/**',
    'src/react/**',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
