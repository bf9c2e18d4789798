// Types for the two modules of Handlebars' own build that lint imports alone (template-calls.ts):
// the package declares only its whole, whose typings say what these hold.
declare module 'handlebars/dist/cjs/handlebars/compiler/base.js' {
  export function parse(input: string): hbs.AST.Program;
}
declare module 'handlebars/dist/cjs/handlebars/compiler/ast.js' {
  const AST: { helpers: { simpleId(path: hbs.AST.PathExpression): boolean } };
  export default AST;
}
