import { Option } from 'commander';
import { dictionary } from '../model/user-keys.js';
import { CliError } from './errors.js';

// How program.ts checks option values: commander parses, and every refusal is one of our messages.

/** An option whose value is one of a table's names: commander checks it, the message is ours. */
export function oneOf(
  flags: string,
  description: string,
  values: readonly string[],
  refuse: (value: string) => CliError,
): Option {
  return new Option(flags, description).choices(values).argParser((value) => {
    if (!values.includes(value)) throw refuse(value);
    return value;
  });
}

export const wholeNumber = (option: string) => (value: string) => {
  if (!/^\d+$/.test(value)) throw new CliError('error.badNumber', { option, value });
  return Number(value);
};

/** --concurrency: `auto` (the default), `off`, or how many worker threads to lint on. */
export const concurrency = (value: string): number | 'auto' | 'off' => {
  if (value === 'auto' || value === 'off') return value;
  if (!/^[1-9]\d*$/.test(value)) throw new CliError('error.badConcurrency', { value });
  return Number(value);
};

/** --format: one of a table of formats, the refusal listing them. */
export const formatOption = (flags: string, description: string, values: readonly string[]) =>
  oneOf(flags, description, values, (value) => new CliError('error.badFormat', { value, options: values.join(', ') }));

/** A repeatable option (--var), its values in order. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The values of `--var name=value`, by name; a value may itself contain `=`. */
export function parseVars(entries: readonly string[] = []): Record<string, string> {
  return dictionary(
    entries.map((entry) => {
      const at = entry.indexOf('=');
      if (at <= 0) throw new CliError('error.badVar', { value: entry });
      return [entry.slice(0, at), entry.slice(at + 1)] as const;
    }),
  );
}
