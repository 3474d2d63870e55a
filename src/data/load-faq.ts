import { validateFaq, type FaqProblem } from './validate-faq.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import type { FaqData } from './faq-types.js';

export type FaqLoadFailure =
  /** The server answered with an error status (404, 500, …). */
  | { kind: 'http'; url: string; status: number; statusText: string }
  /** No answer at all: offline, DNS, CORS, connection dropped. */
  | { kind: 'network'; url: string; message: string }
  /** The file is not UTF-8 (a Shift_JIS JSON file from a Japanese Windows tool). */
  | { kind: 'encoding'; url: string; encoding: TextEncodingName }
  | { kind: 'json'; url: string; message: string }
  | { kind: 'invalid'; url?: string; problems: FaqProblem[] }
  /** A widget with no data of its own, from the script that carries no bundled FAQ. */
  | { kind: 'no-bundled-faq' };

export type FaqLoadResult = { ok: true; data: FaqData; prebuilt: unknown } | { ok: false; failure: FaqLoadFailure };

/** Parses the bytes of a FAQ file: UTF-8 with or without BOM, JSON, valid data. */
export function parseFaqFile(bytes: ArrayBuffer | Uint8Array, url: string): FaqLoadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, failure: { kind: 'encoding', url, encoding: decoded.encoding } };
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    return { ok: false, failure: { kind: 'json', url, message: (error as Error)?.message ?? String(error) } };
  }
  const result = validateFaq(json);
  if (!result.ok) return { ok: false, failure: { kind: 'invalid', url, problems: result.problems } };
  return { ok: true, data: result.data, prebuilt: (json as { index?: unknown }).index };
}

/**
 * Fetches and checks FAQ data from a URL. Every failure comes back as a value, never as a
 * rejection, so nothing reaches the host page's error handlers; only an abort (the `src`
 * changed again, the element was given other data) rejects, with an AbortError.
 */
export async function loadFaq(url: string, signal?: AbortSignal): Promise<FaqLoadResult> {
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      signal?.throwIfAborted();
      return { ok: false, failure: { kind: 'http', url: response.url || url, status: response.status, statusText: response.statusText } };
    }
    bytes = await response.arrayBuffer();
  } catch (error) {
    signal?.throwIfAborted();
    return { ok: false, failure: { kind: 'network', url, message: (error as Error)?.message ?? String(error) } };
  }
  signal?.throwIfAborted();
  return parseFaqFile(bytes, response.url || url);
}
