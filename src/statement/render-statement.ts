import Handlebars from 'handlebars';
import { formatBrandDate } from '../escalate/brand-time.js';
import { toLang, translator } from '../i18n/index.js';
import { COMPILE_OPTIONS } from '../messages/analyze-template.js';
import { NO_PROTOTYPE, parseTemplate, type Call, type TemplateProblem } from '../messages/template-calls.js';
import { printable } from '../model/control-chars.js';
import { planIndex } from '../model/plan-index.js';
import type { Playbook } from '../model/schema.js';
import { labelsUnder } from '../model/user-keys.js';
import { inheritedField, renderFailure } from '../report/report-template-error.js';
import { openingParagraph, summary, withoutSelfLink } from './page-text.js';
import type { EarlyPage, PageMessage, StatementPage } from './statement-page.js';

/** A name a template uses that the page does not have, at the path's position (column 0-based). */
interface MissingField extends TemplateProblem {
  field: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** The helper a call invokes: only a call with values is one (checkCalls has refused unknown helpers). */
const helperOf = (node: Call) =>
  node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0
    ? (node.path as hbs.AST.PathExpression).original
    : undefined;

/**
 * Every name the template reads, resolved against a sample of the page (each list with one item),
 * following the context as `#each`, `#with` and sections change it and as `../` climbs back.
 * Strict mode catches a missing name only where it is printed; this also finds one in `{{#if}}` or
 * `{{#each}}`, before anything renders. A block with `as |x|` is left to strict mode, as is the
 * name `lookup` reads, chosen at run time.
 */
function missingField(program: hbs.AST.Program, sample: unknown): MissingField | undefined {
  const found: MissingField[] = [];
  const resolve = (path: hbs.AST.PathExpression, stack: readonly unknown[]): unknown => {
    if (path.data && path.parts[0] !== 'root') return undefined;
    let value = path.data ? sample : stack[stack.length - 1 - path.depth];
    for (const part of path.data ? path.parts.slice(1) : path.parts) {
      if (Array.isArray(value) && part === 'length') value = value.length;
      else if (Array.isArray(value) && /^\d+$/.test(part)) value = value[0];
      else if (isObject(value) && Object.hasOwn(value, part)) value = value[part];
      else {
        const { line, column } = path.loc.start;
        found.push({ messageId: 'template.renderError', detail: '', line, column, field: path.original });
        return undefined;
      }
    }
    return value;
  };
  const value = (node: hbs.AST.Expression, stack: readonly unknown[]): unknown => {
    if (node.type === 'PathExpression') return resolve(node as hbs.AST.PathExpression, stack);
    if (node.type === 'SubExpression') values(node as hbs.AST.SubExpression, stack);
    return undefined;
  };
  /** The call's values, each checked; its first, or the section's own value when it is no helper call. */
  const values = (node: Call, stack: readonly unknown[]): unknown => {
    const helper = helperOf(node);
    if (helper === undefined) return value(node.path, stack);
    const checked = node.params.map((param, index) =>
      helper === 'lookup' && index > 0 ? undefined : value(param, stack),
    );
    for (const pair of node.hash?.pairs ?? []) value(pair.value, stack);
    return checked[0];
  };
  const visit = (nodes: readonly hbs.AST.Statement[], stack: readonly unknown[]): void => {
    for (const node of nodes) {
      if (node.type === 'MustacheStatement') values(node as hbs.AST.MustacheStatement, stack);
      if (node.type !== 'BlockStatement') continue;
      const block = node as hbs.AST.BlockStatement;
      const helper = helperOf(block);
      const subject = values(block, stack);
      if (block.program?.blockParams?.length) continue;
      // `#each` enters a list's items; `#with` and a section over an object or a list enter it.
      const entered: unknown = Array.isArray(subject) ? (subject as unknown[])[0] : subject;
      const inner =
        helper === 'each' || helper === 'with' || (helper === undefined && isObject(subject))
          ? [...stack, entered]
          : stack;
      if (block.program) visit(block.program.body, inner);
      if (block.inverse) visit(block.inverse.body, stack);
    }
  };
  visit(program.body, [sample]);
  return found.sort((a, b) => a.line - b.line || a.column - b.column)[0];
}

/** Paragraphs at blank lines; a single line break stays inside its paragraph (the template keeps it with CSS). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Before the statement is out, its place holds no message: every field is there, and empty (strict mode). */
const NO_STATEMENT = { text: '', paragraphs: [] as string[], time: '', datetime: '', channel: '', url: '' };

/**
 * What a statement template receives, every field always present (the template runs in strict
 * mode): the plan's language tag, the labels in its language, the brand, the statement and its
 * updates, each with its time on the brand's clock, and the summary link previews show. Before the
 * statement is published (`pending`), the page holds the public messages so far. Updates are shown
 * without a last sentence that links this very page. Documented in docs/statement-page.md.
 */
function statementView(page: StatementPage | EarlyPage, playbook: Playbook) {
  const lang = toLang(playbook.brand.language) ?? 'en';
  const t = translator(lang);
  const labels = labelsUnder(lang, 'statementPage.');
  const { channels } = planIndex(playbook);
  const when = (at: string) => ({ time: formatBrandDate(at, playbook.brand), datetime: new Date(at).toISOString() });
  const message = (entry: PageMessage, text = entry.text) => ({
    text,
    paragraphs: paragraphs(text),
    ...when(entry.at),
    channel: channels.get(entry.channel)?.name ?? entry.channel,
    url: entry.url ?? '',
  });
  const update = (entry: PageMessage) => message(entry, withoutSelfLink(entry.text, playbook.brand.apology_url));
  const latest = page.updates[0] ?? page.statement;
  const statement = page.statement ? message(page.statement) : NO_STATEMENT;
  return {
    lang: playbook.brand.language,
    labels,
    brand: {
      name: playbook.brand.name,
      url: playbook.brand.apology_url ?? '',
      hashtag: playbook.brand.hashtag ?? '',
    },
    statement,
    updates: page.updates.map(update),
    updated: latest ? when(latest.at) : { time: '', datetime: '' },
    // Before the statement: true, and `statement` is there with every field empty.
    pending: !page.statement,
    // What a link preview shows (meta description, og:description).
    description: summary(openingParagraph(statement.paragraphs) ?? t('statementPage.pending')),
  };
}

/** A statement template that cannot render: where, and why; `field` when it names something the page does not have. */
export class StatementTemplateError extends Error {
  constructor(
    readonly problem: TemplateProblem | undefined,
    readonly detail = '',
    readonly field?: string,
    readonly fields: readonly string[] = [],
  ) {
    super(problem?.messageId ?? detail);
    this.name = 'StatementTemplateError';
  }
}

/**
 * The page, in strict mode: a name the page does not have is an error naming it, so a brand's
 * own template never publishes a blank where a fact should be. Handlebars escapes every piece of
 * incident text; control characters are written out, as a browser would not show them.
 */
export function renderStatement(template: string, page: StatementPage | EarlyPage, playbook: Playbook): string {
  const parsed = parseTemplate(template, { each: true });
  if ('problem' in parsed) throw new StatementTemplateError(parsed.problem);
  const view = statementView(page, playbook);
  // Every list with one item, so the names read inside a loop are checked even with no update yet.
  const one: PageMessage = {
    index: 0,
    at: new Date(0).toISOString(),
    response: '',
    kind: 'update',
    channel: '',
    text: 'sample',
  };
  const missing = missingField(parsed.program, statementView({ statement: one, updates: [one] }, playbook));
  if (missing) throw new StatementTemplateError(missing, '', missing.field, Object.keys(view));
  // A name every object inherits (`{{toString}}`) passes strict mode and prints a blank: refused as a report's is.
  const inherited = inheritedField(parsed.program);
  if (inherited) {
    const at = { ...inherited, messageId: 'template.renderError', detail: '' } as const;
    throw new StatementTemplateError(at, '', inherited.detail, Object.keys(view));
  }
  const env = Handlebars.create();
  try {
    // The messages' strict options, but escaped: the page is HTML.
    const compiled = env.compile(parsed.program, { ...COMPILE_OPTIONS, noEscape: false });
    return printable(compiled(view, NO_PROTOTYPE), { lines: true });
  } catch (error) {
    // Read as a report template's error is: a missing field named as the template wrote it, at its position.
    const { problem, detail } = renderFailure(error as Error, parsed.program);
    if (problem?.messageId !== 'template.reportField') throw new StatementTemplateError(problem, detail);
    const at = { messageId: 'template.renderError', detail: '', line: problem.line, column: problem.column } as const;
    throw new StatementTemplateError(at, '', problem.detail, Object.keys(view));
  }
}
