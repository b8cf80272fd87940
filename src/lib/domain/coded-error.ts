// A refusal that carries a code and the values of its message, not the words: the words are in a
// message catalogue, so a page or an API answer says them in the person's language. `message` is
// the English text (logs, command-line tools).

export class CodedError<Detail extends { code: string }> extends Error {
	readonly code: Detail['code'];
	constructor(
		readonly detail: Detail,
		text: (detail: Detail, lang: 'en') => string
	) {
		super(text(detail, 'en'));
		this.code = detail.code;
	}
}
