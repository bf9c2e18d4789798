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

  /**
   * The plan's language, for a refusal of a command that does not otherwise speak it (output-guard.ts).
   * A command that does speaks it in every error already (Context's `spoken`).
   */
  lang?: string;
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
