import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { bundledFaq } from '../../data/bundled-faq.js';
import type { FaqData } from '../../data/faq-types.js';
import { styles } from './line-gov-faq.styles.js';

/**
 * A searchable FAQ about using LINE in local government.
 *
 * @summary Searchable, accessible FAQ for Japanese municipal websites.
 */
export class LineGovFaq extends LitElement {
  static override styles = styles;

  /** The FAQ shown. Defaults to the bundled FAQ. */
  @property({ attribute: false }) data: FaqData = bundledFaq;

  override render() {
    const { data } = this;
    return html`
      ${data.title ? html`<h2 class="title">${data.title}</h2>` : null}
      ${data.categories.map(
        (category) => html`
          <section aria-labelledby="category-${category.id}">
            <h3 id="category-${category.id}">${category.label}</h3>
            <ul part="list">
              ${data.entries
                .filter((entry) => entry.category === category.id)
                .map(
                  (entry) => html`<li part="item">
                    <details id=${entry.id}>
                      <summary part="question">${entry.question}</summary>
                      <div part="answer" class="answer">${entry.answer}</div>
                    </details>
                  </li>`,
                )}
            </ul>
          </section>
        `,
      )}
    `;
  }
}
