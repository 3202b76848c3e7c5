// news-elements/react on a Node server under React 18 (the react-18 and react-dom-18 aliases); the
// cases are shared with React 19 in test/support/react-server-cases.mjs.
import { reactServerCases } from '../support/react-server-cases.mjs';

reactServerCases(18);
