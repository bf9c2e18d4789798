import Handlebars from 'handlebars';
import type { TemplateProblem } from '../messages/template-calls.js';

/** A report template that cannot render: where (when Handlebars says) and why. */
export class ReportTemplateError extends Error {
  constructor(
    readonly problem: TemplateProblem | undefined,
    readonly detail = '',
  ) {
    super(problem?.messageId ?? detail);
    this.name = 'ReportTemplateError';
  }
}

// Handlebars' own errors end with " - line:column" when it knows where they happened.
const POSITION = / - (\d+):(\d+)$/;
// Strict mode's words for a field that is not there: `"nmae" not defined in [object Object]`.
const NOT_DEFINED = /^"[^"]*" not defined in /;
// A value of a block (`{{#if incidnet.link}}`) whose first part is missing: strict mode reads on,
// into nothing, and JavaScript says which part it tried. Handlebars gives no position.
// So does a field of a text (`{{#with brand.name}}{{x}}{{/with}}`), in other words.
const READ_OF_NOTHING = /^Cannot read properties of (?:undefined|null) \(reading '([^']*)'\)$/;
const READ_OF_TEXT = /^Cannot use 'in' operator to search for '([^']*)' in /;

type Named = { original: string; loc: hbs.AST.SourceLocation };
const inOrder = <T extends Named>(found: T[]) =>
  found.sort((a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column);

/** Every name the template reads, in order: `{{incident.summary}}`, `{{#if x.y}}`. */
function paths(program: hbs.AST.Program): hbs.AST.PathExpression[] {
  const found: hbs.AST.PathExpression[] = [];
  const visitor = new Handlebars.Visitor();
  visitor.PathExpression = (path) => void found.push(path);
  visitor.accept(program);
  return inOrder(found);
}

const fieldProblem = (name: Named): TemplateProblem => ({
  messageId: 'template.reportField',
  detail: name.original,
  line: name.loc.start.line,
  column: name.loc.start.column,
});

// Every object inherits these, so strict mode finds them and Handlebars, refusing prototype
// access, prints nothing: `{{toString}}` would be a silent blank. No field of the report has one.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The first name the template reads that the report has only by inheritance (`{{constructor}}`, `lookup x "toString"`). */
export function inheritedField(program: hbs.AST.Program): TemplateProblem | undefined {
  const found: Named[] = paths(program).filter((path) => path.parts.some((part) => INHERITED.has(part)));
  // `lookup` reads its key as a field: `{{lookup incident "constructor"}}` is that field.
  const visitor = new Handlebars.Visitor();
  visitor.StringLiteral = (key) => {
    if (INHERITED.has(key.value)) found.push(key);
  };
  visitor.accept(program);
  const first = inOrder(found)[0];
  return first && fieldProblem(first);
}

/**
 * What a render error means for the template's author: a field that does not exist, named as the
 * template wrote it (`incident.sumary`, not Handlebars' last part) at its line; or Handlebars' own
 * words, with the position when it gives one.
 */
export function renderFailure(error: Error, program: hbs.AST.Program): ReportTemplateError {
  const message = error.message;
  const [, line, column] = POSITION.exec(message) ?? [];
  const detail = message.replace(POSITION, '');
  if (NOT_DEFINED.test(detail) && line !== undefined) {
    const at = paths(program).find(
      (path) => path.loc.start.line === Number(line) && path.loc.start.column === Number(column),
    );
    if (at) return new ReportTemplateError(fieldProblem(at), detail);
  }
  const read = (READ_OF_NOTHING.exec(detail) ?? READ_OF_TEXT.exec(detail))?.[1];
  if (read !== undefined) {
    // Best `x.read`, or `../read` climbing out of the top; else the first name that reads it.
    const all = paths(program);
    const at =
      all.find((path) => path.parts.indexOf(read) > 0 || (path.depth > 0 && path.parts[0] === read)) ??
      all.find((path) => path.parts.includes(read));
    if (at) return new ReportTemplateError(fieldProblem(at), detail);
  }
  return new ReportTemplateError(
    line === undefined
      ? undefined
      : { messageId: 'template.renderError', detail, line: Number(line), column: Number(column) },
    detail,
  );
}
