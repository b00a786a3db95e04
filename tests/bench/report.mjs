// Prints the median time of each benchmark from vitest's JSON output, against the 1 ms search target, and
// fails (exit 1) when a search is over it.
import { readFileSync } from 'node:fs';

const TARGET_MS = 1;
const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results/bench.json', 'utf8'));
console.log('\nMedian times (this machine):');
let searches = 0;
for (const file of report.files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const searching = !b.name.startsWith('decode');
      if (searching) searches++;
      const over = searching && !(b.median < TARGET_MS);
      if (over) process.exitCode = 1;
      const verdict = searching ? (over ? `  OVER the ${TARGET_MS} ms target` : `  (under the ${TARGET_MS} ms target)`) : '';
      console.log(`  ${b.name.padEnd(56)} ${b.median.toFixed(4).padStart(10)} ms  (${b.sampleCount} samples)${verdict}`);
    }
  }
}
if (searches === 0) {
  console.error('No search benchmark in the report: nothing was measured against the target.');
  process.exitCode = 1;
}
