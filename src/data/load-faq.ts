import { validateFaq, type FaqProblem } from './validate-faq.js';
import type { FaqData } from './faq-types.js';

export type FaqLoadFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network'; message: string }
  | { kind: 'json' }
  | { kind: 'invalid'; problems: FaqProblem[] };

export type FaqLoadResult = { ok: true; data: FaqData; prebuilt: unknown } | { ok: false; failure: FaqLoadFailure };

/**
 * Fetches and checks FAQ data from a URL. Every failure comes back as a value, never as a
 * rejection, so nothing reaches the host page's error handlers; only an abort (the `src`
 * changed again) rejects, with an AbortError.
 */
export async function loadFaq(url: string, signal?: AbortSignal): Promise<FaqLoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    signal?.throwIfAborted();
    return { ok: false, failure: { kind: 'network', message: (error as Error)?.message ?? String(error) } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    signal?.throwIfAborted();
    return { ok: false, failure: { kind: 'json' } };
  }
  signal?.throwIfAborted();
  const result = validateFaq(json);
  if (!result.ok) return { ok: false, failure: { kind: 'invalid', problems: result.problems } };
  return { ok: true, data: result.data, prebuilt: (json as { index?: unknown }).index };
}
