// The organisation's settings, as the rest of the server reads them.
import { organisationDefaultPreset, type DefaultPreset } from '../domain/default-period';
import type { Session, Store } from './db';
import { sql } from './sql';

export interface Organisation {
	nameAr: string;
	nameEn: string;
	timeZone: string;
	reviewWindowDays: number;
	windowCounting: 'calendar' | 'working';
	weekendDays: number[];
	minGroupSize: number;
	defaultLocale: 'ar' | 'en';
	publicActionsPage: boolean;
	/** the period the dashboard opens on when neither the URL nor a remembered choice names one */
	dashboardPeriod: DefaultPreset;
	isDemo: boolean;
}

interface OrganisationRow extends Record<string, unknown> {
	name_ar: string;
	name_en: string;
	time_zone: string;
	review_window_days: number;
	window_counting: 'calendar' | 'working';
	weekend_days: number[];
	min_group_size: number;
	default_locale: 'ar' | 'en';
	public_actions_page: boolean;
	dashboard_period: string | null;
	is_demo: boolean;
}

export async function getOrganisation(db: Store | Session): Promise<Organisation | undefined> {
	const row = await db.one<OrganisationRow>(sql('organisation/get'));
	if (!row) return undefined;
	return {
		nameAr: row.name_ar,
		nameEn: row.name_en,
		timeZone: row.time_zone,
		reviewWindowDays: row.review_window_days,
		windowCounting: row.window_counting,
		weekendDays: row.weekend_days,
		minGroupSize: row.min_group_size,
		defaultLocale: row.default_locale,
		publicActionsPage: row.public_actions_page,
		dashboardPeriod: organisationDefaultPreset(row.dashboard_period),
		isDemo: row.is_demo
	};
}

export async function createOrganisation(
	db: Store | Session,
	org: {
		nameAr: string;
		nameEn: string;
		timeZone?: string;
		reviewWindowDays?: number;
		isDemo?: boolean;
	}
): Promise<void> {
	await db.run(sql('organisation/insert'), {
		name_ar: org.nameAr,
		name_en: org.nameEn,
		time_zone: org.timeZone ?? 'Asia/Riyadh',
		review_window_days: org.reviewWindowDays ?? 14,
		is_demo: org.isDemo ?? false
	});
}
