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
