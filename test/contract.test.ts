import { expect } from '@open-wc/testing';
import { describeChartContract } from './contract/describe-chart-contract.js';
import { fixtures } from './contract/fixtures.js';

/*
 * The chart contract, run for every tag the build makes. The tags are found on the disk, as rollup
 * finds them (test/commands/contract-tags.mjs serves the list and defines the elements): a new
 * element gets the whole contract by existing, and fails here until it has a fixture.
 */

const { tags } = (await import(/* the contract-tags plugin's module */ '/__contract-tags.js' as string)) as { tags: string[] };

describe('the chart contract', () => {
  it('finds the kit’s elements, each with a fixture', () => {
    expect(tags.length, 'tags found in src/').to.be.at.least(3);
    const missing = tags.filter((tag) => !Object.hasOwn(fixtures, tag));
    expect(missing, 'tags with no fixture in test/contract/fixtures.ts').to.deep.equal([]);
    const stale = Object.keys(fixtures).filter((tag) => !tags.includes(tag));
    expect(stale, 'fixtures of tags the build does not make').to.deep.equal([]);
  });
});

for (const tag of tags) if (Object.hasOwn(fixtures, tag)) describeChartContract(tag, fixtures[tag]);
