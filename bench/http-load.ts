// The load generator of bench:survey: keep-alive connections on plain sockets, one request at a
// time each (every reply waited for), flat out or paced, with latencies and the CPU time the server
// process and this client used. Requests are written as text and replies parsed here, so that the
// client takes little of the CPU the server needs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';

export interface LoadResult {
	/** Seconds from the first request to the last reply. */
	duration: number;
	/** CPU time the server process and this client used during the run, in ms. */
	serverCpuMs: number;
	clientCpuMs: number;
	statusCodes: Record<string, number>;
	errors: number;
	/** Latency of every reply, in ms, sorted. */
	latencies: number[];
}

/** One reply read off the wire: its status, once the whole message (headers and body) is in. */
interface Reply {
	status: number;
	/** Bytes of `buffer` the reply took, or 0 while it is incomplete. */
	length: number;
}

/**
 * Parses an HTTP/1.1 reply at the start of `buffer` (latin1, one character per byte): the status
 * line, the headers, and a body framed by content-length or chunked transfer encoding.
 */
function parseReply(buffer: string): Reply {
	const headEnd = buffer.indexOf('\r\n\r\n');
	if (headEnd < 0) return { status: 0, length: 0 };
	const head = buffer.slice(0, headEnd).split('\r\n');
	const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0]!)?.[1]);
	if (!status) throw new Error(`not an HTTP reply: ${JSON.stringify(head[0])}`);
	let contentLength = 0;
	let chunked = false;
	for (const line of head.slice(1)) {
		const colon = line.indexOf(':');
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line
			.slice(colon + 1)
			.trim()
			.toLowerCase();
		if (name === 'content-length') contentLength = Number(value);
		else if (name === 'transfer-encoding') chunked = value.includes('chunked');
	}
	let at = headEnd + 4;
	if (!chunked) {
		return buffer.length >= at + contentLength
			? { status, length: at + contentLength }
			: { status: 0, length: 0 };
	}
	for (;;) {
		const lineEnd = buffer.indexOf('\r\n', at);
		if (lineEnd < 0) return { status: 0, length: 0 };
		const size = parseInt(buffer.slice(at, lineEnd), 16);
		if (Number.isNaN(size)) throw new Error('bad chunk size');
		at = lineEnd + 2 + size + 2; // the chunk and its CRLF (the last chunk: no trailers sent)
		if (buffer.length < at) return { status: 0, length: 0 };
		if (size === 0) return { status, length: at };
	}
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); NaN elsewhere. */
export function processCpuMs(pid: number): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// the fields after the command name (which may hold spaces) in parentheses
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
	} catch {
		return NaN;
	}
}
const clockTicks = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/**
 * `connections` keep-alive connections, each sending one answer, waiting for the whole reply, and
 * sending the next until `seconds` have passed; each finishes the request under way, so every
 * answer the server stored has been replied to (or counted as an error). Flat out without `rate`;
 * with it, connection i sends its k-th answer at (k × connections + i) / rate seconds (or as soon
 * as its last reply is in, when that is later), and latency counts from that moment. A plain
 * socket client (requests written as text, replies parsed as above) keeps the load generator's
 * own CPU small: it shares the machine with the server.
 */
export async function load(
	serverPid: number,
	url: string,
	headers: Record<string, string>,
	connections: number,
	seconds: number,
	body: () => string,
	rate?: number
): Promise<LoadResult> {
	const target = new URL(url);
	const head =
		`POST ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\n` +
		Object.entries(headers)
			.map(([name, value]) => `${name}: ${value}\r\n`)
			.join('');
	const statusCodes: Record<string, number> = {};
	const latencies: number[] = [];
	let errors = 0;
	const serverCpu = processCpuMs(serverPid);
	const clientCpu = process.cpuUsage();
	const started = performance.now();
	const end = started + seconds * 1000;

	/** When connection `i`'s k-th answer is due (now, flat out). */
	const due = (i: number, k: number) =>
		rate ? started + ((k * connections + i) * 1000) / rate : performance.now();

	/** One connection's loop; a connection that fails is counted and replaced by a new one. */
	const client = async (i: number) => {
		let k = 0;
		let done = false;
		while (!done) {
			const socket = connect(Number(target.port), target.hostname);
			socket.setNoDelay(true);
			let buffer = '';
			let waiting: { resolve: (status: number) => void; reject: (e: Error) => void } | null = null;
			const fail = (error: Error) => {
				const w = waiting;
				waiting = null;
				w?.reject(error);
			};
			socket.on('data', (chunk: Buffer) => {
				buffer += chunk.toString('latin1');
				if (!waiting) return fail(new Error('reply without a request'));
				try {
					const reply = parseReply(buffer);
					if (!reply.length) return;
					buffer = buffer.slice(reply.length);
					const w = waiting;
					waiting = null;
					w.resolve(reply.status);
				} catch (error) {
					fail(error as Error);
				}
			});
			socket.on('error', fail);
			socket.on('close', () => fail(new Error('connection closed')));
			try {
				for (;;) {
					const sent = due(i, k++);
					if (sent >= end) {
						done = true;
						break;
					}
					const wait = sent - performance.now();
					if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
					const text = body();
					const status = await new Promise<number>((resolve, reject) => {
						waiting = { resolve, reject };
						socket.write(`${head}content-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
					});
					latencies.push(performance.now() - sent);
					statusCodes[status] = (statusCodes[status] ?? 0) + 1;
				}
			} catch {
				errors++;
			} finally {
				socket.destroy();
			}
		}
	};
	await Promise.all(Array.from({ length: connections }, (_, i) => client(i)));
	const duration = (performance.now() - started) / 1000;
	const serverCpuMs = processCpuMs(serverPid) - serverCpu;
	const clientUsage = process.cpuUsage(clientCpu);
	latencies.sort((a, b) => a - b);
	return {
		duration,
		serverCpuMs,
		clientCpuMs: (clientUsage.user + clientUsage.system) / 1000,
		statusCodes,
		errors,
		latencies
	};
}

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
