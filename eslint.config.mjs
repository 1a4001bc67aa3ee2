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
    files: ['*.mjs', 'test/node/**', 'test/support/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
