import Handlebars from 'handlebars';
import type { Channel, Playbook, Response } from '../model/schema.js';
import { checkMessage } from './check-message.js';
import { renderContext, type IncidentFields } from './render-context.js';
import { COMPILE_OPTIONS, TEMPLATE_CACHE_SIZE } from './analyze-template.js';
import { RecentCache } from './recent-cache.js';
import { own } from '../model/user-keys.js';
import { NO_PROTOTYPE } from './template-calls.js';

type Compiled = (context: unknown, options: typeof NO_PROTOTYPE) => string;
const compiled = new RecentCache<Compiled>(TEMPLATE_CACHE_SIZE);

/**
 * Renders a template strictly: a missing value throws instead of printing nothing,
 * because a blank where the customer's name should be is worse than no message.
 * Callers analyse the template first (analyze-template.ts), so only data errors remain;
 * the analysis's `program` (the text, parsed) saves Handlebars from parsing it again.
 */
export function renderTemplate(text: string, context: Record<string, unknown>, program?: hbs.AST.Program): string {
  const render = compiled.get(text, () => Handlebars.compile(program ?? text, COMPILE_OPTIONS));
  return render(context, NO_PROTOTYPE).trim();
}

/**
 * The one rule for a variable's value, shared by render, the comment queue and the walkthrough:
 * spaces alone are no value, since they would print as the blank a missing value is refused for.
 */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** The variables a response declares that `given` lacks (or gives blank), and the names it gives that nothing declares. */
export function variableGaps(
  response: Response,
  given: Record<string, string>,
): { missing: string[]; unknown: string[] } {
  const declared = Object.keys(response.variables);
  // Own keys only: `given.toString` is always there, inherited, and is no answer.
  return {
    missing: declared.filter((name) => isBlank(own(given, name))),
    unknown: Object.keys(given).filter((name) => !Object.hasOwn(response.variables, name)),
  };
}

/** One response for one channel, rendered strictly and put through every pre-publication check. */
export function renderMessage(
  playbook: Playbook,
  response: Response,
  text: string,
  channel: Channel,
  incident: IncidentFields,
  variables: Record<string, string>,
) {
  const rendered = renderTemplate(text, renderContext(playbook, channel, incident, variables));
  return { channel, text: rendered, problems: checkMessage(rendered, channel, response, playbook) };
}
