import { describe, expect, it } from 'vitest';
import { heapByKind, kindOf, mainThreadProfile, type HeapSnapshot, type TraceEvent } from '../../scripts/bench-profile.mjs';

/*
 * scripts/bench-profile.mjs: a trace's main-thread time by kind of work, each event's self time
 * charged once, so that the kinds add up to the busy time (`npm run bench -- --profile`).
 */

const MAIN = { pid: 1, tid: 10 };
const thread = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid, args: { name } });
const task = (name: string, ts: number, dur: number, cat = 'devtools.timeline', where = MAIN): TraceEvent => ({ name, cat, ph: 'X', ts, dur, ...where });

describe('mainThreadProfile', () => {
  it("charges each event its own time, less its children's", () => {
    const profile = mainThreadProfile([
      thread(10, 'CrRendererMain'),
      task('ThreadControllerImpl::RunTask', 0, 10_000, 'toplevel'),
      task('RunMicrotasks', 500, 9_000),
      task('Layout', 2_000, 4_000),
      task('FontCache::GetFontPlatformData', 3_000, 1_500, 'fonts'),
      task('ParseHTML', 7_000, 1_000),
    ]);
    expect(profile).toEqual({ script: 4, style: 0, layout: 2.5, fonts: 1.5, 'HTML parsing': 1, paint: 0, GC: 0, other: 1 });
  });

  it('counts only the renderer main thread, and only complete events', () => {
    const profile = mainThreadProfile([
      thread(10, 'CrRendererMain'),
      thread(11, 'Compositor'),
      task('Paint', 0, 2_000),
      task('Paint', 0, 5_000, 'devtools.timeline', { pid: 1, tid: 11 }),
      { ...task('Layout', 3_000, 1_000), ph: 'B' },
    ]);
    expect(profile.paint).toBe(2);
    expect(profile.layout).toBe(0);
  });

  it('sorts by kind: fonts by category, GC and V8 by name', () => {
    expect(kindOf({ name: 'FontDataManager::onMatchFamilyStyle', cat: 'fonts' })).toBe('fonts');
    expect(kindOf({ name: 'MinorGC', cat: 'devtools.timeline' })).toBe('GC');
    expect(kindOf({ name: 'v8.compileModule', cat: 'v8.execute' })).toBe('script');
    expect(kindOf({ name: 'UpdateLayoutTree', cat: 'blink,devtools.timeline' })).toBe('style');
    expect(kindOf({ name: 'HitTest', cat: 'devtools.timeline' })).toBe('other');
  });
});

describe('heapByKind', () => {
  it("adds each node's self size to its kind; Blink's own objects and V8's synthetic roots are not the JS heap", () => {
    const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic', 'concatenated string', 'sliced string', 'symbol', 'bigint', 'object shape'];
    const node = (type: string, size: number) => [types.indexOf(type), 0, 1, size, 0, 0, 0];
    const snapshot: HeapSnapshot = {
      snapshot: { meta: { node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'], node_types: [types, 'string'] } },
      nodes: [
        ...node('code', 1000),
        ...node('code', 24),
        ...node('object shape', 80),
        ...node('object', 40),
        ...node('regexp', 8),
        ...node('closure', 32),
        ...node('array', 16),
        ...node('string', 20),
        ...node('concatenated string', 4),
        ...node('hidden', 2),
        ...node('native', 5000),
        ...node('synthetic', 7000),
      ],
    };
    expect(heapByKind(snapshot)).toEqual({
      'V8 code and feedback': 1024,
      'V8 object shapes': 80,
      objects: 48,
      functions: 32,
      arrays: 16,
      strings: 24,
      other: 2,
    });
  });
});
