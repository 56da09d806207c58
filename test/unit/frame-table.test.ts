import { describe, expect, it } from 'vitest';
import { TABLE_CHARACTERS, TABLE_ROWS, renderTable, type ChartTable } from '../../src/internal/frame.js';
import { MAX_TEXT } from '../../src/internal/validate.js';

/*
 * The data table writes the cells of the rows it shows only: a row's cells are written when it is
 * shown (`TableRow.cells()`), and past TABLE_CHARACTERS of text the rows after are neither shown nor
 * written (issue 18: 500 rows of labels at the length cap held the page when the reader opened it).
 */
describe('the data table', () => {
  const tableOf = (label: string, count = TABLE_ROWS + 100) => {
    const written: number[] = [];
    const table: ChartTable = {
      columns: ['Figure', 'Value'],
      rows: Array.from({ length: count }, (_, i) => ({
        cells: () => (written.push(i), [label, String(i)]),
        source: { title: 'Survey' },
      })),
    };
    return { table, written };
  };
  /** The rows the table's template shows: the list of its values whose templates are rows. */
  const rowsIn = (template: ReturnType<typeof renderTable>): unknown[] =>
    (template.values.find(
      (value) => Array.isArray(value) && (value[0] as typeof template | undefined)?.strings[0].trimStart().startsWith('<tr'),
    ) as unknown[] | undefined) ?? [];

  it(`writes the cells of the rows it shows only: labels of ${MAX_TEXT} characters stop at ${TABLE_CHARACTERS} characters`, () => {
    const { table, written } = tableOf('x'.repeat(MAX_TEXT));
    const shown = rowsIn(renderTable(table, 'en')).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(TABLE_CHARACTERS / MAX_TEXT);
    // One row more is written: the one that went past the cap.
    expect(written).toEqual(Array.from({ length: shown + 1 }, (_, i) => i));
  });

  it(`writes and shows ${TABLE_ROWS} short rows, and no more`, () => {
    const { table, written } = tableOf('Short label');
    expect(rowsIn(renderTable(table, 'en'))).toHaveLength(TABLE_ROWS);
    expect(written).toHaveLength(TABLE_ROWS);
  });

  it('shows a first row longer than the cap', () => {
    const { table, written } = tableOf('x'.repeat(TABLE_CHARACTERS + 1), 3);
    expect(rowsIn(renderTable(table, 'en'))).toHaveLength(1);
    expect(written).toEqual([0, 1]);
  });
});
