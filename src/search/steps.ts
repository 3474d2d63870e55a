/**
 * Work written as a generator that pauses (`yield`) wherever it may be interrupted: run at once
 * in Node and for small data, or spread over slices in a page, so that no stretch of a large
 * FAQ's index build keeps a keystroke waiting.
 */
export type Steps<T> = Generator<void, T>;

/** Runs the steps to the end, at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps, giving the page a turn whenever a slice of `sliceMs` is used up, from
 * `sliceStart` on. Rejects with the signal's reason once it is aborted.
 */
export async function finishInSlices<T>(
  steps: Steps<T>,
  sliceMs: number,
  signal?: AbortSignal,
  sliceStart = performance.now(),
): Promise<T> {
  for (let count = 1; ; count++) {
    const step = steps.next();
    if (step.done) return step.value;
    // Steps are short (a term, an entry): the clock is read every few of them.
    if (count % CLOCK_EVERY === 0 && performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}

const CLOCK_EVERY = 16;

/**
 * Lets the page handle input and paint, then resumes: a MessageChannel message rather than
 * setTimeout(0), which browsers clamp to 4 ms after a few nested calls (measured: search ready
 * 8 ms sooner for the bundled FAQ).
 */
export function yieldToPage(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
