// Text of the field phone (/f/<token>): a representative collects answers from several families in
// a row, possibly without a network. The queue's lines and the answers endpoint's refusals, in
// Arabic and English. No plurals: counts follow a colon, so one form fits every number.
import type { Language } from './preferences';

/** Why the field endpoint refused one answer (or the whole request). */
export type FieldRefusal =
	'invalid' | 'version_unknown' | 'in_future' | 'too_old' | 'rate_limited' | 'survey_closed';

/** Refusals the phone keeps trying later; the others are final (the answer is set aside). */
export const retryLater: readonly FieldRefusal[] = ['rate_limited'];

const ar = {
	fieldNote: 'جهاز ميداني: تُحفظ الإجابات على هذا الجهاز وتُرسل عند توفر الاتصال.',
	waiting: 'إجابات بانتظار الإرسال: {n}',
	allSent: 'أُرسلت كل الإجابات.',
	setAside: 'إجابات رفضها الخادم ولن تُرسل: {n}',
	sendNow: 'أرسل الآن',
	sending: 'جارٍ الإرسال…',
	offline: 'لا يوجد اتصال الآن؛ ستُرسل الإجابات تلقائيًا حين يعود.',
	sendFailed: 'تعذّر الإرسال الآن؛ الإجابات محفوظة على الجهاز وسنعيد المحاولة.',
	noStorage:
		'لا يسمح هذا المتصفح بحفظ الإجابات على الجهاز (ربما وضع التصفح الخاص). استخدم متصفحًا عاديًا.',
	noScript: 'تحتاج هذه الصفحة إلى تفعيل JavaScript لحفظ الإجابات على الجهاز.',
	thanksTitle: 'شكرًا لك',
	thanksText: 'حُفظت إجابتك. سلّم الجهاز للمندوب.',
	next: 'إجابة جديدة',
	refusals: {
		invalid: 'الإجابة غير مكتملة أو لا تطابق أسئلة هذا الاستبيان.',
		version_unknown: 'نسخة الاستبيان التي أُجيب عنها غير معروفة.',
		in_future: 'وقت الإجابة في المستقبل؛ تحقق من ساعة الجهاز وتاريخه.',
		too_old: 'مضى على الإجابة أكثر من ٩٠ يومًا، فلا تُقبل.',
		rate_limited: 'وصلت إجابات كثيرة من هذا الجهاز خلال وقت قصير؛ سنعيد المحاولة بعد قليل.',
		survey_closed: 'هذا الاستبيان مغلق ولم يعد يستقبل إجابات.'
	} satisfies Record<FieldRefusal, string>,
	request: {
		device_unknown: 'رابط هذا الجهاز غير صالح أو أُلغي. اطلب رابطًا جديدًا من مدير الاستبيان.',
		cross_site: 'يُقبل الإرسال من صفحة الجهاز نفسها فقط.',
		unsupported_type: 'يجب إرسال الإجابات بصيغة JSON.',
		malformed: 'تعذّرت قراءة الطلب: يُنتظر حتى ١٠٠ إجابة، لكل منها معرّف ونسخة ووقت ولغة وقيم.'
	}
};

const en: typeof ar = {
	fieldNote: 'Field device: answers are kept on this device and sent when there is a connection.',
	waiting: 'Answers waiting to send: {n}',
	allSent: 'Every answer has been sent.',
	setAside: 'Answers the server refused, not sent: {n}',
	sendNow: 'Send now',
	sending: 'Sending…',
	offline: 'No connection right now; the answers will be sent when it returns.',
	sendFailed: 'Could not send right now; the answers are kept on this device and will be retried.',
	noStorage:
		'This browser does not let answers be kept on the device (perhaps private browsing). Use an ordinary browser window.',
	noScript: 'This page needs JavaScript turned on to keep answers on the device.',
	thanksTitle: 'Thank you',
	thanksText: 'Your answer is saved. Please hand the device back to the representative.',
	next: 'New answer',
	refusals: {
		invalid: 'The answer is incomplete or does not match this survey’s questions.',
		version_unknown: 'The survey version it was answered with is unknown.',
		in_future: 'The answer’s time is in the future; check the device’s clock and date.',
		too_old: 'The answer is more than 90 days old and cannot be accepted.',
		rate_limited: 'Too many answers from this device in a short time; trying again shortly.',
		survey_closed: 'This survey is closed and no longer takes answers.'
	},
	request: {
		device_unknown:
			'This device’s link is not valid or was revoked. Ask the survey’s manager for a new link.',
		cross_site: 'Answers are accepted only from the device’s own page.',
		unsupported_type: 'Answers must be sent as JSON.',
		malformed:
			'The request could not be read: up to 100 answers are expected, each with an id, version, time, language and values.'
	}
};

export const fieldCatalogue = { ar, en };

export type FieldMessages = typeof ar;

export function fieldMessages(lang: Language): FieldMessages {
	return fieldCatalogue[lang];
}
