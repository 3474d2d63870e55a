import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';

/**
 * 「この回答は役に立ちましたか？」 under an opened answer: two buttons named as a group by the
 * question, then, once chosen, thanks in a live region that is there before the choice (a
 * region added with its text is not announced everywhere). The thanks can take focus, so that
 * focus does not fall to the page when the buttons go.
 */
export function answerFeedback(id: string, given: boolean | undefined, s: UiStrings, choose: (helpful: boolean) => void): TemplateResult {
  const label = `feedback-${id}`;
  return html`<div class="feedback" part="feedback">
    ${
      given === undefined
        ? html`<div class="feedback-choices" role="group" aria-labelledby=${label}>
            <span class="feedback-question" id=${label}>${s.feedbackQuestion}</span>
            <span class="feedback-buttons">
              <button type="button" class="action" @click=${() => choose(true)}>${s.feedbackYes}</button>
              <button type="button" class="action" @click=${() => choose(false)}>${s.feedbackNo}</button>
            </span>
          </div>`
        : nothing
    }
    <div role="status">${given === undefined ? nothing : html`<p class="feedback-thanks" tabindex="-1">${s.feedbackThanks}</p>`}</div>
  </div>`;
}
