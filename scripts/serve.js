// Serves the built app (build/handler.js) over plain HTTP on HOST:PORT.
//
// Supervised (the default): this process starts the server in a child process and starts it again
// when it dies (a crash, an out-of-memory kill), after a pause that grows while it keeps dying
// quickly (0.25 s doubling to 10 s; back to 0.25 s once a server ran for a minute). SIGTERM and
// SIGINT are passed on for a clean stop, and this process exits with the server's code. It does not
// restart a server that never listened (a start-up failure: the database file is held by another
// process, exit 75, or unwritable) nor one that exits with 75. TAHSEEN_SUPERVISE=off serves in this
// process alone (under systemd's Restart=always, see deploy/tahseen.service).
//
// adapter-node assumes https unless told otherwise, which would make SvelteKit's cross-site form
// check refuse every form sent to http://localhost. Unless ORIGIN or PROTOCOL_HEADER is set (a TLS
// proxy in front), the protocol is taken from the connection itself, never from the client.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

/** DuckDB's file is held by another process (as the command-line tools answer). */
const EXIT_IN_USE = 75;
const isWorker = process.env.TAHSEEN_SERVE_WORKER === '1';
const supervised =
	!isWorker && !['off', '0', 'false'].includes(process.env.TAHSEEN_SUPERVISE ?? '');

if (!existsSync(new URL('../build/handler.js', import.meta.url))) {
	console.error(
		'error: there is no build yet; run `npm start` (it builds first) or `npm run build`.'
	);
	process.exit(1);
}

if (!isWorker) warnAboutProxy();

if (supervised) supervise();
else await serve();

/** Behind a TLS proxy every request comes from the proxy's address unless ADDRESS_HEADER says otherwise. */
function warnAboutProxy() {
	if (/^https:/i.test(process.env.ORIGIN ?? '') && !process.env.ADDRESS_HEADER) {
		console.warn(
			'warning: ORIGIN is https but ADDRESS_HEADER is not set: behind a reverse proxy every client ' +
				"then has the proxy's address, so one person's failed sign-ins lock everyone out and the " +
				'survey rate limit is shared. Set ADDRESS_HEADER (e.g. X-Forwarded-For, with XFF_DEPTH) to ' +
				'the header your proxy writes; see "Deployment" in README.md.'
		);
	}
}

