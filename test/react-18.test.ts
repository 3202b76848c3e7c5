/**
 * news-elements/react in the browser under React 18 (installed as react-18 and react-dom-18). The
 * entry binds the components to whatever `react` the app resolves: here they are built the same way
 * (src/react/index.ts) with React 18, and run through the cases shared with React 19
 * (test/support/react-cases.ts).
 */
import * as React from 'react-18';
import * as ReactDOM from 'react-dom-18';
import * as ReactDOMClient from 'react-dom-18/client';
import { createComponent } from '@lit/react';
import { components } from '../src/react/components.js';
import { reactCases } from './support/react-cases.js';

reactCases({ major: 18, React, ReactDOM, ReactDOMClient, components: components(React, createComponent) });
