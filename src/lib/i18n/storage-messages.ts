// What people and monitors are told when the store cannot write: a full disk, a read-only file,
// or a store that stopped after such a failure and reopens on its own once the disk is usable.
import type { StorageProblem } from '../storage-problem';
import type { Language } from './preferences';

const text: Record<Language, { title: string } & Record<StorageProblem, string>> = {
	ar: {
		title: 'الخدمة غير متاحة مؤقتًا',
		no_space:
			'لا توجد مساحة كافية على قرص الخادم لحفظ البيانات، فلم يُحفظ هذا التغيير ولم يتغير شيء مما حُفظ من قبل. أبلغ مدير النظام ليحرر مساحة، ثم أعد المحاولة.',
		read_only:
			'ملف قاعدة البيانات للقراءة فقط، فلم يُحفظ هذا التغيير ولم يتغير شيء مما حُفظ من قبل. أبلغ مدير النظام ليتيح الكتابة فيه، ثم أعد المحاولة.',
		unavailable:
			'توقفت قاعدة البيانات بعد خطأ في القرص وستعود تلقائيًا حين يصبح القرص صالحًا للكتابة. لم يضع شيء مما حُفظ. أعد المحاولة بعد قليل.'
	},
	en: {
		title: 'Service temporarily unavailable',
		no_space:
			'There is not enough space on the server’s disk to save data, so this change was not saved and nothing saved before has changed. Ask an administrator to free space, then try again.',
		read_only:
			'The database file is read-only, so this change was not saved and nothing saved before has changed. Ask an administrator to make it writable, then try again.',
		unavailable:
			'The database stopped after a disk error and comes back by itself once the disk can be written again. Nothing saved was lost. Try again in a moment.'
	}
};

export const storageCatalogue = text;

export function storageMessages(lang: Language) {
	return text[lang];
}
