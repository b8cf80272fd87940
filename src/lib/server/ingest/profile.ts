// Timing an ingest's statements, for finding where an ingest spends its time.
import type { Session } from '../db';

/** With TAHSEEN_INGEST_PROFILE set, prints each statement's time (wall and process CPU) to stderr. */
export function profiled(session: Session): Session {
	if (!process.env.TAHSEEN_INGEST_PROFILE) return session;
	const wrap =
		<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
		async (...args: A): Promise<R> => {
			const start = performance.now();
			const cpu = process.cpuUsage();
			try {
				return await fn(...args);
			} finally {
				const used = process.cpuUsage(cpu);
				const text =
					String(args[0])
						.split('\n')
						.find((l) => !l.startsWith('--')) ?? '';
				const cpuMs = (used.user + used.system) / 1000;
				console.error(
					`${name} ${(performance.now() - start).toFixed(0)} ms (cpu ${cpuMs.toFixed(0)} ms)  ${text.slice(0, 60)}`
				);
			}
		};
	return Object.assign(Object.create(session) as Session, {
		run: wrap('run', session.run.bind(session)),
		all: wrap('all', session.all.bind(session)),
		one: wrap('one', session.one.bind(session)),
		appendRows: wrap('append', session.appendRows.bind(session))
	});
}
