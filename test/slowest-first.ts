import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Where the long files are: each runs the built binary, a terminal, a browser, or a hundred
// generated plans through every command.
const SLOW_FOLDERS = ['test/e2e/', 'test/property/'];

/**
 * The order files start in. With two workers the run ends when the later of them is done, so the
 * files that take longest must start first, not last. Vitest's own order does that from the
 * durations it keeps in node_modules/.vite after a run; a fresh clone (CI) has none, and would
 * start them in the order of their names, the property tests behind every integration file. Then
 * the slow folders go first, and in each folder the biggest files.
 */
export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(root, spec.moduleId)}`;
    if (files.every((spec) => this.ctx.cache.getFileTestResults(key(spec)))) return super.sort(files);

    const rank = (spec: TestSpecification) => {
      const path = relative(root, spec.moduleId);
      return SLOW_FOLDERS.some((folder) => path.startsWith(folder)) ? 0 : 1;
    };
    const size = new Map(files.map((spec) => [spec, statSync(spec.moduleId).size]));
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        rank(a) - rank(b) ||
        size.get(b)! - size.get(a)!,
    );
  }
}
