// The commands printed for a person to run next ("continue with", "write its report with") must
// work when pasted into the same folder: they carry the --playbook and --incidents-dir given.

/** A word a POSIX shell reads back as itself. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(words: string[], options: { playbook?: string; incidentsDir?: string }): string {
  const all = ['crisis', ...words];
  if (options.playbook !== undefined) all.push('--playbook', options.playbook);
  if (options.incidentsDir !== undefined) all.push('--incidents-dir', options.incidentsDir);
  return all.map(shellQuote).join(' ');
}
