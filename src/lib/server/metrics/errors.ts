// The one error the metrics engine throws for a request it refuses (bad filter, unknown channel,
// no organisation yet); anything else is a fault. It carries a code and the values of the message;
// the words are in the message catalogue (i18n/metrics-messages.ts, `metricsErrorText`).
import { CodedError } from '../../domain/coded-error';
import { metricsErrorText, type MetricsErrorDetail } from '../../i18n/metrics-messages';

export type { MetricsErrorCode, MetricsErrorDetail } from '../../i18n/metrics-messages';

/** A request the engine refuses; `message` is the English text (logs, CLI), `detail` the values. */
export class MetricsError extends CodedError<MetricsErrorDetail> {
	constructor(detail: MetricsErrorDetail) {
		super(detail, metricsErrorText);
		this.name = 'MetricsError';
	}
}
