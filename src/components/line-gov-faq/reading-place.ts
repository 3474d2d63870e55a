/** Which question was at the top of the window, and how far from the window's top edge. */
export interface ReadingPlace {
  id: string;
  top: number;
}

/**
 * Where a reader is in the FAQ markup the widget is about to take over: the first question that
 * starts on screen, when the reader has scrolled into the markup (at its start there is no place to keep).
 * The widget's controls and styles move every question, and on a slow phone the script can arrive
 * while the resident reads; without this they would be thrown pages away from what they read.
 */
export function readingPlace(host: HTMLElement): ReadingPlace | undefined {
  const questions = host.querySelectorAll('details[id]');
  if (questions.length === 0 || host.getBoundingClientRect().top >= 0) return undefined;
  // The first question whose start is on screen; else the one reaching into the screen from above.
  let partly: ReadingPlace | undefined;
  for (const details of questions) {
    const { top, bottom } = details.getBoundingClientRect();
    if (top >= 0) return top < window.innerHeight ? { id: details.id, top } : partly;
    if (bottom > 0) partly ??= { id: details.id, top };
  }
  return partly;
}

/** Scrolls the page so that `item`, the widget's copy of the question read, is where it was. */
export function restoreReadingPlace(place: ReadingPlace, item: Element | null): void {
  if (item) window.scrollBy({ top: item.getBoundingClientRect().top - place.top, behavior: 'instant' as ScrollBehavior });
}
