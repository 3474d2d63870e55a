import { waitUntil } from '@open-wc/testing';

/**
 * Resolves once each of `details` has fired its toggle event, which the browser queues as a task
 * when a details element opens or closes (page scripts, the widget's own handler included, see
 * the change only then).
 */
export function toggleEvents(details) {
  return Promise.all(details.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true }))));
}

/**
 * Drives a <line-gov-faq> the way a person does, so tests read as user actions and know
 * nothing of the element's internals beyond its parts.
 */
export class FaqHarness {
  constructor(element) {
    this.element = element;
  }

  get root() {
    return this.element.shadowRoot;
  }

  get input() {
    return this.root.querySelector('[part~="search"]');
  }

  get status() {
    return this.root.querySelector('[part~="status"]').textContent.trim();
  }

  /** Question texts in display order. */
  questions() {
    return [...this.root.querySelectorAll('[part~="question"] .question-text')].map((q) => q.textContent.trim());
  }

  /** Texts of the category headings shown (no query). */
  headings() {
    return [...this.root.querySelectorAll('.category-heading')].map((h) => h.textContent.trim());
  }

  /** Category filter buttons as { label, count, pressed }. */
  categories() {
    return [...this.root.querySelectorAll('[part~="category"]')].map((b) => ({
      label: b.querySelector('.category-label').textContent.trim(),
      count: Number(b.querySelector('.count').textContent.replace(/\D/g, '')),
      pressed: b.getAttribute('aria-pressed') === 'true',
    }));
  }

  categoryButton(label) {
    return [...this.root.querySelectorAll('[part~="category"]')].find(
      (b) => b.querySelector('.category-label').textContent.trim() === label,
    );
  }

  async chooseCategory(label) {
    this.categoryButton(label).click();
    await this.element.updateComplete;
  }

  /** Types `text` into the search box as one input event, and waits for the results. */
  async search(text) {
    this.input.focus();
    this.input.value = text;
    this.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    await this.element.updateComplete;
  }

  item(question) {
    return [...this.root.querySelectorAll('[part~="item"]')].find(
      (li) => li.querySelector('.question-text').textContent.trim() === question,
    );
  }

  details(question) {
    return this.item(question).querySelector('details');
  }

  /** Clicks a question and waits until its toggle has been handled. */
  async toggle(question) {
    const details = this.details(question);
    const toggled = toggleEvents([details]);
    details.querySelector('summary').click();
    await toggled;
    await this.element.updateComplete;
  }

  /** Waits until the summary of `question` has the focus, which the widget moves there after opening it. */
  async focusOn(question) {
    await waitUntil(() => this.root.activeElement?.textContent.trim() === question, `「${question}」 never took the focus`);
  }

  openQuestions() {
    return [...this.root.querySelectorAll('details[open] [part~="question"] .question-text')].map((q) => q.textContent.trim());
  }

  /** Texts of the highlighted matches. */
  marks(scope = this.root) {
    return [...scope.querySelectorAll('mark')].map((m) => m.textContent);
  }

  button(text) {
    return [...this.root.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
  }

  get emptyState() {
    return this.root.querySelector('[part~="empty"]');
  }

  get errorBox() {
    return this.root.querySelector('[part~="error"]');
  }
}
