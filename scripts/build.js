// Bundles src/ into dist/ with one esbuild call. Each command is loaded by import() (src/cli/program.ts),
// which esbuild splits into chunks of its own, so `crisis --version` and `--help` never load zod,
// yaml or Handlebars.
//
// The libraries that run are bundled, not installed beside crisis: loaded from node_modules
// (hundreds of small files; no compile cache on Node 20) they took about 250 ms to load, more
// than a whole bundled one-file lint (bench/budgets.js). So they are dev dependencies; a packed
// crisis depends only on clipboardy and open (see `external`).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// scripts/prepare.js points here when it fetched esbuild and the libraries to a temporary folder.
const nodePath = process.env.CRISIS_BUILD_NODE_PATH;
const { build } = nodePath
  ? await import(pathToFileURL(join(nodePath, 'esbuild/lib/main.js')).href)
  : await import('esbuild');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const options = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  nodePaths: nodePath ? [nodePath] : [],
  logLevel: 'warning',
  // handlebars is CommonJS and calls require(); give the ES bundle a real one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

// The shipped report templates, compiled here once rather than by every `crisis report`: cold,
// Handlebars takes some 50-90 ms to compile one (bench/compile-templates.js). template-spec.ts
// checks and compiles them, run from a bundle written to a temporary folder; its output is what
// the app's src/report/bundled-templates.ts holds.
async function bundledTemplates() {
  const { outputFiles } = await build({ ...options, entryPoints: ['src/report/template-spec.ts'], write: false });
  const dir = mkdtempSync(join(tmpdir(), 'crisis-build-'));
  try {
    const file = join(dir, 'template-spec.mjs');
    writeFileSync(file, outputFiles[0].text);
    const { bundledTemplatesModule } = await import(pathToFileURL(file).href);
    const contents = bundledTemplatesModule((format) =>
      readFileSync(join(root, `templates/report.${format}.hbs`), 'utf8'),
    );
    return {
      name: 'bundled-templates',
      setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]report[\\/]bundled-templates\.ts$/ }, () => ({ contents, loader: 'js' }));
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// puppeteer-core (report --format pdf) drives the machine's own browser over the DevTools
// protocol. Left out, as a stub that throws: what downloads a browser (proxy-agent brings a
// JavaScript engine for PAC files, 1.1 MB; extract-zip, tar-fs; yargs for its own CLI), and the
// WebDriver BiDi driver (Firefox), which we never ask for.
const NOT_BUNDLED = /^(proxy-agent|extract-zip|tar-fs|yargs|yargs\/helpers|\.\.?\/bidi\/bidi\.js|\.\/bidi\.js)$/;
const withoutBrowserDownload = {
  name: 'without-browser-download',
  setup(build) {
    build.onResolve({ filter: NOT_BUNDLED }, (args) =>
      args.importer.includes('node_modules') ? { path: args.path, namespace: 'not-bundled' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'not-bundled' }, (args) => ({
      contents: `const fail = () => { throw new Error('${args.path} is not bundled: crisis drives the browser on this machine over CDP'); };
        export class ProxyAgent { constructor() { fail(); } }
        export const hideBin = fail;
        export default {};`,
      loader: 'js',
    }));
  },
};

// Handlebars' code generator loads source-map, when it can, only to map a compiled template back to
// its source, which crisis never asks for (no `srcName`); without it, Handlebars builds the same
// code with a small stand-in of its own (compiler/code-gen.js). Left out, every command that checks
// a plan (lint, and escalate before its first question) loads 60 KB less.
const withoutSourceMaps = {
  name: 'without-source-maps',
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, (args) =>
      /[\\/]node_modules[\\/]handlebars[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'no-source-map' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-source-map' }, () => ({
      contents: "throw new Error('source-map is not bundled');",
      loader: 'js',
    }));
  },
};

const templates = await bundledTemplates();
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const built = await build({
  ...options,
  // The worker thread of `lint --concurrency` is an entry of its own (src/cli/lint-workers.ts).
  entryPoints: { cli: 'src/cli.ts', 'lint-worker': 'src/lint-worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: process.env.CRISIS_NO_MINIFY !== '1',
  // For --debug's stack traces in a checkout (main.ts turns maps on); package.json's `files` keeps
  // them out of the tarball, where they were three quarters of its size.
  sourcemap: 'linked',
  define: { __CRISIS_VERSION__: JSON.stringify(pkg.version) },
  // Installed as dependencies, not bundled: both find helper programs next to their own files
  // (clipboardy's xsel and Windows clipboard.exe, open's xdg-open), which a bundle would lose.
  // cli/hand-off.ts imports them only when it copies or opens.
  external: ['clipboardy', 'open'],
  plugins: [templates, withoutBrowserDownload, withoutSourceMaps],
  metafile: !!process.env.META,
});
if (process.env.META) writeFileSync(process.env.META, JSON.stringify(built.metafile));
