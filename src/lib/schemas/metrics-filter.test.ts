import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardQuerySchema } from './dashboard-filter';
import { metricsFilterSchema, segmentValue } from './metrics-filter';

const period = { from: '2026-05-01', to: '2026-05-31' };

describe('the one metrics filter', () => {
	it('accepts the names services and branches have, punctuation included', () => {
		for (const name of ['S3', 'خدمة الإسكان', 'فرع (أ)', 'S&R', 'Unit 4/B', 'a.b-c_d'])
			expect(metricsFilterSchema.safeParse({ ...period, service: name }).success).toBe(true);
	});

	it('refuses markup, quotes, control characters and blank values', () => {
		for (const name of ['<script>', "o'brien", 'a"b', 'a\\b', 'a;b', 'x\u0007y', '   '])
			expect(segmentValue.safeParse(name).success).toBe(false);
	});

	it('is the rule of the dashboard URL and of the engine alike, for any text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30, unit: 'binary' }), (value) => {
				const engine = metricsFilterSchema.safeParse({ ...period, branch: value }).success;
				const dashboard = dashboardQuerySchema.shape.branch.safeParse(value).success;
				expect(dashboard).toBe(engine);
			}),
			{ numRuns: 500 }
		);
	});
});
