// `prepare` for every way npm installs crisis. dist/ is not in git, so a git or folder
// install must build it; but a folder install (`npm install -g ./crisis`) skips dev dependencies,
// where esbuild and the bundled libraries live (they are bundled, so a tarball install needs
// only clipboardy and open at run time). When they are missing, fetch the locked versions into a
// temporary folder once and build from there; when dist/ is already built, do nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// What the bundle is built from: esbuild and every dev dependency that src/ imports.
// Tools that test or check the code, never part of the bundle.
const testOnly = [
  '@types/node',
  '@types/sarif',
  'ajv',
  'fast-check',
  'typescript',
  'vitest',
  'eslint',
  '@eslint/js',
  'typescript-eslint',
  'prettier',
  'dependency-cruiser',
  'html-validate',
  'markdown-it',
  'markdownlint',
];
const buildDeps = Object.keys(pkg.devDependencies).filter((name) => !testOnly.includes(name));

// Some packages (chalk, wrap-ansi) export neither package.json nor a CommonJS entry: try each way.
const require = createRequire(join(root, 'package.json'));
const resolvable = (name) =>
  existsSync(join(root, 'node_modules', name, 'package.json')) ||
  [`${name}/package.json`, name].some((spec) => {
    try {
      require.resolve(spec);
      return true;
    } catch {
      return false;
    }
  });

const missing = buildDeps.filter((name) => !resolvable(name));
if (missing.length === 0) {
  await import(pathToFileURL(join(root, 'scripts/build.js')).href);
} else if (existsSync(join(root, 'dist/cli.js')) && !existsSync(join(root, 'src'))) {
  // A packed copy (dist/ shipped, no src/): nothing to build.
} else {
  // The versions of package-lock.json, so a folder install builds what the tests ran against.
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const specs = buildDeps.map(
    (name) => `${name}@${lock.packages[`node_modules/${name}`]?.version ?? pkg.devDependencies[name]}`,
  );
  const tmp = mkdtempSync(join(tmpdir(), 'crisis-build-'));
  try {
    console.error(
      `crisis: ${missing.join(', ')} not installed (a folder install skips dev dependencies); fetching them to build dist/`,
    );
    // The outer npm passes its own settings down (npm_config_global=true for `install -g`).
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^npm_config_(global|location|prefix)$/i.test(key)),
    );
    execFileSync(
      'npm',
      [
        'install',
        '--global=false',
        '--prefix',
        tmp,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...specs,
      ],
      { env, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    process.env.CRISIS_BUILD_NODE_PATH = join(tmp, 'node_modules');
    await import(pathToFileURL(join(root, 'scripts/build.js')).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
