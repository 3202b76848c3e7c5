import { css, unsafeCSS } from 'lit';
import { dateStyles } from '../internal/date-view.styles.js';

export const styles = [
  dateStyles(unsafeCSS(':host')),
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `,
];
