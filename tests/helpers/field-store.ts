// A store for the field phone's tests: an association, a survey with two published versions (the
// second active), field phones (and a kiosk and a revoked phone, which the field page refuses).
import { Store } from '../../src/lib/server/db';
import { migrate } from '../../src/lib/server/migrate';
import { createOrganisation } from '../../src/lib/server/organisation';
import { createDevice, revokeDevice } from '../../src/lib/server/survey/devices';

export const fieldV1 = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'رضاك؟', text_en: 'Satisfied?' },
	{
		key: 'visit',
		type: 'single',
		required: false,
		text_ar: 'وقت الزيارة',
		text_en: 'Time of visit',
		options: [
			{ value: 'morning', text_ar: 'صباحًا', text_en: 'Morning' },
			{ value: 'evening', text_ar: 'مساءً', text_en: 'Evening' }
		]
	}
];
export const fieldV2 = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'رضاك؟', text_en: 'Satisfied?' },
	{ key: 'comment', type: 'text', required: false, text_ar: 'تعليقك', text_en: 'Your comment' }
];

export interface FieldStore {
	surveyId: number;
	/** field phones' link tokens, by name */
	phones: Record<'a' | 'b' | 'c', { id: number; token: string; name: string }>;
	kiosk: string;
	revoked: string;
}

const phone = (name: string) => ({
	kind: 'field' as const,
	name,
	channel: 'branch_rep',
	branch: 'hail',
	idleSeconds: 60,
	pin: null
});

/** Fills a migrated store (`store`, already open) with what the field tests use. */
export async function fillFieldStore(store: Store, organisation = true): Promise<FieldStore> {
	await migrate(store);
	if (organisation) {
		await createOrganisation(store, { nameAr: 'جمعية الميدان', nameEn: 'Field association' });
	}
	const surveyId = (await store.one<{ id: number }>(
		`insert into survey (slug, title_ar, title_en, status, active_version)
		 values ('field', 'رأيك في زيارتنا', 'Your view of our visit', 'active', 2) returning id`
	))!.id;
	for (const [version, questions] of [
		[1, fieldV1],
		[2, fieldV2]
	] as const) {
		await store.run(
			`insert into survey_version (survey_id, version, questions, published_at)
			 values (?, ?, ?::json, current_timestamp)`,
			[surveyId, version, JSON.stringify(questions)]
		);
	}
	const phones = {} as FieldStore['phones'];
	for (const [key, name] of [
		['a', 'هاتف مندوب حائل ١'],
		['b', 'هاتف مندوب حائل ٢'],
		['c', 'Hail field phone 3']
	] as const) {
		const made = await createDevice(store, surveyId, phone(name));
		phones[key] = { ...made, name };
	}
	const kiosk = (
		await createDevice(store, surveyId, { ...phone('Reception'), kind: 'kiosk', pin: '4815' })
	).token;
	const gone = await createDevice(store, surveyId, phone('Lost phone'));
	await revokeDevice(store, surveyId, gone.id);
	return { surveyId, phones, kiosk, revoked: gone.token };
}
