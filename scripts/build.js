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

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts'],
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
  plugins: [withoutSourceMap, templates],
});
