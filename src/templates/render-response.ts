import Handlebars from 'handlebars';
import { COMPILE_OPTIONS } from './analyze-template.js';

type Compiled = (context: unknown) => string;
const cache = new Map<string, Compiled>();

/**
 * Renders a template strictly: a missing value throws instead of printing nothing,
 * because a blank where the customer's name should be is worse than no message.
 * Callers analyse the template first (analyze-template.ts), so only data errors remain.
 */
export function renderTemplate(text: string, context: Record<string, unknown>): string {
  let compiled = cache.get(text);
  if (!compiled) {
    compiled = Handlebars.compile(text, COMPILE_OPTIONS) as Compiled;
    cache.set(text, compiled);
  }
  return compiled(context).trim();
}
