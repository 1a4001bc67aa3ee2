/**
 * Polls `predicate` until it gives a truthy value and resolves with that value. Rejects
 * when `timeoutMs` passes first, naming `what` is awaited. A predicate that throws counts as
 * not yet true (the page it reads may still be loading); its last error is kept for the
 * rejection message.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  timeoutMs = 3000,
  what = 'the condition',
): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`waitFor: ${what} did not hold within ${timeoutMs} ms${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
