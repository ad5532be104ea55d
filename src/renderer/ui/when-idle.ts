/**
 * whenIdle: runs work the person is not waiting for (a first spelling pass,
 * decorations of a long story, panel contents) when the window has nothing
 * else to do, and at the latest after `timeoutMs`. Returns a cancel function.
 */
export function whenIdle(work: () => void, timeoutMs = 250): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 16);
  return () => clearTimeout(timer);
}
