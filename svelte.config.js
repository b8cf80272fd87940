import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ out: 'build' }),
		typescript: {
			// type-check the command-line scripts, benchmarks and integration tests with the app
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../tests/**/*.ts', '../bench/**/*.ts');
			}
		}
	}
};

export default config;
