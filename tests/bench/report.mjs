// Prints the median time of each benchmark from vitest's JSON output, against the 1 ms search target.
import { readFileSync } from 'node:fs';

const TARGET_MS = 1;
const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results/bench.json', 'utf8'));
console.log('\nMedian times (this machine):');
for (const file of report.files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const searching = !b.name.startsWith('decode');
      const verdict = searching ? (b.median < TARGET_MS ? `  (under the ${TARGET_MS} ms target)` : `  OVER the ${TARGET_MS} ms target`) : '';
      console.log(`  ${b.name.padEnd(56)} ${b.median.toFixed(4).padStart(10)} ms  (${b.sampleCount} samples)${verdict}`);
    }
  }
}
