/**
 * The setup page (tools/setup.html, release/setup.html): a webmaster chooses the city's
 * spreadsheet and gets every problem by row and column, the FAQ working in the widget, the data
 * file and the markup to paste. Everything happens in the browser, from a file on disk too: no
 * server, no network. A classic script (dist/setup.js), as pages opened from disk cannot load
 * modules; the widget comes from its own classic bundle, loaded by the page.
 */
import readXlsxFile from 'read-excel-file/universal';
import { prepareFaq, type SetupResult } from './setup-model.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Reads an .xlsx file's sheets without workers (which pages opened from disk may not start). */
const readXlsx = (bytes: Uint8Array) => readXlsxFile(bytes.slice().buffer) as Promise<{ sheet: string; data: unknown[][] }[]>;

let downloadUrl: string | undefined;

async function choose(file: File): Promise<void> {
  $('summary').textContent = `${file.name} を読み込んでいます…`;
  try {
    show(await prepareFaq(file.name, new Uint8Array(await file.arrayBuffer()), readXlsx));
  } catch (error) {
    // A file that went away or cannot be read at all (prepareFaq itself reports what it reads).
    show({ ok: false, summary: `${file.name} を読み込めませんでした。`, messages: [{ level: 'problem', text: String(error) }] });
  }
}

function show(result: SetupResult): void {
  $('summary').textContent = result.summary;
  $('summary').className = result.ok ? 'summary ok' : 'summary failed';
  const list = $('messages');
  list.replaceChildren(
    ...result.messages.map((message) => {
      const item = document.createElement('li');
      item.className = message.level;
      const label = document.createElement('strong');
      label.textContent = message.level === 'problem' ? '問題' : '注意';
      item.append(label, ' ', message.text);
      return item;
    }),
  );
  list.hidden = result.messages.length === 0;
  for (const id of ['preview-section', 'publish-section']) $(id).hidden = !result.ok;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = undefined;
  if (!result.ok) return;

  $('preview').replaceChildren(preview(result.faq));

  downloadUrl = URL.createObjectURL(new Blob([result.json], { type: 'application/json' }));
  const download = $<HTMLAnchorElement>('download');
  download.href = downloadUrl;
  download.download = result.jsonName;
  $('json-name').textContent = result.jsonName;
  $<HTMLTextAreaElement>('lines').value = result.lines;
  $<HTMLTextAreaElement>('markup').value = result.markup;
}

/** The widget showing the FAQ; or, when its script is not beside the page, where to put it. */
function preview(faq: unknown): HTMLElement {
  if (!customElements.get('line-gov-faq')) {
    const missing = document.createElement('p');
    missing.textContent =
      '表示を確かめるには line-gov-faq.iife.js が必要です。setup.html と同じフォルダに置いて、ページを開き直してください。';
    return missing;
  }
  const element = document.createElement('line-gov-faq') as HTMLElement & { data?: unknown };
  element.setAttribute('no-hash', '');
  element.data = faq;
  return element;
}

/** Copies a text field's text: the clipboard API where the page may use it, else the selection. */
async function copy(field: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(field.value);
    copied = true;
  } catch {
    field.select();
    copied = document.execCommand('copy');
  }
  status.textContent = copied ? 'コピーしました。' : 'コピーできませんでした。欄の中を選んで Ctrl+C でコピーしてください。';
}

function start(): void {
  // The page's own text says what is missing until this script runs.
  $('summary').textContent = 'まだ表が選ばれていません。';
  $('summary').className = 'summary';
  const input = $<HTMLInputElement>('sheet-file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Emptied, so that choosing the same file again after fixing it in Excel reads it again:
    // browsers fire no change for the file already chosen.
    input.value = '';
    if (file) void choose(file);
  });
  for (const [button, field] of [
    ['copy-lines', 'lines'],
    ['copy-markup', 'markup'],
  ])
    $(button).addEventListener('click', () => void copy($<HTMLTextAreaElement>(field), $('copy-status')));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
