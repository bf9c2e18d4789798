import { LineCounter } from 'yaml';

/**
 * What needs the general YAML readers (`yaml`, and js-yaml): reading a plan outside the subset,
 * and positioning findings. Kept out of start-up: the bundle loads this module only when a plan
 * needs it (reference.ts), and a clean plan read by the subset reader never does.
 */
export { fastYaml } from './fast-yaml.js';
export { parseText } from './parse-text.js';
export { locate, locateInScalar } from './locate.js';
export const lineCounter = () => new LineCounter();
