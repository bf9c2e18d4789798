import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { scriptSchema } from '../../src/escalate/script.js';
import { lintText, root, tempDir } from '../helpers.js';
import { crisis } from '../integration/run-cli.js';

// Every YAML example a reader may copy from the README or docs/ must work as shown. A block is
// judged by what it is, so a page added or rewritten later is checked with no change here:
// - after `<!-- fragment -->` (part of a file) or `<!-- other-tool -->` (a whole file of another
//   tool, such as a GitHub workflow): it must parse as YAML;
// - a drill script (`version` with `incident` or `steps`, no `brand`): it must pass the script
//   schema, and after `<!-- drill for PLAN -->` (a path from the repository's root) it must also run
//   on that plan to its close, in-process, as `crisis escalate --script` runs it;
// - anything else is a whole plan: `crisis lint`'s core must find no error in it.

interface Block {
  file: string;
  line: number;
  marker?: string;
  text: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return path === 'docs' || path.startsWith('docs/') ? markdownFiles(path) : [];
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const FILES = markdownFiles('').sort();

function yamlBlocks(file: string): Block[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  let open: Block | undefined;
  let lastText = '';
  lines.forEach((line, index) => {
    if (open) {
      if (/^\s*```\s*$/.test(line)) {
        blocks.push(open);
        open = undefined;
      } else open.text += `${line}\n`;
      return;
    }
    if (/^\s*```ya?ml\s*$/.test(line)) {
      const marker = /^<!--\s*(.+?)\s*-->$/.exec(lastText.trim())?.[1];
      open = { file, line: index + 1, marker, text: '' };
    }
    if (line.trim() !== '') lastText = line;
  });
  // An indented block (inside a list item) is indented as a whole: read it at its own margin.
  return blocks.map((block) => ({ ...block, text: dedent(block.text) }));
}

function dedent(text: string): string {
  const margins = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^ */.exec(line)![0].length);
  const margin = Math.min(...margins);
  return text
    .split('\n')
    .map((line) => line.slice(margin))
    .join('\n');
}

const BLOCKS = FILES.flatMap(yamlBlocks);
const where = (block: Block) => `${block.file}:${block.line}`;
const isScript = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  'version' in data &&
  ('incident' in data || 'steps' in data) &&
  !('brand' in data);

/** The block's data, or undefined when it does not parse (its own test then says why). */
function dataOf(block: Block): unknown {
  const doc = YAML.parseDocument(block.text);
  return doc.errors.length > 0 ? undefined : doc.toJS();
}

function parseErrors(block: Block): string[] {
  const doc = YAML.parseDocument(block.text, { uniqueKeys: true });
  return [...doc.errors, ...doc.warnings].map((error) => error.message);
}

describe('YAML examples in the README and docs/', () => {
  it('finds the pages and their examples', () => {
    expect(FILES).toContain('README.md');
    expect(FILES).toContain('docs/playbook-format.md');
    expect(FILES).toContain('docs/escalate-script.md');
    expect(BLOCKS.length).toBeGreaterThan(5);
    // Each kind is present, so a broken classifier cannot pass by checking nothing.
    expect(BLOCKS.some((block) => block.marker === 'fragment')).toBe(true);
    expect(BLOCKS.some((block) => isScript(dataOf(block)))).toBe(true);
    expect(BLOCKS.some((block) => block.marker?.startsWith('drill for '))).toBe(true);
    expect(BLOCKS.some((block) => !block.marker && !isScript(dataOf(block)))).toBe(true);
  });

  it.each(BLOCKS.map((block) => [where(block), block] as const))('%s parses as YAML', (_where, block) => {
    expect(parseErrors(block)).toEqual([]);
  });

  const MARKERS = /^(fragment|other-tool|drill for \S+)$/;
  it.each(BLOCKS.filter((block) => block.marker !== undefined).map((block) => [where(block), block] as const))(
    '%s has a marker this test knows',
    (_where, block) => {
      expect(block.marker).toMatch(MARKERS);
    },
  );

  const scripts = BLOCKS.filter((block) => !isFragment(block) && isScript(dataOf(block)));
  it.each(scripts.map((block) => [where(block), block] as const))(
    '%s is a drill script that passes the script schema, and runs on its plan when it names one',
    async (_where, block) => {
      const result = scriptSchema.safeParse(dataOf(block));
      expect(result.success ? [] : result.error.issues).toEqual([]);
      const plan = /^drill for (\S+)$/.exec(block.marker ?? '')?.[1];
      if (plan === undefined) return;
      const dir = tempDir();
      writeFileSync(join(dir, 'drill.yaml'), block.text);
      const run = await crisis([
        'escalate',
        '--playbook',
        join(root, plan),
        '--incidents-dir',
        join(dir, 'incidents'),
        '--script',
        join(dir, 'drill.yaml'),
      ]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/is closed/);
    },
  );

  const plans = BLOCKS.filter((block) => !isFragment(block) && !isScript(dataOf(block)));
  it.each(plans.map((block) => [where(block), block] as const))('%s is a plan crisis lint passes', (_where, block) => {
    const errors = lintText(block.text).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`)).toEqual(
      [],
    );
  });
});

function isFragment(block: Block): boolean {
  return block.marker === 'fragment' || block.marker === 'other-tool';
}

describe('the pages themselves', () => {
  // CI and strangers run these three as written.
  it.each(['npm ci', 'node bin/crisis.js lint playbooks/', 'npm test'])('the README gives `%s`', (command) => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(new RegExp(`^${command.replace(/[./]/g, '\\$&')}(\\s|$)`, 'm'));
  });

  it('the README links a page for every command crisis has', async () => {
    const help = (await crisis(['--help'])).stdout;
    const commands = help.slice(help.indexOf('Commands:')).split('\n\n')[0]!;
    const names = [...commands.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!);
    expect(names).toContain('lint');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const missing = names.filter((name) => name !== 'help' && !readme.includes(`[\`crisis ${name}\`](docs/`));
    expect(missing).toEqual([]);
  });

  it('the README stays short enough for a newcomer', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(220);
  });

  it.each(FILES)('every relative link in %s leads to a file of the repository', (file) => {
    const text = readFileSync(join(root, file), 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`\n]*`/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    const missing = targets
      .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target) && !target.startsWith('#'))
      .map((target) => relative(root, join(root, dirname(file), target.replace(/#.*$/, ''))))
      .filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });
});
