/**
 * news-elements/react in the browser under React 19: the package entry as an app imports it. The
 * cases are shared with React 18 (test/support/react-cases.ts).
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as components from '../src/react/index.js';
import { reactCases } from './support/react-cases.js';

reactCases({ major: 19, React, ReactDOM, ReactDOMClient, components });
