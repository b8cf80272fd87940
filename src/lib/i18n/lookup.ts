// A catalogue entry by a key that came from data (a stored code, a form field): the entry, or
// undefined for a key the catalogue does not have (never an inherited property such as "toString").
export function lookup<T extends object>(map: T, key: string): T[keyof T] | undefined {
	return Object.hasOwn(map, key) ? map[key as keyof T] : undefined;
}
