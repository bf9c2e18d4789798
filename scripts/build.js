// Bundles src/ into dist/ with esbuild. Commands are split into chunks loaded on demand,
// so `crisis --version` and `crisis --help` never parse zod, yaml or handlebars.
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

// Handlebars requires `source-map` inside a try, only to map compiled templates back to their
// source, and falls back to its own stub. We never ask for that map: leave 26 KB out of start-up.
const withoutSourceMap = {
  name: 'without-source-map',
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "throw new Error('source-map is not bundled')",
      loader: 'js',
    }));
  },
};

// The bundled report templates, checked and compiled here once rather than by every `crisis
// report` (src/report/template-spec.ts): the compiler runs from a bundle of its own, then the
// main bundle's src/report/bundled-templates.ts is what it wrote.
const banner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };
async function bundledTemplates() {
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: ['src/report/template-spec.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    banner,
    nodePaths: nodePath ? [nodePath] : [],
    logLevel: 'warning',
    plugins: [withoutSourceMap],
  });
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
const templates = await bundledTemplates();

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

// Modules most runs never need, each a CommonJS file of its own in dist/ (entry.cjs), loaded by
// require() the first time it is asked for: its stub in src/ imports it plainly (as tests run it),
// the bundle's stub loads it then. The Spanish catalog, and Handlebars' compiler
// (lint walks its templates). CommonJS, not ES modules: require() of an ES module fails on Node 21
// and 22.0-22.11, which engines allow, and warns on 22.12 (test/e2e/lazy-entries.test.ts).
const LAZY = [
  { stub: 'src/i18n/spanish.ts', name: 'spanish', entry: 'catalog-es', source: 'src/i18n/es.ts' },
  { stub: 'src/messages/compiler.ts', name: 'compiler', entry: 'handlebars', source: 'src/messages/handlebars.ts' },
];
// In the ES bundle a stub may land in a chunk (dist/chunks/), whose require() resolves from there;
// in a CommonJS entry (all of it in dist/) from dist/.
const lazyEntries = (format) => ({
  name: 'lazy-entries',
  setup(build) {
    for (const { stub, name, entry } of LAZY)
      build.onLoad({ filter: new RegExp(`[\\\\/]${stub.replaceAll('/', '[\\\\/]').replace('.', '\\.')}$`) }, () => ({
        contents: `let loaded;
          const file = ${format === 'cjs' ? `'./${entry}.cjs'` : `/\\/chunks\\/[^/]*$/.test(import.meta.url) ? '../${entry}.cjs' : './${entry}.cjs'`};
          export const ${name} = () => (loaded ??= require(file));`,
        loader: 'js',
      }));
  },
});

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const built = await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli.ts',
    'lint-worker': 'src/lint-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  minify: process.env.CRISIS_NO_MINIFY !== '1',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __CRISIS_VERSION__: JSON.stringify(pkg.version) },
  // handlebars is CommonJS and calls require(); give the ESM bundle a real one.
  banner,
  // Imported lazily by cli/hand-off.ts, so start-up never loads them either way. Left out of the
  // bundle because both find helper programs next to their own files (clipboardy's xsel and
  // Windows clipboard.exe, open's xdg-open), which a bundle would lose.
  external: ['clipboardy', 'open'],
  nodePaths: nodePath ? [nodePath] : [],
  logLevel: 'warning',
  plugins: [withoutSourceMap, templates, withoutBrowserDownload, lazyEntries('esm')],
  metafile: !!process.env.META,
});
await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(LAZY.map(({ entry, source }) => [entry, source])),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  minify: process.env.CRISIS_NO_MINIFY !== '1',
  sourcemap: 'linked',
  define: { __CRISIS_VERSION__: JSON.stringify(pkg.version) },
  nodePaths: nodePath ? [nodePath] : [],
  logLevel: 'warning',
  plugins: [withoutSourceMap, lazyEntries('cjs')],
});
if (process.env.META) writeFileSync(process.env.META, JSON.stringify(built.metafile));
