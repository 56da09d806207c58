import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figures, fundingTimeline, violenceMeasured, violenceNamed } from '../../src/data/report.js';
import type { Source } from '../../src/data/types.js';

/*
 * docs/data-sources.md is the provenance a reader of the repository or of the npm package opens:
 * every figure the data module holds must be there, on its own row, with the same value and quote.
 */

const doc = readFileSync(new URL('../../docs/data-sources.md', import.meta.url), 'utf8');
const rows = doc.split('\n').filter((line) => line.startsWith('| '));
/** Markdown escapes a pipe inside a cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

function rowOf(key: string): string {
  const found = rows.filter((row) => row.includes(key));
  expect(found, `one row of docs/data-sources.md holds ${key}`).toHaveLength(1);
  return found[0];
}

function expectSource(row: string, source: Source) {
  expect(row, 'the quote, word for word').toContain(`“${cell(source.quote!)}”`);
  expect(row, 'the source').toContain(cell(source.title));
  if (source.url) expect(row, 'the source’s address').toContain(`<${source.url}>`);
}

describe('docs/data-sources.md', () => {
  it('lists every figure with its value, source, address and quote', () => {
    for (const figure of [...Object.values(figures), ...fundingTimeline]) {
      const row = rowOf(`| \`${figure.id}\` |`);
      if (figure.value !== undefined) expect(row, figure.id).toContain(`| \`${figure.value}\``);
      expect(row, figure.id).toContain(figure.kind === 'money' ? `money (${figure.subkind}` : `| ${figure.kind} |`);
      expectSource(row, figure.source);
    }
  });

  it('lists every form of abuse, the fear and every survey rate with its quote', () => {
    for (const record of [...violenceNamed, ...violenceMeasured]) {
      const form = typeof record.form === 'string' ? record.form : record.form.en;
      const candidates = rows.filter((row) => row.startsWith(`| ${cell(form)} |`));
      const row = candidates.find((r) => (record.value === undefined ? r.includes('| — |') : r.includes(`| \`${record.value}\` |`)));
      expect(row, `${form} ${record.value ?? ''}`).toBeDefined();
      expectSource(row!, record.source);
      if (record.record === 'fear') expect(row).toContain('fear the report records');
    }
  });

  it('holds no figure the data module does not', () => {
    const ids = new Set([...Object.values(figures), ...fundingTimeline].map((f) => f.id));
    const listed = rows.map((row) => /^\| `(\w+)` \|/.exec(row)?.[1]).filter((id): id is string => id !== undefined);
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
    expect(listed).toHaveLength(ids.size);
  });

  it('says what was not found, notably an official source for the “28”', () => {
    expect(doc).toContain('## What was not found');
    expect(doc).toMatch(/An official source for the “28”/);
  });
});
