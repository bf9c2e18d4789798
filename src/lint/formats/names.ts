// The names `crisis lint --format` accepts. Its own module, free of imports, so cli/program.ts can
// list them in --help without loading a formatter, and commands/lint.ts need not import the program.
export const LINT_FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
