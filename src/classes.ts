/**
 * Every element class, registering nothing: a site can define one under its own tag name.
 * `customElements.define('paper-dateline', class extends NewsDateline {})`
 */
export { NewsDateline } from './dateline/dateline.js';
export { NewsPartnerBanner } from './partner-banner/partner-banner.js';
