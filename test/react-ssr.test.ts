/**
 * news-elements/react server-rendered and hydrated by React 19; the cases are shared with React 18
 * (test/support/react-ssr-cases.ts).
 */
import { reactSsrCases } from './support/react-ssr-cases.js';

reactSsrCases(19);
