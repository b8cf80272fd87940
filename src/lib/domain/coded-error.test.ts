import { describe, expect, it } from 'vitest';
import { CodedError } from './coded-error';

type Detail = { code: 'too_long'; max: number } | { code: 'empty' };

const text = (detail: Detail): string =>
	detail.code === 'empty' ? 'Nothing was given.' : `At most ${detail.max} characters.`;

describe('CodedError', () => {
	it('keeps the code and the values, and says the English text as its message', () => {
		const error = new CodedError<Detail>({ code: 'too_long', max: 80 }, text);
		expect(error).toBeInstanceOf(Error);
		expect(error.code).toBe('too_long');
		expect(error.detail).toEqual({ code: 'too_long', max: 80 });
		expect(error.message).toBe('At most 80 characters.');
	});
});
