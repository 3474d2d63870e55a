import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--line-gov-faq-font-family, system-ui, 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', Meiryo, sans-serif);
    line-height: 1.7;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .answer {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
`;
