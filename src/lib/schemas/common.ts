// Small schemas several forms share: a real calendar date and a stored row id.
import { z } from 'zod';
import { parseIsoDate } from '../domain/zoned-time';

/** A real date as YYYY-MM-DD (2026-02-30 and 9999-99-99 are not). */
export const isoDateSchema = z
	.string()
	.refine((s) => parseIsoDate(s) !== undefined, { message: 'must be a date as YYYY-MM-DD' });

/** Ids are INTEGER columns: 1 … 2,147,483,647. */
export const maxId = 2_147_483_647;

/** Whether `value` (e.g. from a URL) is a possible row id. */
export function isRowId(value: number): boolean {
	return Number.isSafeInteger(value) && value >= 1 && value <= maxId;
}
