// news-elements/react on a Node server under React 19 (node --test test/node/); the cases are
// shared with React 18 in test/support/react-server-cases.mjs.
import { reactServerCases } from '../support/react-server-cases.mjs';

reactServerCases(19);
