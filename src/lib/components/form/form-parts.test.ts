// The shared form and table parts, rendered on the server as pages render them: a field ties its
// control to its label, hint and messages; the summary links each error to its field; the table
// has a caption, header cells with scope and numeric columns marked.
import { createRawSnippet, type Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.svelte';
import ErrorSummary from './ErrorSummary.svelte';
import Field, { type FieldControl } from './Field.svelte';

/** The rendered markup without hydration markers and scoped-style classes. */
function html<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
): string {
	return render(component, { props })
		.body.replace(/<!--[^]*?-->/g, '')
		.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ svelte-[a-z0-9]+/g, '');
}

const input = createRawSnippet((control: () => FieldControl) => ({
	render: () => {
		const c = control();
		const attrs = [
			`id="${c.id}"`,
			c['aria-invalid'] ? `aria-invalid="${c['aria-invalid']}"` : '',
			c['aria-describedby'] ? `aria-describedby="${c['aria-describedby']}"` : ''
		];
		return `<input ${attrs.filter(Boolean).join(' ')}>`;
	}
}));

describe('Field', () => {
	it('labels the control and describes it by its hint and its messages', () => {
		const body = html(Field, {
			id: 'slug',
			label: 'Link name',
			hint: 'a-z',
			errors: ['Taken'],
			children: input
		});
		expect(body).toContain('<label for="slug">Link name</label>');
		expect(body).toContain(
			'<input id="slug" aria-invalid="true" aria-describedby="slug-hint slug-error">'
		);
		expect(body).toMatch(/<small class="hint" id="slug-hint">a-z<\/small>/);
		expect(body).toMatch(/<span id="slug-error">\s*<small class="field-error">Taken<\/small>/);
	});

	it('is neither invalid nor described when there is nothing to say', () => {
		const body = html(Field, { id: 'name', label: 'Name', children: input });
		expect(body).toContain('<input id="name">');
		expect(body).not.toContain('field-error');
	});

	it('marks the control invalid without a message of its own', () => {
		const body = html(Field, { id: 'email', label: 'E-mail', invalid: true, children: input });
		expect(body).toContain('<input id="email" aria-invalid="true">');
	});
});

describe('ErrorSummary', () => {
	it('lists each error as a link to its field, focusable and announced', () => {
		const body = html(ErrorSummary, {
			title: 'Please correct:',
			errors: [{ href: '#q0_text_ar', message: 'Required' }]
		});
		expect(body).toMatch(/id="error-summary"[^>]*tabindex="-1"[^>]*role="alert"/);
		expect(body).toContain('<a href="#q0_text_ar">Required</a>');
	});

	it('shows nothing without errors', () => {
		const body = html(ErrorSummary, { title: 'Please correct:', errors: [] });
		expect(body).not.toContain('error-summary');
	});
});

describe('DataTable', () => {
	const row = createRawSnippet((r: () => { name: string; n: number }) => ({
		render: () => `<th scope="row">${r().name}</th><td class="num">${r().n}</td>`
	}));
	const columns = [
		{ key: 'name', label: 'Channel', href: '?sort=name', sort: 'ascending' as const },
		{ key: 'n', label: 'Answers', numeric: true }
	];

	it('has a caption, header cells with scope and numeric columns marked', () => {
		const body = html(DataTable, {
			caption: 'Channels',
			columns,
			rows: [{ name: 'Phone', n: 12 }],
			key: (r: { name: string }) => r.name,
			row
		});
		expect(body).toMatch(/<caption[^>]*>Channels<\/caption>/);
		expect(body).toMatch(
			/<th scope="col"[^>]*aria-sort="ascending"[^>]*>\s*<a href="\?sort=name">Channel<\/a>/
		);
		expect(body).toMatch(/<th scope="col" class="num[^"]*"[^>]*>\s*Answers/);
		expect(body).toContain('<th scope="row">Phone</th><td class="num">12</td>');
	});

	it('says so instead of an empty table', () => {
		const body = html(DataTable, {
			caption: 'Channels',
			columns,
			rows: [],
			key: () => 0,
			row,
			empty: 'No channels.'
		});
		expect(body).toContain('No channels.');
		expect(body).not.toContain('<table');
	});
});
