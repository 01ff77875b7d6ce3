import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RequestFailedEvent } from '../events.ts';

/**
 * Loads a view's data whenever what it depends on changes: `key` names the inputs (undefined: not ready), and
 * a newer load aborts the older one so a slow answer never overwrites a newer filter's.
 */
export class LoadController<T> implements ReactiveController {
  value: T | undefined;
  loading = false;
  failed = false;
  private lastKey: string | undefined;
  private controller: AbortController | undefined;

  /**
   * `keepWhileLoading`: new inputs keep what is shown until their answer arrives (a table being re-sorted
   * keeps its header, and the focused sort button with it), instead of "Loading…".
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly key: () => string | undefined,
    private readonly task: (signal: AbortSignal) => Promise<T>,
    private readonly keepWhileLoading = false,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.key();
    if (key === undefined || key === this.lastKey) return;
    this.lastKey = key;
    if (!this.keepWhileLoading) this.value = undefined;
    void this.run();
  }

  /** Loads again with the same inputs, keeping what is shown until the answer arrives (after a change). */
  reload(): Promise<void> {
    return this.run();
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.lastKey = undefined;
  }

  private async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.failed = false;
    this.host.requestUpdate();
    try {
      const value = await this.task(controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.failed = true;
      this.host.dispatchEvent(new RequestFailedEvent({ error }));
    } finally {
      if (this.controller === controller) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }
}
