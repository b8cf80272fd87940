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
		// src/service-worker.ts is for the field phone only: its page registers it with scope /f/,
		// so it never controls a staff page
		serviceWorker: { register: false },
		// Content Security Policy: scripts only from this site (SvelteKit's own inline bootstrap is
		// allowed by hash or nonce). frame-ancestors is added in hooks.server.ts per route, because
		// an embeddable survey may be framed and nothing else may.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			// type-check the command-line scripts, benchmarks and integration tests with the app
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../tests/**/*.ts', '../bench/**/*.ts');
			}
		}
	}
};

export default config;
