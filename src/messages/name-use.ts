// Its own module so analyze-template (which finds the names) and render-context (which checks
// them) share the type without importing each other.

/**
 * A name the template reads, resolved from the root of the render context (`{{#with brand}}{{name}}`
 * reads `brand.name`). `test` is the value an `#if`, `#unless` or `#with` tests: it may be unset.
 * `guarded` is a value printed only where a block has tested that very name.
 */
export interface NameUse {
  parts: string[];
  line: number;
  /** 0-based, as Handlebars counts. */
  column: number;
  test?: boolean;
  guarded?: boolean;
}
