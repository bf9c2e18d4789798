const DIRECTIVE = /#\s*crisis-lint-disable-next-line\b(.*)$/;

/** Line number → rule ids silenced on it by a `# crisis-lint-disable-next-line RULE[, RULE]` above. */
export function disabledRules(source: string): Map<number, Set<string>> {
  const disabled = new Map<number, Set<string>>();
  source.split('\n').forEach((row, index) => {
    const match = DIRECTIVE.exec(row);
    if (!match) return;
    const rules = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
    // With no rule named, every rule is silenced on that line, as ESLint does.
    disabled.set(index + 2, new Set(rules.length > 0 ? rules : ['*']));
  });
  return disabled;
}

export function isDisabled(disabled: Map<number, Set<string>>, line: number, ruleId: string): boolean {
  const rules = disabled.get(line);
  return rules !== undefined && (rules.has(ruleId) || rules.has('*'));
}
