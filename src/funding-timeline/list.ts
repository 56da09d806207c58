import type { Lang } from '../data/types.js';
import type { FocusPoint } from '../internal/chart-element.js';
import { own } from '../internal/own.js';
import type { TimelineKind } from './format.js';
import { spoken, wordsOf, type TimedEntry } from './timed.js';

/** One entry read down the page: its words whole, as HTML text wraps them. */
export interface ListItem {
  point: number;
  kind: TimelineKind;
  /** "2012", "Dec 1, 2003 – mid-2005", "from Dec 1, 2003, end not stated". */
  period: string;
  label: string;
  /** "Event", or "Grant total: 22,360,000 US dollars". */
  what: string;
  /** The period runs on to an end the source does not give. */
  open: boolean;
  /** Its source's title, and the title's language when the source gives it (set, if only to undefined). */
  source: { title: string; lang: string | undefined };
}

/** The timeline down the page, in date order along a vertical time axis: the phone layout. */
export interface ListLayout {
  view: 'list';
  items: ListItem[];
  /** The items' points, in the same (reading) order; their marks are placed by the page's flow. */
  points: FocusPoint[];
}

/** Events and amounts interleaved in date order, each with its full label, period, kind, amount and source. */
export function layoutList(entries: TimedEntry[], lang: Lang): ListLayout {
  const points: FocusPoint[] = [];
  const items = entries.map((timed, point): ListItem => {
    const { entry, end } = timed;
    const words = wordsOf(timed, lang);
    points.push(spoken(words.point, entry));
    return {
      point,
      kind: entry.kind,
      period: words.period,
      label: words.label,
      what: words.head,
      open: entry.kind !== 'event' && end === undefined,
      source: { title: entry.source.title, lang: own(entry.source, 'lang') },
    };
  });
  return { view: 'list', items, points };
}
