import type { MessageKey, Params } from '../i18n/index.js';
import type { Playbook } from '../model/schema.js';
import { locate } from '../source/locate.js';
import { parseYaml } from '../source/parse-yaml.js';
import { protoKeyReports, schemaReports } from '../source/schema-issues.js';
import type { Position, Report, YamlPath } from '../source/finding.js';
import { formatPath } from '../source/schema-paths.js';
import type { MessageProblem } from '../messages/check-message.js';
import { parseTime, tooFar } from './script-time.js';
import { planReports } from './script-plan-checks.js';
import { scriptSchema, type Script } from './script-schema.js';

export { dueTime, parseTime, tooFar } from './script-time.js';
export { scriptSchema, type Script };

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

// The reader's messages that say what a playbook is, said of a script.
const SCRIPT_WORDS: Partial<Record<MessageKey, MessageKey>> = {
  'yaml.binary': 'script.binary',
  'yaml.empty': 'script.empty',
  'yaml.notMapping': 'script.notMapping',
};

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
  if (yaml.reports.length > 0 || yaml.data === undefined)
    return fail(
      yaml.reports.map((report) => ({ ...report, messageId: SCRIPT_WORDS[report.messageId] ?? report.messageId })),
    );
  // A playbook given as the script would otherwise get a dozen "unknown key" lines.
  const planKeys = PLAYBOOK_KEYS.filter((key) => Object.hasOwn(yaml.data as object, key));
  if (planKeys.length >= 2)
    return fail([
      { position: { line: 1, column: 1 }, messageId: 'script.isPlaybook', data: { keys: planKeys.join(', ') } },
    ]);
  const result = scriptSchema.safeParse(yaml.data);
  const schema = result.success ? [] : schemaReports(result.error.issues, yaml.data, scriptSchema, yaml.doc);
  const reports = [...schema, ...protoKeyReports(yaml.data, schema)];
  if (!result.success || reports.length > 0) return fail(reports);
  const problems = [...farTimes(result.data), ...planReports(result.data, playbook)];
  return problems.length > 0 ? fail(problems) : { script: result.data, problems: [], position: at };
}

/** Every time the script gives, with its key: the clock's bound applies to all of them. */
function times(script: Script): Array<[YamlPath, string]> {
  const found: Array<[YamlPath, string | undefined]> = [
    [['incident', 'detected_at'], script.incident.detected_at],
    [['close', 'at'], script.close?.at],
  ];
  for (const [id, spec] of Object.entries(script.steps ?? {})) {
    found.push([['steps', id, 'at'], spec.at]);
    for (const [dept, answer] of Object.entries(spec.asked ?? {}))
      found.push([['steps', id, 'asked', dept, 'answered'], answer.answered]);
  }
  script.events?.forEach((entry, index) => found.push([['events', index, 'at'], entry.at]));
  return found.filter((entry): entry is [YamlPath, string] => entry[1] !== undefined);
}

/** Absolute times too far from the script's clock; without a clock, the run checks them against its start. */
export function farTimes(script: Script): Report[] {
  const start = script.clock === undefined ? undefined : parseTime(script.clock, new Date(0));
  if (!start) return [];
  return times(script).flatMap(([path, value]) => {
    const date = value.startsWith('+') ? undefined : parseTime(value, start);
    return date && tooFar(date, start)
      ? [{ path, messageId: 'script.timeTooFar' as const, data: { where: formatPath(path), value } }]
      : [];
  });
}
