import type { Report, YamlPath } from '../source/finding.js';
import { formatPath } from '../source/schema-paths.js';
import { allowsPrivateMessages } from '../messages/private-channels.js';
import { stepChannels } from '../messages/render-context.js';
import { planIndex, responseOf } from '../model/plan-index.js';
import type { Playbook, Response, Step } from '../model/schema.js';
import { findOption } from './triage.js';
import type { Script } from './script-schema.js';
import { updateStepOf } from './update-step.js';

// A script checked against the plan before anything runs: every id it names is the plan's, and
// nothing it gives for a step or an update is what the walkthrough never asks for (a variable its
// response does not have, a post on a channel its message does not go to), where a typo would
// otherwise be dropped unseen.

type Answers = { vars?: Record<string, string>; published?: Record<string, string> };
type Use = { step: Step; response: Response };

/** Each version of a step that has a message: a step id may stand in several levels. */
function stepUses(playbook: Playbook, stepId: string): Use[] {
  return playbook.levels.flatMap((level) =>
    level.steps.flatMap((step) => {
      const response = step.id === stepId ? responseOf(playbook, step.response) : undefined;
      return response ? [{ step, response }] : [];
    }),
  );
}

/** The channels a message of these uses goes out on; a private reply, on one that takes private messages. */
function reachable(playbook: Playbook, uses: Use[]): string[] {
  const ids = uses.flatMap(({ step, response }) => {
    if (response.kind === 'internal') return [];
    const channels = stepChannels(step, response, playbook);
    return (response.kind === 'private-reply' ? channels.filter(allowsPrivateMessages) : channels).map((c) => c.id);
  });
  return [...new Set(ids)];
}

/** A report at a key of the script, saying that key first. */
function at(path: YamlPath, messageId: Report['messageId'], data: Record<string, string>): Report {
  return { path, on: 'key', messageId, data: { key: formatPath(path), ...data } };
}

function answerReports(playbook: Playbook, path: YamlPath, answers: Answers, uses: Use[]): Report[] {
  if (uses.length === 0) return [];
  const reports: Report[] = [];
  const names = new Set(uses.flatMap(({ response }) => Object.keys(response.variables)));
  for (const name of Object.keys(answers.vars ?? {}))
    if (!names.has(name))
      reports.push(at([...path, 'vars', name], 'script.unknownVar', { value: [...names].join(', ') }));
  const known = reachable(playbook, uses);
  // A private reply goes to one person on one network (the first the script posts on), one that
  // takes private messages: a reply on a blog is one nobody could have sent.
  const onePerson = uses.every(({ response }) => response.kind === 'private-reply');
  let first: string | undefined;
  for (const channel of Object.keys(answers.published ?? {})) {
    const found = planIndex(playbook).channels.get(channel);
    // A channel the plan does not have is said by unknownNames.
    if (!found) continue;
    const key = [...path, 'published', channel];
    const allowed = first !== undefined && onePerson ? [first] : known;
    if (allowed.includes(channel)) first ??= channel;
    else if (onePerson && !allowsPrivateMessages(found))
      reports.push(
        at(key, 'script.noPrivateMessages', { channel, step: String(path[1]), known: known.join(', ') || '—' }),
      );
    else
      reports.push(
        at(key, 'script.notOnChannel', {
          value: channel,
          response: [...new Set(uses.map(({ response }) => response.id))].join(', '),
          known: allowed.join(', ') || '—',
        }),
      );
  }
  return reports;
}

/** The variables and posts of each step and update of the script, against what the walkthrough asks. */
function answerChecks(playbook: Playbook, script: Script): Report[] {
  const reports: Report[] = [];
  for (const [id, answers] of Object.entries(script.steps ?? {})) {
    reports.push(...answerReports(playbook, ['steps', id], answers, stepUses(playbook, id)));
  }
  // An update takes the plan's update response for the level of its time, which only the run knows.
  const updates = playbook.responses
    .filter((response) => response.kind === 'update')
    .map((response) => ({ step: updateStepOf('@update', response), response }));
  script.events?.forEach((entry, index) => {
    if (entry.update) reports.push(...answerReports(playbook, ['events', index, 'update'], entry.update, updates));
  });
  return reports;
}

/** Keys of the script that must name something in the playbook. */
function unknownNames(script: Script, playbook: Playbook): Report[] {
  const reports: Report[] = [];
  // Sets, looked up once per key: a script may answer thousands of contacts.
  const sets = new Map<string[], Set<string>>();
  const check = (path: YamlPath, id: string, known: string[], list: string) => {
    let set = sets.get(known);
    if (!set) sets.set(known, (set = new Set(known)));
    if (!set.has(id)) reports.push(at(path, 'script.unknownName', { id, list, known: known.join(', ') || '—' }));
  };
  for (const [id, answer] of Object.entries(script.triage ?? {})) {
    const question = planIndex(playbook).triage.get(id);
    if (!question || findOption(question, answer)) continue;
    const path = ['triage', id];
    // The options as a script may name them: "1. Un comentario aislado; 2. Se ha hecho viral".
    const options = question.options.map((option, index) => `${index + 1}. ${option.label}`).join('; ');
    reports.push({
      path,
      messageId: 'script.unknownOption',
      data: { key: formatPath(path), value: String(answer), options },
    });
  }
  const ids = (list: ReadonlyArray<{ id: string }> | undefined) => (list ?? []).map((entry) => entry.id);
  const contacts = ids(playbook.contacts);
  const levels = ids(playbook.levels);
  const channels = ids(playbook.channels);
  const departments = ids(playbook.departments);
  const steps = [...new Set(playbook.levels.flatMap((level) => ids(level.steps)))];
  for (const id of Object.keys(script.triage ?? {})) check(['triage', id], id, ids(playbook.triage), 'triage');
  for (const id of Object.keys(script.notify ?? {})) check(['notify', id], id, contacts, 'contacts');
  if (script.on_duty !== undefined) check(['on_duty'], script.on_duty, contacts, 'contacts');
  for (const [id, spec] of Object.entries(script.steps ?? {})) {
    check(['steps', id], id, steps, 'steps');
    for (const dept of Object.keys(spec.asked ?? {}))
      check(['steps', id, 'asked', dept], dept, departments, 'departments');
    for (const channel of Object.keys(spec.published ?? {}))
      check(['steps', id, 'published', channel], channel, channels, 'channels');
  }
  if (script.override) check(['override', 'level'], script.override.level, levels, 'levels');
  script.events?.forEach((entry, index) => {
    if (entry.level !== undefined) check(['events', index, 'level'], entry.level, levels, 'levels');
    if (entry.promise)
      check(['events', index, 'promise', 'approved_by'], entry.promise.approved_by, contacts, 'contacts');
    for (const channel of Object.keys(entry.update?.published ?? {}))
      check(['events', index, 'update', 'published', channel], channel, channels, 'channels');
  });
  return reports;
}

/** What the script names or gives that the plan does not have, each at its key. */
export function planReports(script: Script, playbook: Playbook): Report[] {
  return [...unknownNames(script, playbook), ...answerChecks(playbook, script)];
}
