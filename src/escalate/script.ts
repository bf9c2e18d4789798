import * as z from 'zod/mini';
import type { MessageKey, Params } from '../i18n/index.js';
import type { Playbook } from '../model/schema.js';
import { locate } from '../source/locate.js';
import { parseYaml } from '../source/parse-yaml.js';
import { formatPath, protoKeyReports, schemaReports } from '../source/schema-issues.js';
import type { Position, Report, YamlPath } from '../source/finding.js';
import type { MessageProblem } from '../messages/check-message.js';
import { allowsPrivateMessages } from '../messages/private-channels.js';
import { stepChannels } from '../messages/render-context.js';
import { findOption } from './triage.js';
import { dueProblem, farTimes, timeProblem } from './script-time.js';
import { planIndex, responseOf } from '../model/plan-index.js';

export { dueTime, parseTime, tooFar } from './script-time.js';

// The escalation script format, version 1 (docs/escalate-script.md): the answers of a
// walkthrough, prepared in an editor. Times are ISO 8601 with offset, or +DURATION from the start.
const time = z.string({ error: 'script.time' }).check((ctx) => {
  const problem = timeProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});
const text = z.string().check(z.trim(), z.minLength(1, { error: 'schema.empty' }));
// A promise's due time: a duration after the promise is made, or an absolute time.
const due = z.string({ error: 'script.due' }).check((ctx) => {
  const problem = dueProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

const step = z.strictObject({
  status: z.enum(['done', 'skipped', 'later']),
  at: z.optional(time),
  reason: z.optional(text),
  vars: z.optional(z.record(z.string(), z.string())),
  published: z.optional(z.record(z.string(), z.string())),
  asked: z.optional(z.record(z.string(), z.strictObject({ answered: time }))),
});

const event = z.strictObject({
  at: time,
  note: z.optional(text),
  promise: z.optional(z.strictObject({ to: text, what: text, approved_by: text, due: z.optional(due) })),
  level: z.optional(z.string()),
  reason: z.optional(text),
  // A public update with the plan's `update` response: its variables and post URLs.
  update: z.optional(
    z.strictObject({
      vars: z.optional(z.record(z.string(), z.string())),
      published: z.optional(z.record(z.string(), z.string())),
    }),
  ),
});

export const scriptSchema = z.strictObject({
  version: z.literal(1, { error: 'script.version' }),
  clock: z.optional(time),
  incident: z.strictObject({
    summary: text,
    channel: text,
    link: z.optional(z.string()),
    detected_at: z.optional(time),
  }),
  triage: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  override: z.optional(z.strictObject({ level: z.string(), reason: text })),
  notify: z.optional(z.record(z.string(), z.enum(['reached', 'unreachable']))),
  steps: z.optional(z.record(z.string(), step)),
  events: z.optional(z.array(event)),
  close: z.optional(z.strictObject({ at: z.optional(time), resolution: text, lessons: z.optional(z.string()) })),
  // Written by the shell once the run ends (cli/escalate/drill.ts), relative to the script's folder.
  statement: z.optional(z.strictObject({ out: text })),
});

export type Script = z.infer<typeof scriptSchema>;

/** Why a script run stopped before its end: what to add or fix, by its key in the script. */
export class ScriptStop extends Error {
  constructor(
    readonly messageId: MessageKey,
    readonly data: Params,
    readonly problem?: MessageProblem,
  ) {
    super(messageId);
  }
}

// A script's answers are keyed by the playbook's ids, and an id may be `constructor`.
export { own } from '../model/user-keys.js';

export interface ScriptProblem extends Position {
  report: Report;
}

/** Keys of the script that must name something in the playbook. */
function unknownNames(script: Script, playbook: Playbook): Report[] {
  const reports: Report[] = [];
  // Sets, looked up once per key: a script may answer thousands of contacts.
  const sets = new Map<string[], Set<string>>();
  const check = (path: YamlPath, id: string, known: string[], list: string) => {
    let set = sets.get(known);
    if (!set) sets.set(known, (set = new Set(known)));
    if (!set.has(id))
      reports.push({
        path,
        on: 'key',
        messageId: 'script.unknownName',
        data: { key: formatPath(path), id, list, known: known.join(', ') || '—' },
      });
  };
  for (const [id, answer] of Object.entries(script.triage ?? {})) {
    const question = planIndex(playbook).triage.get(id);
    if (!question || findOption(question, answer)) continue;
    const path = ['triage', id];
    reports.push({
      path,
      messageId: 'script.unknownOption',
      data: { key: formatPath(path), value: String(answer), options: optionList(question) },
    });
  }
  const contacts = playbook.contacts.map((c) => c.id);
  const steps = [...new Set(playbook.levels.flatMap((level) => level.steps.map((s) => s.id)))];
  const levels = playbook.levels.map((l) => l.id);
  for (const id of Object.keys(script.triage ?? {}))
    check(['triage', id], id, playbook.triage?.map((q) => q.id) ?? [], 'triage');
  for (const id of Object.keys(script.notify ?? {})) check(['notify', id], id, contacts, 'contacts');
  for (const [id, spec] of Object.entries(script.steps ?? {})) {
    check(['steps', id], id, steps, 'steps');
    for (const dept of Object.keys(spec.asked ?? {}))
      check(['steps', id, 'asked', dept], dept, playbook.departments?.map((d) => d.id) ?? [], 'departments');
    for (const channel of Object.keys(spec.published ?? {}))
      check(
        ['steps', id, 'published', channel],
        channel,
        playbook.channels.map((c) => c.id),
        'channels',
      );
    reports.push(...privateRefusals(playbook, id, Object.keys(spec.published ?? {})));
  }
  if (script.override) check(['override', 'level'], script.override.level, levels, 'levels');
  script.events?.forEach((entry, index) => {
    if (entry.level !== undefined) check(['events', index, 'level'], entry.level, levels, 'levels');
    if (entry.promise)
      check(['events', index, 'promise', 'approved_by'], entry.promise.approved_by, contacts, 'contacts');
    for (const channel of Object.keys(entry.update?.published ?? {}))
      check(
        ['events', index, 'update', 'published', channel],
        channel,
        playbook.channels.map((c) => c.id),
        'channels',
      );
  });
  return reports;
}

/**
 * A step that only ever sends a private reply cannot name a channel that takes no private
 * messages (a blog): the drill would record a reply nobody could have sent.
 */
function privateRefusals(playbook: Playbook, stepId: string, channels: string[]): Report[] {
  const versions = playbook.levels.flatMap((level) => level.steps.filter((step) => step.id === stepId));
  const uses = versions.flatMap((step) => {
    const response = responseOf(playbook, step.response);
    return response ? [{ step, response }] : [];
  });
  if (uses.length === 0 || uses.some(({ response }) => response.kind !== 'private-reply')) return [];
  const usable = [
    ...new Set(
      uses.flatMap(({ step, response }) =>
        stepChannels(step, response, playbook)
          .filter(allowsPrivateMessages)
          .map((c) => c.id),
      ),
    ),
  ];
  return channels.flatMap((id) => {
    const channel = planIndex(playbook).channels.get(id);
    if (!channel || allowsPrivateMessages(channel)) return [];
    const path = ['steps', stepId, 'published', id];
    return [
      {
        path,
        on: 'key' as const,
        messageId: 'script.noPrivateMessages' as const,
        data: { key: formatPath(path), channel: id, step: stepId, known: usable.join(', ') || '—' },
      },
    ];
  });
}

/** A triage question's options as a script may name them: "1. Un comentario aislado; 2. Se ha hecho viral". */
export function optionList(question: NonNullable<Playbook['triage']>[number]): string {
  return question.options.map((option, index) => `${index + 1}. ${option.label}`).join('; ');
}

/** `steps.comunicado.vars.solucion` or `events[2].at`, as a path into the script (ids hold no dots). */
export function keyPath(key: string): YamlPath {
  return key.split('.').flatMap((part) =>
    part
      .split(/\[(\d+)\]/)
      .filter((piece) => piece !== '')
      .map((piece, index) => (index > 0 && /^\d+$/.test(piece) ? Number(piece) : piece)),
  );
}

const PLAYBOOK_KEYS = ['brand', 'channels', 'contacts', 'levels'];

export interface ReadScript {
  script?: Script;
  problems: ScriptProblem[];
  /** Where a key of the script is, or its nearest written parent: for a stop during the run. */
  position: (path: YamlPath) => Position;
}

/** Reads a script: its problems come with their line, before anything runs. */
export function readScript(bytes: Uint8Array, playbook: Playbook): ReadScript {
  const yaml = parseYaml(bytes);
  const at = (path: YamlPath, on?: 'key' | 'value') => locate(yaml.doc, yaml.lineCounter, path, on);
  const position = (report: Report): Position =>
    'position' in report ? report.position : 'path' in report ? at(report.path, report.on) : { line: 1, column: 1 };
  const fail = (reports: Report[]) => ({
    problems: reports.map((report) => ({ report, ...position(report) })),
    position: at,
  });
  if (yaml.reports.length > 0 || yaml.data === undefined) return fail(yaml.reports);
  // A playbook given as the script would otherwise get a dozen "unknown key" lines.
  const planKeys = PLAYBOOK_KEYS.filter((key) => Object.hasOwn(yaml.data as object, key));
  if (planKeys.length >= 2)
    return fail([
      { position: { line: 1, column: 1 }, messageId: 'script.isPlaybook', data: { keys: planKeys.join(', ') } },
    ]);
  const result = scriptSchema.safeParse(yaml.data);
  const schema = result.success ? [] : schemaReports(result.error.issues, yaml.data, scriptSchema);
  const reports = [...schema, ...protoKeyReports(yaml.data, schema)];
  if (!result.success || reports.length > 0) return fail(reports);
  const problems = [...farTimes(result.data), ...unknownNames(result.data, playbook)];
  return problems.length > 0 ? fail(problems) : { script: result.data, problems: [], position: at };
}
