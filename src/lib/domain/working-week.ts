// The working week an operator names on the command line (`npm run setup -- --working-week sun-thu`):
// a range of day names ("sun-thu", wrapping round the week) or a list ("sun,mon,tue,wed,thu"), and
// the weekend it leaves, as the organisation stores it (ISO weekday numbers, 1 = Monday … 7 = Sunday).

const dayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function dayNumber(name: string): number | null {
	const index = dayNames.indexOf(
		name.trim().toLowerCase().slice(0, 3) as (typeof dayNames)[number]
	);
	return index < 0 || name.trim().length < 3 ? null : index + 1;
}

/**
 * The weekend days (ISO numbers, ascending) of a working week written as "sun-thu" or
 * "sun,mon,tue,wed,thu"; null when the text names no days, an unknown day, or all seven.
 */
export function weekendOfWorkingWeek(text: string): number[] | null {
	const trimmed = text.trim();
	if (!trimmed) return null;
	const working = new Set<number>();
	const range = /^([a-z]+)\s*-\s*([a-z]+)$/i.exec(trimmed);
	if (range) {
		const from = dayNumber(range[1]!);
		const to = dayNumber(range[2]!);
		if (from === null || to === null) return null;
		for (let day = from; ; day = (day % 7) + 1) {
			working.add(day);
			if (day === to) break;
		}
	} else {
		for (const part of trimmed.split(',')) {
			const day = dayNumber(part);
			if (day === null) return null;
			working.add(day);
		}
	}
	if (working.size === 7) return null;
	return [1, 2, 3, 4, 5, 6, 7].filter((day) => !working.has(day));
}
