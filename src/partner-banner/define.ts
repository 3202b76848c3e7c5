import { defineElement } from '../internal/define.js';
import { NewsPartnerBanner } from './partner-banner.js';

defineElement('news-partner-banner', NewsPartnerBanner);

declare global {
  interface HTMLElementTagNameMap {
    'news-partner-banner': NewsPartnerBanner;
  }
}
