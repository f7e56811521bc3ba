// Memory given back early (see release).

/**
 * A typed array no longer needed, its memory given back at the next scavenge: a long-lived one (a builder's chunks, a
 * batch held until the batches before it were merged) is promoted, a buffer of the old generation is freed only by a
 * full collection, and a cold start can index for minutes without one (the detached buffer is a new, young one).
 * Small ones, and views of a part of a buffer, are left to the collector.
 */
export function release(a: ArrayBufferView): void {
  if (a.byteLength >= 4096 && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength)
    structuredClone(a.buffer, { transfer: [a.buffer as ArrayBuffer] });
}
