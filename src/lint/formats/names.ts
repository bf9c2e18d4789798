// The names of lint's formats, apart from the formatters themselves: program.ts offers them as
// `--format` choices at start-up, which must not load the rules, zod or yaml. FORMATTERS in
// index.ts is typed against this list, so the compiler keeps the two the same.
export const LINT_FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;

export type LintFormat = (typeof LINT_FORMATS)[number];
