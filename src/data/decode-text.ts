/** Encodings a Japanese office's tools write, named as their save dialogs name them. */
export type TextEncodingName = 'Shift_JIS' | 'EUC-JP' | 'UTF-16' | 'unknown';

export type DecodedText = { ok: true; text: string; encoding: 'UTF-8' | 'Shift_JIS' } | { ok: false; encoding: TextEncodingName };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // Not this encoding, or (shift_jis / euc-jp) not supported by this runtime.
    return undefined;
  }
}

/**
 * The text of a file that should be UTF-8, with or without the byte-order mark Notepad and
 * Excel write (the BOM is dropped, so `JSON.parse` never sees it). Text in another encoding is
 * refused, naming the likely one so that the message can say how to re-save the file: guessing
 * it silently would show residents mojibake. `allowShiftJis` accepts Shift_JIS (CP932), as a CSV
 * saved by Japanese Excel is.
 */
export function decodeText(input: ArrayBuffer | Uint8Array, { allowShiftJis = false } = {}): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { ok: false, encoding: 'UTF-16' };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const utf8 = tryDecode('utf-8', body);
  // TextDecoder drops a BOM by itself; the explicit subarray keeps that true for every runtime.
  if (utf8 !== undefined) return { ok: true, text: utf8.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  // Without a BOM, UTF-16 text of ASCII characters shows as every other byte zero.
  if (looksLikeUtf16(bytes)) return { ok: false, encoding: 'UTF-16' };
  const sjis = tryDecode('shift_jis', bytes);
  if (sjis !== undefined) return allowShiftJis ? { ok: true, text: sjis, encoding: 'Shift_JIS' } : { ok: false, encoding: 'Shift_JIS' };
  if (tryDecode('euc-jp', bytes) !== undefined) return { ok: false, encoding: 'EUC-JP' };
  return { ok: false, encoding: 'unknown' };
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 200);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 4 && zeros >= n / 4;
}

/** Why a file was refused for its encoding, and how to re-save it. */
export function encodingMessage(encoding: TextEncodingName, lang: 'ja' | 'en'): string {
  if (lang === 'ja') {
    const named = encoding === 'unknown' ? '' : `（${encoding} のようです）`;
    return `文字コードが UTF-8 ではありません${named}。メモ帳などで開き、「名前を付けて保存」で文字コード「UTF-8」を選んで保存し直してください。`;
  }
  const named = encoding === 'unknown' ? '' : ` (it looks like ${encoding})`;
  return `The file is not UTF-8${named}. Open it in a text editor such as Notepad and use "Save as" with the encoding "UTF-8".`;
}
