import * as full from './handlebars.js';

/**
 * Handlebars' compiler, when a template must be compiled. Here, and in tests, a plain import; the
 * bundle replaces this module (scripts/build.js, LAZY) with one that loads dist/handlebars.cjs on
 * first call: lint renders its templates by walking them, and needs only the parser.
 */
export const compiler = (): typeof full => full;
