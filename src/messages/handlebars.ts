import Handlebars from 'handlebars';

/**
 * Handlebars whole, with its compiler: an entry of the bundle of its own (scripts/build.js,
 * LAZY), which lint needs only for a template its walk declines (interpret-template.ts).
 */
export { Handlebars };
