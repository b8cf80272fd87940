// Text of the public survey (the form, its messages, the thank-you and polite pages) and of its
// staff preview, in Arabic and English. Short, plain words: the beneficiary answers in a minute.
import type { AnswerErrorCode } from '../schemas/survey-answers';
import type { Language } from './preferences';

/** Problems with the whole form rather than one answer. */
export type SurveyFormProblem = 'rate_limited' | 'too_large';
export type SurveyErrorCode = AnswerErrorCode | SurveyFormProblem;

const ar = {
	intro: 'يستغرق أقل من دقيقة، ولا نسأل عن اسمك.',
	required: 'مطلوب',
	optional: 'اختياري',
	csatWords: ['غير راضٍ إطلاقًا', 'غير راضٍ', 'محايد', 'راضٍ', 'راضٍ جدًا'],
	cesWords: ['صعب جدًا', 'صعب', 'صعب نوعًا ما', 'لا سهل ولا صعب', 'سهل نوعًا ما', 'سهل', 'سهل جدًا'],
	npsLow: 'غير محتمل إطلاقًا',
	npsHigh: 'محتمل جدًا',
	channelQuestion: 'كيف تواصلت مع الجمعية؟',
	branchQuestion: 'أي فرع قدّم لك الخدمة؟',
	choose: 'اختر من القائمة',
	chooseAny: 'يمكنك اختيار أكثر من إجابة.',
	textHint: (max: string) => `حتى ${max} حرف. لا تكتب رقم هاتفك أو هويتك؛ نحجبها إن كُتبت.`,
	honeypot: 'اترك هذا الحقل فارغًا',
	submit: 'إرسال',
	sending: 'جارٍ الإرسال…',
	switchLanguage: 'English',
	switchLanguageLabel: 'Answer in English',
	privacy: 'إجاباتك تُستخدم لتحسين الخدمة فقط، ولا تُستخدم أبدًا لمعاقبة أحد.',
	errorSummary: 'يرجى مراجعة ما يلي قبل الإرسال:',
	errors: {
		required: 'يرجى الإجابة عن هذا السؤال.',
		scale: 'يرجى اختيار رقم من {min} إلى {max}.',
		choice: 'يرجى اختيار أحد الخيارات المعروضة.',
		too_long: 'النص أطول من {max} حرف؛ يرجى اختصاره.',
		invalid: 'تعذّرت قراءة هذه الإجابة؛ يرجى إدخالها مرة أخرى.',
		form: 'انتهت صلاحية هذا النموذج. يرجى إعادة تحميل الصفحة ثم الإرسال.',
		rate_limited:
			'وصلتنا إجابات كثيرة من هذا الاتصال خلال وقت قصير. يرجى المحاولة بعد دقيقة؛ إجاباتك ما زالت في النموذج.',
		too_large: 'الإجابة أطول من المسموح. يرجى اختصار التعليق ثم الإرسال.'
	} satisfies Record<SurveyErrorCode, string>,
	network:
		'لم تُرسل إجاباتك بعد: تحقق من الاتصال ثم اضغط «إرسال» مرة أخرى. إجاباتك محفوظة في هذه الصفحة.',
	thanksTitle: 'شكرًا لك',
	thanksStored: 'وصلتنا إجاباتك وحُفظت.',
	thanksUse:
		'نستخدم آراء المستفيدين لتحسين الخدمة فقط. التقييم أداة للتطوير، ولا يُستخدم أبدًا لمعاقبة أحد أو التشهير به.',
	thanksActions: 'اطّلع على ما عملناه بناءً على آرائكم: قلتم وفعلنا',
	notFoundTitle: 'لم نجد هذا الاستبيان',
	notFoundText: 'ربما نُسخ الرابط ناقصًا. تأكد من الرابط أو اطلبه من الجمعية.',
	closedTitle: 'هذا الاستبيان مغلق',
	closedText: 'شكرًا لاهتمامك. لم يعد هذا الاستبيان يستقبل إجابات.',
	tokenUnknownTitle: 'هذا الرابط غير صالح',
	tokenUnknownText: 'ربما نُسخ الرابط ناقصًا. يمكنك طلب رابط جديد من الجمعية.',
	tokenUsedTitle: 'سبق استخدام هذا الرابط',
	tokenUsedText: 'كل رابط يُستخدم مرة واحدة، وقد وصلتنا إجابة عبره. شكرًا لك على وقتك.',
	errorTitle: 'تعذّر فتح الاستبيان',
	errorText: 'حدث خطأ غير متوقع. يرجى المحاولة بعد قليل.',
	previewBanner: 'معاينة: هكذا يرى المستفيد الاستبيان. الإرسال معطّل في المعاينة.',
	previewVersion: (version: number, draft: boolean) =>
		`النسخة ${version} (${draft ? 'مسودة لم تُنشر' : 'منشورة'})`,
	previewLanguage: 'لغة المعاينة',
	previewNoVersion: 'لا توجد أسئلة لهذا الاستبيان بعد.'
};

