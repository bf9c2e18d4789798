import * as catalog from './es.js';

/**
 * The Spanish catalog. Here, and in tests, a plain import; the bundle replaces this module
 * (scripts/build.js, LAZY) with one that loads dist/catalog-es.cjs the first time Spanish is
 * spoken, so that English runs do not compile 60 KB of Spanish at every start.
 */
export const spanish = (): typeof catalog => catalog;
