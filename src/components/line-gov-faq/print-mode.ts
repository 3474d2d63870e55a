import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, from `beforeprint` to `afterprint`: municipal FAQ pages get
 * printed, and a closed `<details>` prints as its question alone, which CSS cannot open. The host
 * renders every question open while `active`, synchronously in `onChange`: `window.print()`
 * lays the page out right after `beforeprint`, before any queued update could run.
 */
export class PrintMode implements ReactiveController {
  active = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.start);
    window.addEventListener('afterprint', this.end);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.start);
    window.removeEventListener('afterprint', this.end);
  }

  private readonly start = () => this.set(true);
  private readonly end = () => this.set(false);

  private set(active: boolean): void {
    if (this.active === active) return;
    this.active = active;
    this.onChange();
  }
}
