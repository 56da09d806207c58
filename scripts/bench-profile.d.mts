/** The trace categories a profile needs. */
export const PROFILE_CATEGORIES: string[];
/** The kinds of work, in the order a profile prints them. */
export const KINDS: readonly string[];
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}
/** The kind of work a trace event's self time is. */
export function kindOf(event: Pick<TraceEvent, 'name' | 'cat'>): string;
/** Milliseconds of self time by kind of work, on the renderer's main thread, over a whole trace. */
export function mainThreadProfile(traceEvents: TraceEvent[]): Record<string, number>;
/** The kinds of what a JS heap holds, each with the heap snapshot node types it counts, in print order. */
export const HEAP_KINDS: readonly (readonly [kind: string, types: readonly string[]])[];
/** A V8 heap snapshot's meta and nodes, as `HeapProfiler.takeHeapSnapshot` writes them (the rest unread). */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}
/** Bytes of the JS heap by kind (self sizes); Blink's own objects (`native`) left out. */
export function heapByKind(snapshot: HeapSnapshot): Record<string, number>;
