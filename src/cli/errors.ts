import type { MessageKey, Params } from '../i18n/index.js';

/** A problem the user can fix: reported as one translated line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
    readonly exitCode = 2,
  ) {
    super(key);
    this.name = 'CliError';
  }

  /** The plan's language, for an error about what the plan's command does (output-guard.ts, inPlanLanguage). */
  lang?: string;
}

/** A CliError with no language of its own is said in the plan's, as the rest of the command is. */
export function inPlanLanguage(error: unknown, lang: string | undefined): unknown {
  if (error instanceof CliError && error.lang === undefined) error.lang = lang;
  return error;
}

/** The command already told the user what happened; only the exit code is left to give. */
export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitError';
  }
}

/** Exit codes of every command: the contract scripts and CI rely on. */
export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: 130 } as const;
