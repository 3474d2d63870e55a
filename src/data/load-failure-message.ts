import { encodingMessage } from './decode-text.js';
import type { FaqLoadFailure } from './load-faq.js';
import { describeProblems } from './validate-faq.js';

/** What went wrong, for the webmaster: the URL, the HTTP status, every problem with its path. */
export interface LoadFailureReport {
  message: string;
  problems?: string[];
}

/**
 * Describes a load failure for the person who set the widget up (the console and `faq-error`),
 * never for residents: they are only told that the FAQ cannot be shown right now.
 */
export function describeLoadFailure(failure: FaqLoadFailure, lang: 'ja' | 'en'): LoadFailureReport {
  const ja = lang === 'ja';
  const source = 'url' in failure && failure.url ? failure.url : ja ? 'data プロパティ' : 'the data property';
  switch (failure.kind) {
    case 'http': {
      const status = `HTTP ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}`;
      const hint =
        failure.status === 404
          ? ja
            ? 'src 属性のURLと、ファイルがアップロードされているかを確認してください。'
            : 'Check the src URL and that the file has been uploaded.'
          : '';
      return {
        message: ja
          ? `FAQデータ ${source} を読み込めませんでした。サーバーの応答は ${status} でした。${hint}`
          : `The FAQ data ${source} could not be loaded: the server answered ${status}. ${hint}`.trim(),
      };
    }
    case 'no-bundled-faq':
      return {
        message: ja
          ? 'line-gov-faq.core.iife.js には最初から入っているFAQがありません。FAQのHTMLか src、data を指定するか、line-gov-faq.iife.js を使ってください。'
          : 'line-gov-faq.core.iife.js has no bundled FAQ: give the widget FAQ markup, src or data, or use line-gov-faq.iife.js.',
      };
    case 'network':
      return {
        message: ja
          ? `FAQデータ ${source} を読み込めませんでした。サーバーから応答がありませんでした（${failure.message}）。ネットワークと、別のサイトのファイルであればCORSの設定を確認してください。`
          : `The FAQ data ${source} could not be loaded: no answer from the server (${failure.message}). Check the network, and CORS if the file is on another site.`,
      };
    case 'encoding':
      return { message: `${ja ? `FAQデータ ${source}: ` : `The FAQ data ${source}: `}${encodingMessage(failure.encoding, lang)}` };
    case 'json':
      return {
        message: ja
          ? `FAQデータ ${source} はJSONとして読めません（${failure.message}）。`
          : `The FAQ data ${source} is not valid JSON (${failure.message}).`,
      };
    case 'invalid': {
      const n = failure.problems.length;
      return {
        message: ja
          ? `FAQデータ ${source} に${n}件の問題があります。`
          : `The FAQ data ${source} has ${n} ${n === 1 ? 'problem' : 'problems'}.`,
        problems: describeProblems(failure.problems, undefined, lang),
      };
    }
  }
}
