/*
 * The benchmark's made-up data, the same on every page and in every run: a seeded generator, no
 * DOM, so that scripts/bench.mjs (Node) writes the same rows as CSV that the pages draw from JSON.
 *
 * A shape is what one kit element reads (its JSDoc in src/<tag>/<tag>.ts):
 *   estimates  <hiv-estimate-gap>    counts with a label and a source
 *   events     <funding-timeline>    dated events (a day between 2001 and 2024), short labels, so
 *                                    that 1,000 of them make a CSV of about 20 KB
 *   named      <violence-breakdown>  forms of abuse tied to a perpetrator, no numbers (`report` view)
 *   measured   <violence-breakdown>  survey rates with their sample (`measured` view)
 * The other libraries draw the equivalent bars: `rowsFor(n)`, one labelled value per row.
 */

export const SHAPES = {
  estimates: 'hiv-estimate-gap',
  events: 'funding-timeline',
  named: 'violence-breakdown',
  measured: 'violence-breakdown',
};

const SOURCE = 'Bench';
const PERPETRATORS = ['police', 'clients', 'partners', 'landlords', 'health workers'];

/** A linear congruential sequence from a fixed seed: integers in [0, 2^31). */
function* seeded(seed = 42) {
  for (;;) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    yield seed;
  }
}

/** `n` rows, the same on every page: labels "Estimate 1"…, integer values from 1 to 20,000. */
export function rowsFor(n) {
  const random = seeded();
  return Array.from({ length: n }, (_, i) => ({ label: `Estimate ${i + 1}`, value: 1 + (random.next().value % 20000) }));
}

/** A day between 2001-01-01 and 2024-12-28, as `YYYY-MM-DD`. */
const day = (seed) => {
  const year = 2001 + (seed % 24);
  const month = 1 + ((seed >> 5) % 12);
  const date = 1 + ((seed >> 9) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
};

/**
 * `n` rows of `shape`, as the element's rows (before any source: `source` is given once for all in
 * JSON, and per row in CSV). Every form is named once per perpetrator, so no two named rows are the same.
 */
function rowsOf(shape, n) {
  const random = seeded();
  return Array.from({ length: n }, (_, i) => {
    const seed = random.next().value;
    switch (shape) {
      case 'estimates':
        return { label: `Estimate ${i + 1}`, value: 1 + (seed % 20000) };
      case 'events':
        return { label: `E${i + 1}`, date: day(seed) };
      case 'named':
        return { form: `Form ${Math.floor(i / PERPETRATORS.length) + 1}`, perpetrator: PERPETRATORS[i % PERPETRATORS.length] };
      case 'measured':
        return { form: `Survey ${i + 1}`, value: seed % 101, kind: 'rate', n: 400, place: 'Almaty', date: '2016' };
      default:
        throw new Error(`unknown shape ${shape}`);
    }
  });
}

const LISTS = { estimates: 'estimates', events: 'entries', named: 'rows', measured: 'rows' };

/** The element's data as JSON (its `data` property): `n` rows of `shape`, one source for all. */
export const dataFor = (shape, n) => ({ source: SOURCE, [LISTS[shape]]: rowsOf(shape, n) });

const cell = (value) => (/[",\n\r]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/** The same rows as CSV (what a partner's `src` file holds), a source on every row. */
export function csvFor(shape, n) {
  const rows = rowsOf(shape, n).map((row) => ({ ...row, source: SOURCE }));
  const columns = Object.keys(rows[0]);
  return `${columns.join(',')}\n${rows.map((row) => columns.map((column) => cell(row[column])).join(',')).join('\n')}\n`;
}

/**
 * A CSV of estimates just under `bytes` long, in rows as short as a CSV row gets (`E,123,S`): the
 * most rows a file under the size cap can hold, which the kit must refuse before reading them.
 */
export function hugeCsv(bytes) {
  const header = 'label,value,source\n';
  const line = 'E,123,S\n';
  return header + line.repeat(Math.floor((bytes - header.length) / line.length));
}

/**
 * A partner's JSON of estimates just under `bytes` long, indented as a database export writes it,
 * with one mistake near its end (a value missing): the file JSON.parse reads furthest before it
 * fails, and whose mistake the kit must then find and show.
 */
export function hugeBrokenJson(bytes) {
  const row = (i) => ({ label: `Estimate ${i + 1}`, value: 1 + ((i * 7919) % 20000), source: SOURCE });
  const rows = Array.from({ length: Math.ceil(bytes / 64) }, (_, i) => row(i));
  const whole = JSON.stringify({ estimates: rows }, null, 2);
  // The rows that fit, closed as the file is.
  const end = '\n  ]\n}';
  const text = `${whole.slice(0, whole.lastIndexOf('\n    }', bytes - end.length - 6))}\n    }${end}`;
  const last = text.lastIndexOf('"value": ') + '"value": '.length;
  return `${text.slice(0, last)}${text.slice(text.indexOf(',', last))}`;
}
