// Beneficiaries' comments of a period (masked when stored), newest first: the dashboard's comments
// page and the board report's "what beneficiaries said" read them the same way.
import type { Store } from './db';
import { sql } from './sql';

export type CommentRow = {
	id: string;
	submitted_at: Date;
	csat: number | null;
	channel: string | null;
	comment: string;
};

/** The period's instants (end exclusive) and filters; a filter left out means all. */
export interface CommentQuery {
	start: Date;
	end: Date;
	channel?: string | null;
	service?: string | null;
	branch?: string | null;
	csat?: number | null;
}

export function periodComments(store: Store, query: CommentQuery): Promise<CommentRow[]> {
	return store.all<CommentRow>(sql('dashboard/comments'), {
		start: query.start,
		end: query.end,
		channel: query.channel ?? null,
		service: query.service ?? null,
		branch: query.branch ?? null,
		csat: query.csat ?? null
	});
}
