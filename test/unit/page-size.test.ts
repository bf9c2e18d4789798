import { describe, expect, it } from 'vitest';
import { pageSize } from '../../src/report/formats.js';

// The paper of a printed report follows the region in brand.language (CLDR's Letter territories).
describe('pageSize', () => {
  it.each([
    ['en-US', 'Letter'],
    ['en-us', 'Letter'],
    ['en-CA', 'Letter'],
    ['fr-CA', 'Letter'],
    ['es-MX', 'Letter'],
    ['es-CL', 'Letter'],
    ['es-CO', 'Letter'],
    ['es-US', 'Letter'],
    ['es-PR', 'Letter'],
    ['fil-PH', 'Letter'],
    ['en-PH', 'Letter'],
    ['es-VE', 'Letter'],
    ['zh-Hant-US', 'Letter'],
    ['en-US-u-ca-gregory', 'Letter'],
    ['en-GB', 'A4'],
    ['en-AU', 'A4'],
    ['en-IN', 'A4'],
    ['es-ES', 'A4'],
    ['es-AR', 'A4'],
    ['es-PE', 'A4'],
    ['pt-BR', 'A4'],
    ['es-419', 'A4'],
    ['en', 'A4'],
    ['es', 'A4'],
    [undefined, 'A4'],
    ['', 'A4'],
    // A variant or extension is not a region: "-us" must follow the language (and script) directly.
    ['en-x-us', 'A4'],
    ['de-1996', 'A4'],
  ])('%s prints on %s', (language, size) => {
    expect(pageSize(language)).toBe(size);
  });
});
