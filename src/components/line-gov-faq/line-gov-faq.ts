import { LineGovFaq } from './line-gov-faq.component.js';

export { LineGovFaq };

// A CMS page may load the script twice (two widgets pasted, or a theme and a page both
// including it); defining the tag again would throw, so the first definition wins.
if (!customElements.get('line-gov-faq')) customElements.define('line-gov-faq', LineGovFaq);

declare global {
  interface HTMLElementTagNameMap {
    'line-gov-faq': LineGovFaq;
  }
}
