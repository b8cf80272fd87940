// ESLint rule (type-aware): a promise kept in a variable must be awaited, returned or handed on
// before the function awaits anything else.
//
// typescript-eslint's no-floating-promises looks only at promises used as statements; one stored
// in a variable counts as handled. But while the function waits for something else, nothing
// listens to the stored promise: if it fails first, Node.js reports an unhandled rejection (and
// by default ends the process), and if the other await throws, the stored promise is never awaited
// at all. This is how src/lib/server/reports/build.ts took the server down for a period it could
// not place. Start independent work together with Promise.all instead.
//
// Allowed: a promise whose first use comes before the next await (including inside that await,
// e.g. `await Promise.all([a, b])`), and one made by `.then(onFulfilled, onRejected)`, `.catch()`
// or `.finally()` after a `.catch()` (a rejection handler is attached).

/** @type {import('eslint').Rule.RuleModule} */
export default {
	meta: {
		type: 'problem',
		docs: { description: 'a promise in a variable is awaited before anything else is' },
		messages: {
			late: 'The promise "{{name}}" is not awaited (or handed on) before this await: if it fails meanwhile, the rejection is unhandled. Await it together with the other work (Promise.all).',
			unused: 'The promise "{{name}}" is never used: its failure would be an unhandled rejection.'
		},
		schema: []
	},
	create(context) {
		const services = context.sourceCode.parserServices;
		if (!services?.program || !services.esTreeNodeToTSNodeMap) return {};
		const checker = services.program.getTypeChecker();

		const isThenable = (node) => {
			const type = services.getTypeAtLocation(node);
			const parts = type.isUnion() ? type.types : [type];
			return parts.some((t) => {
				const then = t.getProperty('then');
				if (!then) return false;
				const thenType = checker.getTypeOfSymbolAtLocation(
					then,
					services.esTreeNodeToTSNodeMap.get(node)
				);
				return thenType.getCallSignatures().length > 0;
			});
		};
		const handled = (init) => {
			let node = init;
			while (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
				const name = node.callee.property.type === 'Identifier' ? node.callee.property.name : '';
				if (name === 'catch') return true;
				if (name === 'then' && node.arguments.length >= 2) return true;
				if (name !== 'finally' && name !== 'then') return false;
				node = node.callee.object;
			}
			return false;
		};

		const functionOf = (node) => {
			for (let n = node.parent; n; n = n.parent) {
				if (
					n.type === 'FunctionDeclaration' ||
					n.type === 'FunctionExpression' ||
					n.type === 'ArrowFunctionExpression' ||
					n.type === 'Program'
				)
					return n;
			}
			return null;
		};

		const awaits = new Map();
		const stored = [];
		const noteAwait = (node) => {
			const fn = functionOf(node);
			if (!awaits.has(fn)) awaits.set(fn, []);
			awaits.get(fn).push(node);
		};

		return {
			AwaitExpression: noteAwait,
			'ForOfStatement[await=true]': noteAwait,
			VariableDeclarator(node) {
				if (node.id.type !== 'Identifier' || !node.init) return;
				if (node.init.type === 'AwaitExpression') return;
				if (!isThenable(node.init) || handled(node.init)) return;
				stored.push(node);
			},
			'Program:exit'() {
				for (const declarator of stored) {
					const [variable] = context.sourceCode.getDeclaredVariables(declarator);
					if (!variable) continue;
					const reads = variable.references
						.filter((r) => r.isRead())
						.map((r) => r.identifier)
						.sort((a, b) => a.range[0] - b.range[0]);
					const name = declarator.id.name;
					if (reads.length === 0) {
						context.report({ node: declarator, messageId: 'unused', data: { name } });
						continue;
					}
					const first = reads[0];
					const late = (awaits.get(functionOf(declarator)) ?? []).find(
						(a) =>
							a.range[0] > declarator.range[1] &&
							a.range[0] < first.range[0] &&
							a.range[1] < first.range[1]
					);
					if (late) context.report({ node: late, messageId: 'late', data: { name } });
				}
			}
		};
	}
};
