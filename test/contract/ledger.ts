import { expect } from '@open-wc/testing';

/**
 * Counts what the page holds on the charts' behalf (observers, listeners on the page, timers, frames,
 * requests) and the errors it sees, by wrapping the browser APIs the charts could use; `install` before
 * the charts are made, `uninstall` after.
 */
export class Ledger {
  resizeTargets = new Set<Element>();
  mutationObservers = new Set<MutationObserver>();
  pageListeners = new Map<string, number>();
  timeouts = new Set<number>();
  intervals = new Set<number>();
  animationFrames = new Set<number>();
  fetches = new Set<Promise<Response>>();
  errors: unknown[] = [];
  private restore: (() => void)[] = [];

  /** Fails unless nothing the charts set up is still alive: call once they are removed and settled. */
  expectNothingLeft(): void {
    expect(this.resizeTargets.size, 'observed elements').to.equal(0);
    expect(this.mutationObservers.size, 'mutation observers').to.equal(0);
    expect(this.leakedListeners(), 'listeners on window/document').to.deep.equal([]);
    expect(this.intervals.size, 'intervals').to.equal(0);
    expect(this.timeouts.size, 'timeouts').to.equal(0);
    expect(this.animationFrames.size, 'animation frames').to.equal(0);
    expect(this.fetches.size, 'open requests').to.equal(0);
    expect(this.errors).to.deep.equal([]);
  }

  install() {
    const ledger = this;
    this.patch(ResizeObserver.prototype, 'observe', (real) =>
      function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
        ledger.resizeTargets.add(target);
        return real.call(this, target, options);
      },
    );
    this.patch(ResizeObserver.prototype, 'unobserve', (real) =>
      function (this: ResizeObserver, target: Element) {
        ledger.resizeTargets.delete(target);
        return real.call(this, target);
      },
    );
    this.patch(MutationObserver.prototype, 'observe', (real) =>
      function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
        ledger.mutationObservers.add(this);
        return real.call(this, target, options);
      },
    );
    this.patch(MutationObserver.prototype, 'disconnect', (real) =>
      function (this: MutationObserver) {
        ledger.mutationObservers.delete(this);
        return real.call(this);
      },
    );
    // Listeners on the page itself (window, document, <html>, <body>) outlive any chart.
    const pageTargets: EventTarget[] = [window, document, document.documentElement, document.body];
    const key = (target: EventTarget, type: string) => `${pageTargets.indexOf(target)}:${type}`;
    this.patch(EventTarget.prototype, 'addEventListener', (real) =>
      function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
        if (pageTargets.includes(this) && listener) ledger.pageListeners.set(key(this, type), (ledger.pageListeners.get(key(this, type)) ?? 0) + 1);
        return real.call(this, type, listener, options);
      },
    );
    this.patch(EventTarget.prototype, 'removeEventListener', (real) =>
      function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
        if (pageTargets.includes(this) && listener) ledger.pageListeners.set(key(this, type), (ledger.pageListeners.get(key(this, type)) ?? 0) - 1);
        return real.call(this, type, listener, options);
      },
    );
    this.patch(window, 'setTimeout', (real) =>
      function (handler: TimerHandler, ms?: number, ...args: unknown[]) {
        const id: number = real.call(
          window,
          (...a: unknown[]) => {
            ledger.timeouts.delete(id);
            if (typeof handler === 'function') handler(...a);
          },
          ms,
          ...args,
        );
        ledger.timeouts.add(id);
        return id;
      },
    );
    this.patch(window, 'clearTimeout', (real) => (id?: number) => {
      ledger.timeouts.delete(id!);
      return real.call(window, id);
    });
    this.patch(window, 'setInterval', (real) =>
      function (handler: TimerHandler, ms?: number, ...args: unknown[]) {
        const id: number = real.call(window, handler, ms, ...args);
        ledger.intervals.add(id);
        return id;
      },
    );
    this.patch(window, 'clearInterval', (real) => (id?: number) => {
      ledger.intervals.delete(id!);
      return real.call(window, id);
    });
    this.patch(window, 'requestAnimationFrame', (real) => (callback: FrameRequestCallback) => {
      const id: number = real.call(window, (time: number) => {
        ledger.animationFrames.delete(id);
        callback(time);
      });
      ledger.animationFrames.add(id);
      return id;
    });
    this.patch(window, 'cancelAnimationFrame', (real) => (id: number) => {
      ledger.animationFrames.delete(id);
      return real.call(window, id);
    });
    this.patch(window, 'fetch', (real) => (input: RequestInfo | URL, init?: RequestInit) => {
      const response: Promise<Response> = real.call(window, input, init);
      ledger.fetches.add(response);
      const settled = () => ledger.fetches.delete(response);
      response.then(settled, settled);
      init?.signal?.addEventListener('abort', settled);
      return response;
    });
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      this.errors.push('reason' in event ? event.reason : event.error ?? event.message);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    this.restore.push(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    });
    this.pageListeners.clear();
  }

  uninstall() {
    this.restore.reverse().forEach((undo) => undo());
    this.restore = [];
  }

  /** Page listeners added and not removed, by target and type. */
  leakedListeners() {
    return [...this.pageListeners].filter(([, count]) => count > 0).map(([key]) => key);
  }

  private patch<T extends object, K extends keyof T>(object: T, name: K, wrap: (real: any) => unknown) {
    const real = object[name];
    object[name] = wrap(real) as T[K];
    this.restore.push(() => (object[name] = real));
  }
}
