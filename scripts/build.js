// Bundles src/ into dist/ with esbuild. Commands are split into chunks loaded on demand,
// so `crisis --version` and `crisis --help` never parse zod, yaml or handlebars.
import { readFileSync, rmSync } from 'node:fs';
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

// puppeteer-core (report --format pdf) drives the machine's own browser; its browser downloader
// needs proxy-agent, which brings a JavaScript engine for PAC files (quickjs, esprima: 1.1 MB).
// We never download a browser, so a stub stands in; extract-zip and tar-fs (unpacking downloads)
// likewise.
const withoutBrowserDownload = {
  name: 'without-browser-download',
  setup(build) {
    build.onResolve({ filter: /^(proxy-agent|extract-zip|tar-fs)$/ }, (args) => ({
      path: args.path,
      namespace: 'no-download',
    }));
    build.onLoad({ filter: /.*/, namespace: 'no-download' }, (args) => ({
      contents: `export class ProxyAgent { constructor() { throw new Error('${args.path} is not bundled: crisis never downloads a browser'); } } export default {};`,
      loader: 'js',
    }));
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
  plugins: [withoutSourceMap, withoutBrowserDownload],
});
