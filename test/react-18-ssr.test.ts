/**
 * news-elements/react server-rendered and hydrated by React 18 (the react-18 and react-dom-18
 * aliases); the cases are shared with React 19 (test/support/react-ssr-cases.ts).
 */
import { reactSsrCases } from './support/react-ssr-cases.js';

reactSsrCases(18);
