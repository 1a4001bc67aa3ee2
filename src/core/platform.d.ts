// The one global the core needs that ECMAScript lacks, and that browsers and Node both have.
// Only this project's own compile of the core sees it (src/core/tsconfig.json); the other
// layers have the real declaration from their lib.

/** The WHATWG URL parser: the core uses it to convert an international domain to ASCII. */
declare class URL {
  constructor(url: string);
  readonly hostname: string;
}
