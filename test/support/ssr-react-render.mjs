// Prints React's server HTML of the shared story tree, rendered with news-elements/react's Node
// build. Run as a child process by ssr-middleware.mjs: React cannot load inside the test runner.
import { createElement } from 'react';
import ReactDOMServer from 'react-dom/server';
import { loadSource } from './ssr-bundle.mjs';
import { storyTree } from '../fixtures/ssr-react-story.mjs';

const components = await loadSource('react');
process.stdout.write(ReactDOMServer.renderToString(storyTree(createElement, components)));
