import * as yamlReference from './yaml-reference.js';

/**
 * The general YAML readers (yaml-reference.ts), when a plan needs them. Here, and in tests, a
 * plain import; the bundle replaces this module (scripts/build.js) with one that loads
 * dist/yaml-reference.cjs on first call, so that `yaml` and js-yaml (140 KB) are not compiled at
 * every start: most plans are read by the subset reader and have no finding to position.
 */
export const reference = (): typeof yamlReference => yamlReference;
