/** What the pipeline found wrong with its inputs: every rejected row, warning and skipped row is counted here. */

/** The inputs, as manifest.json names them. */
export type SourceId = 'codepoint' | 'epraccur' | 'members' | 'scotland' | 'northernIreland';

/** A rejected row is left out of the output; a warning keeps the row but changes it (a phone stored as null). */
export type Severity = 'rejected' | 'warning';

/** One problem with one row, worded `file:line: problem`. */
export interface Issue {
  source: SourceId;
  severity: Severity;
  /** Short, stable name of the kind of problem, for the totals ("no usable position"). */
  reason: string;
  message: string;
}

/** Collects issues and skipped-row counts while the pipeline runs, and prints them. */
export class Report {
  readonly issues: Issue[] = [];
  readonly skipped = new Map<string, number>();

  /** Records a row left out of the output because it is invalid. */
  reject(source: SourceId, reason: string, where: string, problem: string): void {
    this.issues.push({ source, severity: 'rejected', reason, message: `${where}: ${problem}` });
  }

  /** Records a row kept with a change (the problem says what). */
  warn(source: SourceId, reason: string, where: string, problem: string): void {
    this.issues.push({ source, severity: 'warning', reason, message: `${where}: ${problem}` });
  }

  /** Counts a row filtered out on purpose (a closed practice, a pharmacy): not an error. */
  skip(source: SourceId, reason: string): void {
    const key = `${source}: ${reason}`;
    this.skipped.set(key, (this.skipped.get(key) ?? 0) + 1);
  }

  /** Number of rejected rows of one source. */
  rejected(source: SourceId): number {
    return this.issues.filter((i) => i.source === source && i.severity === 'rejected').length;
  }

  /** Totals by source, severity and reason, in a fixed order. */
  totals(): { source: SourceId; severity: Severity; reason: string; count: number; first: string[] }[] {
    const groups = new Map<string, { source: SourceId; severity: Severity; reason: string; count: number; first: string[] }>();
    for (const issue of this.issues) {
      const key = `${issue.source}\u0000${issue.severity}\u0000${issue.reason}`;
      let group = groups.get(key);
      if (!group)
        groups.set(key, (group = { source: issue.source, severity: issue.severity, reason: issue.reason, count: 0, first: [] }));
      group.count++;
      group.first.push(issue.message);
    }
    return [...groups.values()];
  }

  /** Prints the first `limit` messages of each kind of problem, then the totals by reason. */
  print(log: (line: string) => void, limit = 20): void {
    const totals = this.totals();
    for (const group of totals) {
      log(`${group.source}, ${group.severity}: ${group.reason} (${group.count.toLocaleString('en-GB')})`);
      for (const message of group.first.slice(0, limit)) log(`  ${message}`);
      if (group.count > limit) log(`  … and ${(group.count - limit).toLocaleString('en-GB')} more`);
    }
    log('Totals by reason:');
    if (totals.length === 0) log('  no rejected rows, no warnings');
    for (const group of totals)
      log(`  ${group.source.padEnd(9)} ${group.severity.padEnd(8)} ${String(group.count).padStart(7)}  ${group.reason}`);
    for (const [key, count] of [...this.skipped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      log(`  ${key.split(':')[0]!.padEnd(9)} skipped  ${String(count).padStart(7)}  ${key.slice(key.indexOf(':') + 2)}`);
    }
  }
}
