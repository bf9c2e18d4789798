// Bundles src/ into dist/ with esbuild. Commands are split into chunks loaded on demand,
// so `crisis --version` and `crisis --help` never parse zod, yaml or handlebars.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

// yaml's Node build is its browser build plus `process.env.LOG_TOKENS` read for every token (and
// CommonJS wrapping): the browser build, an ES module, parses the same text in about 0.8× the time.
// Its only other differences are a warning's channel (console.warn rather than process.emitWarning)
// and Uint8Array rather than Buffer for !!binary, neither of which lint or the schema can tell apart.
const yamlBrowserBuild = {
  name: 'yaml-browser-build',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, async ({ resolveDir, kind }) => {
      const pkg = await build.resolve('yaml/package.json', { resolveDir, kind });
      return { path: join(dirname(pkg.path), 'browser/index.js') };
    });
  },
};

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
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  // Imported lazily by cli/hand-off.ts, so start-up never loads them either way. Left out of the
  // bundle because both find helper programs next to their own files (clipboardy's xsel and
  // Windows clipboard.exe, open's xdg-open), which a bundle would lose.
  external: ['clipboardy', 'open'],
  nodePaths: nodePath ? [nodePath] : [],
  logLevel: 'warning',
  plugins: [withoutSourceMap, yamlBrowserBuild],
});