const en: typeof ar = {
	intro: 'It takes less than a minute, and we do not ask for your name.',
	required: 'required',
	optional: 'optional',
	csatWords: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
	cesWords: [
		'Very difficult',
		'Difficult',
		'Somewhat difficult',
		'Neither easy nor difficult',
		'Somewhat easy',
		'Easy',
		'Very easy'
	],
	npsLow: 'Not at all likely',
	npsHigh: 'Extremely likely',
	channelQuestion: 'How did you contact the association?',
	branchQuestion: 'Which branch served you?',
	choose: 'Choose from the list',
	chooseAny: 'You may choose more than one answer.',
	textHint: (max: string) =>
		`Up to ${max} characters. Please do not write your phone or ID number; we hide them if you do.`,
	honeypot: 'Leave this field empty',
	submit: 'Send',
	sending: 'Sending…',
	switchLanguage: 'العربية',
	switchLanguageLabel: 'أجب بالعربية',
	privacy: 'Your answers are used only to improve the service, never to punish anyone.',
	errorSummary: 'Please check the following before sending:',
	errors: {
		required: 'Please answer this question.',
		scale: 'Please choose a number from {min} to {max}.',
		choice: 'Please choose one of the options shown.',
		too_long: 'The text is longer than {max} characters; please shorten it.',
		invalid: 'This answer could not be read; please enter it again.',
		form: 'This form has expired. Please reload the page and send it again.',
		rate_limited:
			'We received many answers from this connection in a short time. Please try again in a minute; your answers are still in the form.',
		too_large: 'The answer is longer than allowed. Please shorten the comment and send it again.'
	},
	network:
		'Your answers have not been sent yet: check your connection and press “Send” again. Your answers are kept on this page.',
	thanksTitle: 'Thank you',
	thanksStored: 'We have received and saved your answers.',
	thanksUse:
		'We use beneficiaries’ views only to improve the service. Evaluation is a tool for improvement and is never used to punish or blame anyone.',
	thanksActions: 'See what we have done with your views: you said, we did',
	notFoundTitle: 'We could not find this survey',
	notFoundText: 'The link may be incomplete. Check it, or ask the association for it.',
	closedTitle: 'This survey is closed',
	closedText: 'Thank you for your interest. This survey no longer takes answers.',
	tokenUnknownTitle: 'This link is not valid',
	tokenUnknownText: 'The link may be incomplete. You can ask the association for a new one.',
	tokenUsedTitle: 'This link has already been used',
	tokenUsedText:
		'Each link can be used once, and we have received an answer through it. Thank you for your time.',
	errorTitle: 'The survey could not be opened',
	errorText: 'Something unexpected went wrong. Please try again shortly.',
	previewBanner: 'Preview: this is how beneficiaries see the survey. Sending is disabled here.',
	previewVersion: (version: number, draft: boolean) =>
		`Version ${version} (${draft ? 'draft, not published' : 'published'})`,
	previewLanguage: 'Preview language',
	previewNoVersion: 'This survey has no questions yet.'
};

export type SurveyMessages = typeof ar;

export const surveyCatalogue = { ar, en };

export function surveyMessages(lang: Language): SurveyMessages {
	return surveyCatalogue[lang];
}

/** An error message with its placeholders ({min}, {max}) filled. */
export function fillMessage(text: string, values: Record<string, number | string>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		values[name] === undefined ? whole : String(values[name])
	);
}
