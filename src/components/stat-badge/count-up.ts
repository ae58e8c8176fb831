import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

const DURATION_MS = 1200;

/**
 * Counts a figure up from zero the first time its element is in view with a figure to show.
 * Skipped when the reader prefers reduced motion. `current` is the figure to show now (or
 * undefined to show the final one); assistive technology always reads the final figure.
 */
export class CountUpController implements ReactiveController {
  current: number | undefined;

  private observer?: IntersectionObserver;
  private visible = false;
  private state: 'idle' | 'running' | 'done' = 'idle';
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { enabled(): boolean; target(): number | undefined },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state === 'done' || !this.options.enabled() || !motionAllowed()) return;
    this.current = 0;
    this.observer = new IntersectionObserver((entries) => {
      this.visible = entries.some((entry) => entry.isIntersecting);
      if (this.visible) this.maybeStart();
    });
    this.observer.observe(this.host);
  }

  hostUpdated(): void {
    if (this.visible) this.maybeStart();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    if (this.state === 'running') this.state = 'idle';
    this.current = undefined;
  }

  private maybeStart(): void {
    const to = this.options.target();
    if (this.state !== 'idle' || to === undefined || this.current === undefined) return;
    this.state = 'running';
    this.observer?.disconnect();
    const began = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - began) / DURATION_MS);
      const eased = 1 - (1 - progress) ** 3;
      this.current = progress < 1 ? Math.round(to * eased) : undefined;
      if (progress < 1) this.frame = requestAnimationFrame(step);
      else this.state = 'done';
      this.host.requestUpdate();
    };
    this.frame = requestAnimationFrame(step);
  }
}

function motionAllowed(): boolean {
  if (isServer) return false; // the server writes the final figure
  return !matchMedia('(prefers-reduced-motion: reduce)').matches;
}
