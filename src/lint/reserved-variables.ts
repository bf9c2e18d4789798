import type { Playbook } from '../model/schema.js';
import { CONTEXT_ROOTS } from '../messages/render-context.js';
import type { Report } from '../source/finding.js';

/**
 * A variable may not be named like a root of the render context (`brand`, `incident`,
 * `channel`): in a template `{{channel.name}}` would then mean two things, and lint, render and
 * escalate must read it one way. Refused with the other `schema` errors, at the variable's key,
 * so no command is ever handed a plan whose template could read either.
 */
export function reservedVariableReports(playbook: Playbook): Report[] {
  return playbook.responses.flatMap((response, index) =>
    Object.keys(response.variables)
      .filter((name) => CONTEXT_ROOTS.has(name))
      .map((name): Report => ({
        path: ['responses', index, 'variables', name],
        on: 'key',
        messageId: 'schema.variableReserved',
        data: { name, id: response.id, roots: [...CONTEXT_ROOTS].join(', ') },
      })),
  );
}
