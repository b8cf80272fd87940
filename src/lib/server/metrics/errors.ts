// The one error the metrics engine throws for a request it refuses (bad filter, unknown channel,
// no organisation yet); anything else is a fault.
export type MetricsErrorCode = 'invalid_filter' | 'unknown_channel' | 'no_organisation';

/** A request the engine refuses, with the reason in English (`message`) and Arabic (`messageAr`). */
export class MetricsError extends Error {
	constructor(
		readonly code: MetricsErrorCode,
		message: string,
		readonly messageAr: string
	) {
		super(message);
		this.name = 'MetricsError';
	}
}
