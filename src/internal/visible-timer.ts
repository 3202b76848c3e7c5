import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * A timer that only fires while the reader could see its host: the page is shown and the host is
 * on screen. A tick that falls due otherwise waits for both, so a background tab or a list far
 * down the page costs no requests. The live blog's poll and the list's refresh use it.
 */
export class VisibleTimer implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout> | undefined;
  private due = false;
  private onScreen = false;
  private observer?: IntersectionObserver | undefined;
  private readonly visibility = () => this.resume();

  constructor(
    private readonly host: ReactiveElement,
    private readonly tick: () => void,
  ) {
    host.addController(this);
  }

  /** Whether a tick may run now: the page is shown and the host is on screen. */
  get active(): boolean {
    return document.visibilityState === 'visible' && this.onScreen;
  }

  /** Ticks once, `ms` from now or as soon after as the reader can see the host. */
  start(ms: number): void {
    this.stop();
    if (!this.host.isConnected) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.due = true;
      this.resume();
    }, ms);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.visibility);
    this.observer = new IntersectionObserver((entries) => {
      this.onScreen = entries.at(-1)!.isIntersecting;
      this.resume();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.visibility);
    this.observer?.disconnect();
    this.stop();
  }

  private resume(): void {
    if (!this.due || !this.active) return;
    this.due = false;
    this.tick();
  }
}
