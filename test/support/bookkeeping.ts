/**
 * Counts what a page holds on to, in any engine: event listeners on the window, the document
 * and nodes in it, observers still observing, intervals still running, the window's own
 * properties and the nodes in the document. The counterpart of heap-usage.ts, which needs
 * Chromium's DevTools protocol: this one reads only what the page itself can see.
 *
 * Import it before the code under test, so that it sees every registration. It keeps only
 * weak references to what it counts, so counting keeps nothing alive.
 */

/** What the page holds, as `pageBookkeeping()` reads it. */
export interface Bookkeeping {
  /** Listeners on the window, the document, and nodes in the document. */
  readonly pageListeners: number;
  /** Listeners on the window and the document alone. */
  readonly windowAndDocumentListeners: number;
  /** MutationObservers, ResizeObservers and IntersectionObservers that observe something. */
  readonly observing: number;
  readonly intervals: number;
  /** The window's own properties: a global left behind per element would show here. */
  readonly windowProperties: number;
  /** Elements in the document. */
  readonly elements: number;
}

interface Registration {
  readonly target: WeakRef<EventTarget>;
  /** Listeners with distinct (type, listener, capture) on that target. */
  readonly keys: Set<string>;
}

const STATE = Symbol.for('rr-customer.test.bookkeeping');
type Holder = typeof globalThis & { [STATE]?: () => Bookkeeping };

function install(): () => Bookkeeping {
  const registrations = new WeakMap<EventTarget, Registration>();
  const allRegistrations = new Set<Registration>();
  const listenerIds = new WeakMap<object, number>();
  let nextListenerId = 0;
  const idOf = (listener: object) => {
    let id = listenerIds.get(listener);
    if (id === undefined) listenerIds.set(listener, (id = nextListenerId += 1));
    return id;
  };
  const keyOf = (type: string, listener: object, options: boolean | EventListenerOptions | undefined) =>
    `${type}\n${idOf(listener)}\n${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;

  const forget = (target: EventTarget, key: string) => {
    const registration = registrations.get(target);
    registration?.keys.delete(key);
    if (registration && registration.keys.size === 0) {
      registrations.delete(target);
      allRegistrations.delete(registration);
    }
  };

  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    Reflect.apply(addEventListener, this, [type, listener, options]);
    // A once-only listener, or one an aborted signal removes, goes by itself.
    if (!listener || (typeof options === 'object' && (options.once || options.signal?.aborted))) return;
    const key = keyOf(type, listener, options);
    let registration = registrations.get(this);
    if (!registration) {
      registration = { target: new WeakRef(this), keys: new Set() };
      registrations.set(this, registration);
      allRegistrations.add(registration);
    }
    registration.keys.add(key);
    if (typeof options === 'object' && options.signal) {
      const target = new WeakRef(this);
      Reflect.apply(addEventListener, options.signal, [
        'abort',
        () => {
          const still = target.deref();
          if (still) forget(still, key);
        },
        { once: true },
      ]);
    }
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    Reflect.apply(removeEventListener, this, [type, listener, options]);
    if (listener) forget(this, keyOf(type, listener, options));
  };

  // Observers that observe something now, whatever their targets.
  const observing = new Set<WeakRef<object>>();
  const observingRefs = new WeakMap<object, WeakRef<object>>();
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const prototype = (
      globalThis as unknown as Record<
        string,
        { prototype: { observe(...args: unknown[]): void; disconnect(): void } } | undefined
      >
    )[name]?.prototype;
    if (!prototype) continue;
    const { observe, disconnect } = prototype;
    prototype.observe = function (this: object, ...args: unknown[]) {
      Reflect.apply(observe, this, args);
      if (!observingRefs.has(this)) {
        const ref = new WeakRef(this);
        observingRefs.set(this, ref);
        observing.add(ref);
      }
    };
    prototype.disconnect = function (this: object) {
      Reflect.apply(disconnect, this, []);
      const ref = observingRefs.get(this);
      if (ref) observing.delete(ref);
      observingRefs.delete(this);
    };
  }

  const intervals = new Set<unknown>();
  const { setInterval, clearInterval } = globalThis;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const id = Reflect.apply(setInterval, globalThis, args) as unknown;
    intervals.add(id);
    return id;
  }) as typeof setInterval;
  globalThis.clearInterval = ((id?: Parameters<typeof clearInterval>[0]) => {
    intervals.delete(id);
    Reflect.apply(clearInterval, globalThis, [id]);
  }) as typeof clearInterval;

  return () => {
    let pageListeners = 0;
    let windowAndDocumentListeners = 0;
    for (const registration of allRegistrations) {
      const target = registration.target.deref();
      if (!target) {
        allRegistrations.delete(registration);
        continue;
      }
      if (target === window || target === document) windowAndDocumentListeners += registration.keys.size;
      if (target === window || (target instanceof Node && target.isConnected)) pageListeners += registration.keys.size;
    }
    for (const ref of observing) if (!ref.deref()) observing.delete(ref);
    return {
      pageListeners,
      windowAndDocumentListeners,
      observing: observing.size,
      intervals: intervals.size,
      windowProperties: Reflect.ownKeys(window).length,
      elements: document.getElementsByTagName('*').length,
    };
  };
}

const holder = globalThis as Holder;
const read = (holder[STATE] ??= install());

/** What the page holds now. */
export function pageBookkeeping(): Bookkeeping {
  return read();
}
