/**
 * Resolves in a later task of the event loop. A message port is not clamped to 4 ms the way
 * nested `setTimeout`s are, so thousands of these stay fast. By then the element's
 * MutationObserver records and its update (both microtasks) have run.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Lets `count` tasks pass. */
export async function tasks(count: number): Promise<void> {
  for (let task = 0; task < count; task += 1) await nextTask();
}
