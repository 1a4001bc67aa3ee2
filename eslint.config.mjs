import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['ReactiveElement', 'NameValueElement'] } },
    rules: {
      // Written for bare HTMLElement bases; ReactiveElement always has both callbacks.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['*.mjs', '**/*.test.mjs', 'test/support/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // The layers of src/: each imports only from the layers beneath it (core, element,
  // frameworks; the command beside them), and nothing imports the command.
  ...layerRules(),
);

function layerRules() {
  const layers = {
    core: ['element', 'frameworks', 'cli'],
    element: ['frameworks', 'cli'],
    frameworks: ['cli'],
    cli: ['element', 'frameworks'],
  };
  return Object.entries(layers).map(([layer, above]) => ({
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${above.join('|')})/|^\\.\\./index\\.js$`,
              message: `src/${layer} may not import from ${above.join(', ')} or the package's entry`,
            },
            ...(layer === 'core'
              ? [{ regex: '^(?!\\.|zod/)', message: 'the core imports nothing but zod and itself' }]
              : []),
          ],
        },
      ],
    },
  }));
}
