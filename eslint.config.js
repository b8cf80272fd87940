import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import promiseAwaitedInTime from './eslint-rules/promise-awaited-in-time.js';

export default ts.config(
	{
		// tests/fixtures/lint/: code the lint rules must report (tests/lint-promises.test.ts)
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'test-results/',
			'tests/fixtures/lint/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		plugins: { tahseen: { rules: { 'promise-awaited-in-time': promiseAwaitedInTime } } },
		rules: {
			// a promise used as a statement and not awaited (or voided)
			'@typescript-eslint/no-floating-promises': 'error',
			// an async function where a callback's promise is ignored (event handlers, timers, forEach)
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { attributes: false } }
			],
			// dashboard links carry the filter as a query string after resolve('/…')
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreGoto: true }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// src/lib/server/db/ is the one owner of DuckDB: everything else queries through its Store
		files: ['**/*.ts', '**/*.js', '**/*.svelte'],
		ignores: ['src/lib/server/db/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@duckdb/node-api',
							message: 'Query through Store and Session from $lib/server/db.'
						}
					]
				}
			]
		}
	},
	{
		// the app and its command-line tools (tests hold promises on purpose, to look at them while
		// pending; a failure there fails the test)
		files: ['src/**/*.ts', 'src/**/*.svelte', 'scripts/**/*.ts'],
		// a promise kept in a variable while something else is awaited: no-floating-promises counts it
		// as handled, yet its failure meanwhile is an unhandled rejection (see eslint-rules/)
		rules: { 'tahseen/promise-awaited-in-time': 'error' }
	}
);
