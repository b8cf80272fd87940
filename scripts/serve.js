// Serves the built app (build/handler.js) over plain HTTP on HOST:PORT.
// adapter-node assumes https unless told otherwise, which would make SvelteKit's cross-site form
// check refuse every form sent to http://localhost. Unless ORIGIN or PROTOCOL_HEADER is set (a TLS
// proxy in front), the protocol is taken from the connection itself, never from the client.
import http from 'node:http';
import { existsSync } from 'node:fs';

const socketProtocolHeader = 'x-tahseen-connection-protocol';
const protocolFromSocket = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (protocolFromSocket) process.env.PROTOCOL_HEADER = socketProtocolHeader;

if (!existsSync(new URL('../build/handler.js', import.meta.url))) {
	console.error(
		'error: there is no build yet; run `npm start` (it builds first) or `npm run build`.'
	);
	process.exit(1);
}

// uploads on the ingest page can be large; adapter-node reads this when the handler is imported
process.env.BODY_SIZE_LIMIT ??= '200M';

const { handler } = await import('../build/handler.js');
// the public survey's answers, taken before adapter-node and SvelteKit when they are ordinary
// (registered by src/hooks.server.ts, which the import above loaded; see survey/answer-front.ts)
const answerFront = globalThis[Symbol.for('tahseen.survey-answer-front')];

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);

const server = http.createServer((req, res) => {
	if (protocolFromSocket) {
		req.headers[socketProtocolHeader] =
			'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
	}
	const notFound = () => {
		res.statusCode = 404;
		res.end('Not found');
	};
	if (answerFront?.(req, res, (copy) => handler(copy, res, notFound))) return;
	handler(req, res, notFound);
});

server.on('error', (error) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `error: port ${port} is already in use; stop the other server or set PORT.`
			: `error: ${error.message}`
	);
	process.exit(1);
});

server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`Listening on http://${shown}:${port}`);
});

let stopping = false;
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	server.close(() => {
		// closes the database (see src/lib/server/app-store.ts), then exits
		process.emit('sveltekit:shutdown', reason);
		process.exit(0);
	});
	server.closeIdleConnections();
	setTimeout(() => {
		server.closeAllConnections();
	}, 5000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
