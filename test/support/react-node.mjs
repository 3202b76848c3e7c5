// React 19 and React 18 side by side in Node, for the tests that prove news-elements/react works
// with both. React 19 is the root `react`; React 18 is installed under aliases (react-18,
// react-dom-18). react-dom-18's own `require('react')` would find React 19 at the root, so requests
// made from inside those two packages are pointed at react-18 here; the rest of the process is
// untouched.
import Module, { createRequire } from 'node:module';

/** The two React majors the wrappers are tested with. */
export const REACT_MAJORS = [19, 18];

/** esbuild's `alias` that makes `react` and `react-dom` (and their subpaths) mean React 18. */
export const REACT_18_ALIAS = { react: 'react-18', 'react-dom': 'react-dom-18' };

const inReact18 = /[\\/]node_modules[\\/]react(-dom)?-18[\\/]/;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const aliased =
    inReact18.test(parent?.filename ?? '') && /^react(-dom)?(\/|$)/.test(request)
      ? request.replace(/^react(-dom)?/, '$&-18')
      : request;
  return resolveFilename.call(this, aliased, parent, ...rest);
};

const require = createRequire(import.meta.url);

/**
 * `require(pkg)` for one React major: `pkg` is a specifier of React 19's packages ('react',
 * 'react-dom/server', ...). Throws unless the React that loaded reports that major, so a test can
 * never run React 19 while it says 18.
 */
export function requireReact(major, pkg) {
  const module = require(major === 18 ? pkg.replace(/^react(-dom)?/, '$&-18') : pkg);
  const version = (module.version ?? require(major === 18 ? 'react-18' : 'react').version).split('.')[0];
  if (Number(version) !== major) throw new Error(`${pkg} is React ${version}, expected ${major}`);
  return module;
}
