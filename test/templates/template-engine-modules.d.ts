// The parts of the template engines without typings of their own that engines.mjs uses.
// (liquidjs and handlebars ship their own.)

declare module 'ejs' {
  interface Ejs {
    compile(source: string): (data: object) => string;
    render(source: string, data: object): string;
  }
  const ejs: Ejs;
  export default ejs;
}

declare module 'nunjucks' {
  interface Template {
    render(context: object): string;
  }
  class Environment {
    constructor(loaders: null, options: { autoescape: boolean });
    renderString(source: string, context: object): string;
  }
  const nunjucks: {
    Environment: typeof Environment;
    compile(source: string, environment: Environment): Template;
  };
  export default nunjucks;
}

declare module 'twig' {
  interface Template {
    render(context: object): string;
  }
  const Twig: {
    twig(params: { data: string; autoescape?: boolean }): Template;
    cache(cache: boolean): void;
  };
  export default Twig;
}
