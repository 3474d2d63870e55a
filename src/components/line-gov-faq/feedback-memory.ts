/**
 * The answers a reader has rated during this visit, so that an answer opened again thanks them
 * instead of asking again. Kept in sessionStorage, keyed by the page and the FAQ (two FAQs may
 * share ids), so a reload or the next view of the same page remembers too; and in memory, for
 * browsers that refuse storage (private modes, sandboxed frames throw on any access).
 */
export class FeedbackMemory {
  private readonly given = new Map<string, boolean>();

  /** `faq()` names the FAQ shown: its `src`, else its title. */
  constructor(private readonly faq: () => string) {}

  recall(id: string): boolean | undefined {
    const key = this.key(id);
    if (this.given.has(key)) return this.given.get(key);
    try {
      const stored = sessionStorage.getItem(key);
      return stored === null ? undefined : stored === '1';
    } catch {
      return undefined;
    }
  }

  remember(id: string, helpful: boolean): void {
    const key = this.key(id);
    this.given.set(key, helpful);
    try {
      sessionStorage.setItem(key, helpful ? '1' : '0');
    } catch {
      // Remembered in memory only, for as long as the widget is on the page.
    }
  }

  private key(id: string): string {
    return `line-gov-faq feedback ${JSON.stringify([location.pathname, this.faq(), id])}`;
  }
}
