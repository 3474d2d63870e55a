// Runs in headless Chromium (scripts/bench-browser.mjs opens it): measures the widget, or with
// `side=naive` the naive baseline, on the same data, and leaves the figures in window.__bench.
const params = new URLSearchParams(location.search);
const src = params.get('src') ?? '';
const queries = await (await fetch('/build/bench/queries.json')).json();
// Measured from a page already painted with its own (Japanese) text, as a municipal page is.
await document.fonts.ready;
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Resolves at the next animation frame after the current work: when the browser paints. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once `root` holds an element matching `selector`. */
const added = (root, selector) =>
  new Promise((resolve) => {
    if (root.querySelector(selector)) return resolve();
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });

/** Long tasks from now on, until stopped: what would have kept a keystroke waiting. */
function watchLongTasks() {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return () => {
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    return tasks;
  };
}

async function measureWidget() {
  const stopWatching = watchLongTasks();
  const start = performance.now();
  await import('/dist/line-gov-faq.js');
  const imported = performance.now() - start;
  const element = document.createElement('line-gov-faq');
  element.setAttribute('no-hash', '');
  if (src) element.setAttribute('src', src);
  const ready = new Promise((resolve) => element.addEventListener('faq-ready', () => resolve(performance.now()), { once: true }));
  document.body.append(element);
  // As soon as the questions are in its DOM, not at the next frame: the bare list is timed the
  // same way, and polling each frame counted up to 16 ms of waiting.
  await added(element.shadowRoot, 'summary');
  element.shadowRoot.querySelector('.content').getBoundingClientRect();
  const listShown = performance.now();
  const firstList = listShown - start;
  const searchReady = (await ready) - start;
  // Long tasks from the first list (the search box comes with it) to search ready: the longest
  // is how long a keystroke typed while the index was being built could have waited.
  const longTasks = stopWatching()
    .filter((task) => task.startTime + task.duration > listShown)
    .map((task) => task.startTime + task.duration - Math.max(task.startTime, listShown));
  // When the data of `src` had arrived: its index is built from then on.
  const response = src ? performance.getEntriesByType('resource').find((e) => e.name.endsWith(src)) : undefined;
  const dataArrived = response ? response.responseEnd - start : 0;
  const input = element.shadowRoot.querySelector('input');
  const work = [];
  const frame = [];
  for (const query of queries) {
    const t = performance.now();
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    element.shadowRoot.querySelector('.content').getBoundingClientRect();
    work.push(performance.now() - t);
    await nextFrame();
    frame.push(performance.now() - t);
  }
  const entries = element.data.entries;
  element.remove();
  return {
    firstList,
    searchReady,
    dataToReady: searchReady - dataArrived,
    longestTask: Math.max(0, ...longTasks),
    work,
    frame,
    entries,
    imported,
  };
}

async function measureNaive(entries) {
  const start = performance.now();
  const { buildNaiveIndex, searchNaive } = await import('/build/bench/naive.js');
  const list = document.createElement('ul');
  document.body.append(list);
  const render = (items) =>
    list.replaceChildren(...items.map((e) => Object.assign(document.createElement('li'), { textContent: e.question })));
  render(entries);
  list.getBoundingClientRect();
  const firstList = performance.now() - start;
  const index = buildNaiveIndex(entries);
  const searchReady = performance.now() - start;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const work = [];
  let found = 0;
  for (const query of queries) {
    const t = performance.now();
    const results = searchNaive(index, query);
    if (results.length > 0) found++;
    render(results.map((r) => byId.get(r.ref)));
    list.getBoundingClientRect();
    work.push(performance.now() - t);
  }
  list.remove();
  return { firstList, searchReady, work, found };
}

/** Script start → the bundled FAQ's questions on screen, as a plain script that carries them writes them. */
async function measureBareList() {
  const start = performance.now();
  const { show } = await import('/build/bench/bare-list.js');
  const list = document.createElement('ul');
  document.body.append(list);
  show(list);
  list.getBoundingClientRect();
  return { firstList: performance.now() - start };
}

/** Data arrived (its text at hand) → a plain MiniSearch index of it, parsing included, as the widget's. */
async function measureMiniSearch(text) {
  const { buildMiniSearch } = await import('/build/bench/minisearch.js');
  const start = performance.now();
  buildMiniSearch(JSON.parse(text).entries);
  return { indexing: performance.now() - start };
}

// Each side runs in a page of its own (`side`): text laid out once is cheaper the second time in
// the same page (the glyphs are shaped), so whichever ran second would be timed warm.
try {
  if (params.get('side') === 'bare') {
    window.__bench = { bare: await measureBareList() };
  } else if (params.get('side') === 'minisearch') {
    window.__bench = { minisearch: await measureMiniSearch(await (await fetch(src)).text()) };
  } else if (params.get('side') === 'naive') {
    const entries = (await (await fetch(src || '/data/faq.ja.json')).json()).entries;
    window.__bench = { naive: await measureNaive(entries), queries: queries.length };
  } else {
    const widget = await measureWidget();
    window.__bench = { widget: { ...widget, entries: widget.entries.length }, queries: queries.length };
  }
} catch (error) {
  window.__bench = { error: String(error?.stack ?? error) };
}
