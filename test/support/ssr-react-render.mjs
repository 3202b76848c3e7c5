// Prints React's server HTML of the shared story tree, rendered with news-elements/react's Node
// build, as JSON `{ version, body }` (version: the React that rendered it). Run as a child process
// by ssr-middleware.mjs, with the React major as argument (19 unless 18): React cannot load inside
// the test runner.
import { requireReact } from './react-node.mjs';
import { loadSource } from './ssr-bundle.mjs';
import { storyTree } from '../fixtures/ssr-react-story.mjs';

const major = process.argv[2] === '18' ? 18 : 19;
const { createElement, version } = requireReact(major, 'react');
const ReactDOMServer = requireReact(major, 'react-dom/server');
const components = await loadSource('react', { react: major });
const body = ReactDOMServer.renderToString(storyTree(createElement, components));
process.stdout.write(JSON.stringify({ version, body }));
