// The kiosk (/k/<token>): a tablet at reception that beneficiaries answer on one after another.
// The device behind the link gives the survey, the channel and the branch; its staff PIN is
// checked here, with at most five wrong PINs per device in fifteen minutes.
import { error } from '@sveltejs/kit';
import { PinAttempts } from '../../domain/pin-attempts';
import type { Language } from '../../i18n/preferences';
import { devicePin } from '../../schemas/device';
import { audit } from '../audit';
import type { Store } from '../db';
import type { SurveyRefusal } from './answer-form';
import { deviceByToken, devicePinMatches, type Device } from './devices';
import { openSurvey, surveyById, type OpenSurvey } from './public-survey';

export type KioskDevice = Device & { pinHash: string | null };

/** Seconds the thank-you screen stays before a fresh form. */
export const THANKS_SECONDS = 5;
/** The last seconds of an idle form, counted down on screen. */
export const COUNTDOWN_SECONDS = 10;

/** The kiosk device behind a link's token, or the survey's polite 404 (unknown or revoked). */
export async function kioskDevice(
	store: Store,
	token: string,
	locals: App.Locals
): Promise<KioskDevice> {
	// a kiosk is never framed, whatever its survey allows
	locals.frameable = false;
	const device = await deviceByToken(store, token);
	if (!device || device.kind !== 'kiosk') {
		error(404, { message: 'token_unknown' satisfies SurveyRefusal, lang: locals.prefs.lang });
	}
	return device;
}

/** The kiosk's device and its survey's open version, or the survey's polite 404 / 410. */
export async function openKiosk(
	store: Store,
	token: string,
	locals: App.Locals
): Promise<{ device: KioskDevice; opened: Extract<OpenSurvey, { state: 'open' }> }> {
	const device = await kioskDevice(store, token, locals);
	const survey = await surveyById(store, device.surveyId);
	const opened: OpenSurvey = survey ? await openSurvey(store, survey.slug) : { state: 'not_found' };
	const lang = locals.prefs.lang;
	if (opened.state === 'closed') {
		error(410, { message: 'survey_closed' satisfies SurveyRefusal, lang });
	}
	if (opened.state !== 'open') {
		error(404, { message: 'survey_not_found' satisfies SurveyRefusal, lang });
	}
	return { device, opened };
}

/** The kiosk's own address (Arabic: the next person starts in Arabic). */
export function kioskHome(token: string): string {
	return `/k/${encodeURIComponent(token)}`;
}

/** Where a stored kiosk answer goes: its thank-you screen, in the language it was given in. */
export function kioskThanksPath(token: string, lang: Language): string {
	return `${kioskHome(token)}/thanks${lang === 'en' ? '?lang=en' : ''}`;
}

const pinAttempts = new PinAttempts();

export type PinOutcome = 'ok' | 'wrong' | 'format' | 'locked' | 'none';

/**
 * Checks a PIN typed on the kiosk. A locked device refuses every PIN (the right one too) until
 * its oldest wrong PIN is fifteen minutes old; the PIN that locks it is audited.
 */
export async function checkKioskPin(
	store: Store,
	device: KioskDevice,
	typed: string,
	clientAddress: string | null
): Promise<PinOutcome> {
	if (!device.pinHash) return 'none';
	const key = `device:${device.id}`;
	if (pinAttempts.lockedFor(key) > 0) return 'locked';
	const pin = devicePin.safeParse(typed);
	if (!pin.success) return 'format';
	if (await devicePinMatches(device, pin.data)) return 'ok';
	if (!pinAttempts.fail(key)) return 'wrong';
	await audit(store, {
		action: 'kiosk.pin_locked',
		target: `device:${device.id}`,
		detail: { survey: device.surveyId, device: device.name },
		clientAddress
	});
	return 'locked';
}
