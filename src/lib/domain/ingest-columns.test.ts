import { describe, expect, it } from 'vitest';
import {
	answerHeaders,
	channelMatcher,
	headersText,
	matchDecision,
	matchType,
	missingRequired,
	suggestMapping
} from './ingest-columns';

describe('suggestMapping', () => {
	it('maps Arabic and English headers of an interaction log', () => {
		expect(
			suggestMapping('interactions', [
				'رقم الطلب',
				'قناة التواصل',
				'نوع الطلب',
				'Timestamp',
				'القرار',
				'الفرع',
				'ملاحظة'
			]).columns
		).toEqual({
			id: 'رقم الطلب',
			channel: 'قناة التواصل',
			type: 'نوع الطلب',
			received_at: 'Timestamp',
			decision: 'القرار',
			branch: 'الفرع'
		});
	});

	it('maps Google Forms question text to csat, nps, ces and comment, and sets personal columns aside', () => {
		const headers = [
			'الطابع الزمني',
			'عنوان البريد الإلكتروني',
			'ما مدى احتمال أن توصي بالجمعية لصديق؟',
			'مدى رضاك عن الخدمة',
			'هل كانت الإجراءات سهلة؟',
			'ما الفرع؟',
			'ملاحظاتك'
		];
		const mapping = suggestMapping('responses', headers);
		expect(mapping).toEqual({
			columns: {
				submitted_at: 'الطابع الزمني',
				nps: 'ما مدى احتمال أن توصي بالجمعية لصديق؟',
				csat: 'مدى رضاك عن الخدمة',
				ces: 'هل كانت الإجراءات سهلة؟',
				comment: 'ملاحظاتك'
			},
			ignore: ['عنوان البريد الإلكتروني']
		});
		expect(answerHeaders(mapping, headers)).toEqual(['ما الفرع؟']);
		expect(missingRequired('responses', mapping)).toEqual([]);
	});

	it('names required columns left out', () => {
		expect(missingRequired('interactions', { columns: { id: 'x' } })).toEqual([
			'channel',
			'type',
			'received_at'
		]);
	});

	it('gives the same headers signature whatever the order and spelling', () => {
		expect(headersText(['القناة', 'ID'])).toBe(headersText(['id', 'القناه']));
	});
});

describe('value names', () => {
	it('matches types and decisions in Arabic and English', () => {
		expect(['استفسار', 'طلب دعم', 'شكوى', 'Suggestion', 'x'].map(matchType)).toEqual([
			'inquiry',
			'support_request',
			'complaint',
			'suggestion',
			null
		]);
		expect(['مقبول', 'مرفوض', 'قيد الدراسة', 'Pending'].map(matchDecision)).toEqual([
			'approved',
			'rejected',
			'pending',
			'pending'
		]);
	});

	it('matches channels by code, names and aliases after Arabic normalisation', () => {
		const match = channelMatcher([
			{
				code: 'website',
				name_ar: 'الموقع الإلكتروني للجمعية',
				name_en: 'Website',
				aliases: ['الموقع']
			}
		]);
		expect(
			['website', 'الموقع الالكتروني', 'الموقع الإلكتروني للجمعيّة', 'WEBSITE', 'الموقـع', 'x'].map(
				match
			)
		).toEqual(['website', 'website', 'website', 'website', 'website', null]);
	});
});
