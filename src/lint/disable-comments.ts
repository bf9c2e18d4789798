import type { Report } from '../source/finding.js';
import { suggest } from '../source/suggest.js';

const DIRECTIVE = /#\s*crisis-lint-disable-next-line\b(.*)$/;

interface Directive {
  /** The 1-based line the comment silences: the one below it. */
  silences: number;
  /** Each rule id named, with its 1-based line and column, to point at a misspelt one. */
  rules: Array<{ id: string; line: number; column: number }>;
}

/** The disable comments of a plan's text, read once for both uses below. */
export function directives(source: string): Directive[] {
  const found: Directive[] = [];
  source.split('\n').forEach((row, index) => {
    const match = DIRECTIVE.exec(row);
    if (!match) return;
    const listStart = match.index + match[0].length - (match[1] ?? '').length;
    const rules = [...(match[1] ?? '').matchAll(/[^\s,]+/g)].map((id) => ({
      id: id[0],
      line: index + 1,
      column: listStart + id.index + 1,
    }));
    found.push({ silences: index + 2, rules });
  });
  return found;
}

/** Whether a `# crisis-lint-disable-next-line RULE[, RULE]` above `line` silences `ruleId` there. */
export function silencer(found: readonly Directive[]): (line: number, ruleId: string) => boolean {
  const disabled = new Map(found.map(({ silences, rules }) => [silences, new Set(rules.map((rule) => rule.id))]));
  return (line, ruleId) => {
    const rules = disabled.get(line);
    // With no rule named, every rule is silenced on that line, as ESLint does.
    return rules !== undefined && (rules.size === 0 || rules.has(ruleId) || rules.has('*'));
  };
}

/**
 * A rule id no rule has, named in a disable comment: it silences nothing, so the finding it was
 * meant for shows up still, or a misspelling hides that it no longer would. ESLint reports these too.
 */
export function unknownRuleReports(found: readonly Directive[], known: ReadonlySet<string>): Report[] {
  return found.flatMap(({ rules }) =>
    rules
      .filter(({ id }) => !known.has(id))
      .map(({ id, line, column }): Report => {
        const suggestion = suggest(id, known);
        return {
          position: { line, column, endLine: line, endColumn: column + id.length },
          messageId: suggestion === undefined ? 'lint.unknownRule' : 'lint.unknownRuleSuggest',
          data: { rule: id, ...(suggestion !== undefined && { suggestion }) },
        };
      }),
  );
}
