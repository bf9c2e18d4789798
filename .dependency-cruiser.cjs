// The architecture written down as rules, so a reviewer need not check it by grep.
// Run with `npm run deps`; .ci/run fails on any error.
const core = '^src/(escalate|lint|model|messages|source|report|statement|init|i18n|watch)/';

module.exports = {
  forbidden: [
    {
      name: 'core-imports-shell',
      severity: 'error',
      comment:
        'The core takes data and returns data; only src/cli and src/commands may depend on it, never the reverse.',
      from: { path: core },
      to: { path: '^src/(cli|commands)/|^src/cli\\.ts$' },
    },
    {
      // An allowlist rather than a list of I/O modules, so a new built-in is refused until someone decides.
      // path, url and util compute without touching the machine; fs, child_process, net, os, tty… all do I/O.
      name: 'core-imports-io-builtin',
      severity: 'error',
      comment: 'The core may use only the node: built-ins that compute (path, url, util); I/O belongs to the shell.',
      from: { path: core },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?(path|url|util)$' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes load order matter and hides which layer owns what.',
      from: {},
      to: { circular: true },
    },
    {
      // A command may split itself into helper files named after it (escalate.ts → escalate-script.ts);
      // it may not reach into another command, whose code belongs in the core or in src/cli.
      name: 'command-imports-command',
      severity: 'error',
      comment: 'A command imports no other command; only its own helpers, src/commands/<command>-<part>.ts.',
      from: { path: '^src/commands/([^/]+)\\.ts$' },
      to: { path: '^src/commands/', pathNot: '^src/commands/$1-[^/]+\\.ts$' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing fails at run time.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too: a core type that names a shell type still couples the layers.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