function supervise() {
	const script = fileURLToPath(import.meta.url);
	let child = null;
	let stopping = false;
	let delay = 0;
	let timer = null;

	const start = () => {
		timer = null;
		const startedAt = Date.now();
		let listening = false;
		child = fork(script, process.argv.slice(2), {
			env: { ...process.env, TAHSEEN_SERVE_WORKER: '1' },
			stdio: 'inherit'
		});
		const pid = child.pid;
		child.on('message', (message) => {
			if (message === 'tahseen:listening') listening = true;
		});
		child.on('exit', (code, signal) => {
			child = null;
			if (stopping) process.exit(code ?? 0);
			if (code === EXIT_IN_USE || !listening) {
				// a start-up failure (the reason is printed above): starting again would fail again
				process.exit(code || 1);
			}
			const ranFor = Date.now() - startedAt;
			delay = ranFor > 60_000 ? 250 : Math.min(Math.max(delay * 2, 250), 10_000);
			console.error(
				`Tahseen: the server process ${pid} ${signal ? `was killed (${signal})` : `exited with code ${code}`}; starting it again in ${delay} ms.`
			);
			timer = setTimeout(start, delay);
		});
	};

	const stop = (signal) => {
		stopping = true;
		if (timer) clearTimeout(timer);
		if (child) child.kill(signal);
		else process.exit(0);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
	start();
}

/**
 * Every response carries the security headers, also those answered outside src/hooks.server.ts
 * (static files, errors before the hooks ran): a header the response does not set itself gets its
 * default here. A page that sets its own Content-Security-Policy (every
 * SvelteKit page; an embeddable survey allows framing in it) keeps it, frame options included.
 */
function withSecurityHeaders(res) {
	const writeHead = res.writeHead;
	res.writeHead = function (status, ...rest) {
		const given = rest.find((r) => r && typeof r === 'object') ?? {};
		const names = new Set(
			(Array.isArray(given)
				? given.filter((_, i) => i % 2 === 0).map(String)
				: Object.keys(given)
			).map((name) => name.toLowerCase())
		);
		const missing = (name) => !names.has(name) && !res.hasHeader(name);
		if (missing('x-content-type-options')) res.setHeader('X-Content-Type-Options', 'nosniff');
		if (missing('referrer-policy'))
			res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
		// (a redirect is not shown, so it cannot be framed: the page it leads to says whether it may be)
		if (missing('content-security-policy') && !(status >= 300 && status < 400)) {
			res.setHeader('Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'");
			if (missing('x-frame-options')) res.setHeader('X-Frame-Options', 'DENY');
		}
		return writeHead.call(this, status, ...rest);
	};
}

async function serve() {
	const socketProtocolHeader = 'x-tahseen-connection-protocol';
	const protocolFromSocket = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
	if (protocolFromSocket) process.env.PROTOCOL_HEADER = socketProtocolHeader;

	// A promise that fails with nobody waiting for it is a bug, logged as an error; it must not end
	// the server (Node's default) and every request in flight with it.
	process.on('unhandledRejection', (reason) => {
		console.error('Tahseen: error: a promise failed and nothing handled it:', reason);
	});

	// The largest body any route accepts (an upload on the ingest page, signed-in staff only);
	// adapter-node reads this when the handler is imported. src/hooks.server.ts holds every other
	// route to far smaller limits (src/lib/server/body-limit.ts).
	process.env.BODY_SIZE_LIMIT ??= '200M';

	// The public survey's answer route (src/lib/server/survey/answer-route.ts): the app gives it
	// when it starts, during the import of the build below (src/hooks.server.ts, init). It comes
	// before adapter-node's handler, as adapter-node's custom server documents routes of one's own;
	// see docs/architecture-answer-path.md. TAHSEEN_SURVEY_FRONT=off leaves every answer to SvelteKit.
	let answerRoute = null;
	const takeRoute = (route) => (answerRoute = route);
	if (process.env.TAHSEEN_SURVEY_FRONT !== 'off') process.once('tahseen:answer-route', takeRoute);
	const { handler } = await import('../build/handler.js');
	process.off('tahseen:answer-route', takeRoute);

	const host = process.env.HOST || '0.0.0.0';
	const port = Number(process.env.PORT || 3000);

	const server = http.createServer((req, res) => {
		withSecurityHeaders(res);
		if (protocolFromSocket) {
			req.headers[socketProtocolHeader] =
				'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
		}
		const notFound = () => {
			res.statusCode = 404;
			res.end('Not found');
		};
		if (answerRoute) answerRoute(req, res, (next) => handler(next, res, notFound));
		else handler(req, res, notFound);
	});

	// Idle keep-alive connections stay open longer than a client or a proxy keeps them (Node's 5 s
	// default let a client reuse a connection the server was closing at that moment: the request is
	// lost with ECONNRESET). KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT (seconds) as in adapter-node.
	server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT ?? 65) * 1000;
	server.headersTimeout = Number(process.env.HEADERS_TIMEOUT ?? 66) * 1000;

	server.on('error', (error) => {
		console.error(
			error.code === 'EADDRINUSE'
				? `error: port ${port} is already in use; stop the other server or set PORT.`
				: `error: ${error.message}`
		);
		process.exit(1);
	});

	let stopping = false;
	function shutdown(reason) {
		if (stopping) return;
		stopping = true;
		if (!server.listening) {
			process.emit('sveltekit:shutdown', reason);
			process.exit(0);
		}
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

	server.listen(port, host, () => {
		const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
		console.log(`Listening on http://${shown}:${port} (process ${process.pid})`);
		process.send?.('tahseen:listening');
	});
}
