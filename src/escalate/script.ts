import * as z from 'zod/mini';
import type { MessageKey, Params } from '../i18n/index.js';
import type { Playbook } from '../model/schema.js';
import { locate } from '../lint/locate.js';
import { parseYaml } from '../lint/parse-yaml.js';
import { schemaReports, formatPath } from '../lint/schema-issues.js';
import type { Position, Report, YamlPath } from '../lint/finding.js';
import type { MessageProblem } from '../templates/check-message.js';
import { allowsPrivateMessages } from '../templates/private-channels.js';
import { stepChannels } from '../templates/render-context.js';
import { farTimes, timeProblem } from './script-time.js';

export { parseTime, tooFar } from './script-time.js';

// The escalation script format, version 1 (docs/escalate-script.md): the answers of a
// walkthrough, prepared in an editor. Times are ISO 8601 with offset, or +DURATION from the start.
const time = z.string({ error: 'script.time' }).check((ctx) => {
  const problem = timeProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});
const text = z.string().check(z.trim(), z.minLength(1, { error: 'schema.empty' }));

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
  promise: z.optional(z.strictObject({ to: text, what: text, approved_by: text })),
  level: z.optional(z.string()),
  reason: z.optional(text),
});

export const scriptSchema = z.strictObject({
  version: z.literal(1, { error: 'schema.version' }),
  clock: z.optional(time),
  incident: z.strictObject({ summary: text, channel: text, link: z.optional(z.string()), detected_at: z.optional(time) }),
  triage: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  override: z.optional(z.strictObject({ level: z.string(), reason: text })),
  notify: z.optional(z.record(z.string(), z.enum(['reached', 'unreachable']))),
  steps: z.optional(z.record(z.string(), step)),
  events: z.optional(z.array(event)),
  close: z.optional(z.strictObject({ at: z.optional(time), resolution: text, lessons: z.optional(z.string()) })),
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

/** A script's answer by a key the playbook chose: own keys only, since an id may be `constructor`. */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export interface ScriptProblem extends Position {
  report: Report;
}

/** Keys of the script that must name something in the playbook. */
function unknownNames(script: Script, playbook: Playbook): Report[] {
  const reports: Report[] = [];
  const check = (path: YamlPath, id: string, known: string[], list: string) => {
    if (!known.includes(id)) reports.push({ path, on: 'key', messageId: 'script.unknownName', data: { key: formatPath(path), id, list, known: known.join(', ') || '—' } });
  };
  const contacts = playbook.contacts.map((c) => c.id);
  const steps = [...new Set(playbook.levels.flatMap((level) => level.steps.map((s) => s.id)))];
  const levels = playbook.levels.map((l) => l.id);
  for (const id of Object.keys(script.triage ?? {})) check(['triage', id], id, playbook.triage?.map((q) => q.id) ?? [], 'triage');
  for (const id of Object.keys(script.notify ?? {})) check(['notify', id], id, contacts, 'contacts');
  for (const [id, spec] of Object.entries(script.steps ?? {})) {
    check(['steps', id], id, steps, 'steps');
    for (const dept of Object.keys(spec.asked ?? {})) check(['steps', id, 'asked', dept], dept, playbook.departments?.map((d) => d.id) ?? [], 'departments');
    for (const channel of Object.keys(spec.published ?? {})) check(['steps', id, 'published', channel], channel, playbook.channels.map((c) => c.id), 'channels');
    reports.push(...privateRefusals(playbook, id, Object.keys(spec.published ?? {})));
  }
  if (script.override) check(['override', 'level'], script.override.level, levels, 'levels');
  script.events?.forEach((entry, index) => {
    if (entry.level !== undefined) check(['events', index, 'level'], entry.level, levels, 'levels');
    if (entry.promise) check(['events', index, 'promise', 'approved_by'], entry.promise.approved_by, contacts, 'contacts');
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
    const response = playbook.responses.find((entry) => entry.id === step.response);
    return response ? [{ step, response }] : [];
  });
  if (uses.length === 0 || uses.some(({ response }) => response.kind !== 'private-reply')) return [];
  const usable = [...new Set(uses.flatMap(({ step, response }) => stepChannels(step, response, playbook).filter(allowsPrivateMessages).map((c) => c.id)))];
  return channels.flatMap((id) => {
    const channel = playbook.channels.find((entry) => entry.id === id);
    if (!channel || allowsPrivateMessages(channel)) return [];
    const path = ['steps', stepId, 'published', id];
    return [{ path, on: 'key' as const, messageId: 'script.noPrivateMessages' as const, data: { key: formatPath(path), channel: id, step: stepId, known: usable.join(', ') || '—' } }];
  });
}

/** Reads a script: its problems come with their line, before anything runs. */
export function readScript(bytes: Uint8Array, playbook: Playbook): { script?: Script; problems: ScriptProblem[] } {
  const yaml = parseYaml(bytes);
  const position = (report: Report): Position =>
    'position' in report ? report.position : 'path' in report ? locate(yaml.doc, yaml.lineCounter, report.path, report.on) : { line: 1, column: 1 };
  if (yaml.reports.length > 0 || yaml.data === undefined) return { problems: yaml.reports.map((report) => ({ report, ...position(report) })) };
  const result = scriptSchema.safeParse(yaml.data);
  if (!result.success) return { problems: schemaReports(result.error.issues, yaml.data, scriptSchema).map((report) => ({ report, ...position(report) })) };
  const problems = [...farTimes(result.data), ...unknownNames(result.data, playbook)].map((report) => ({ report, ...position(report) }));
  return problems.length > 0 ? { problems } : { script: result.data, problems: [] };
}
