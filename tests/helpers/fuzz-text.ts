// The text the pure property tests throw at a parser: any short string, any short string of raw
// code units (lone surrogates and all), or one of the values that matter to it (real names,
// boundaries, injection attempts). TAHSEEN_FUZZ_PURE_RUNS sets how many cases a property tries.
import fc from 'fast-check';

export const pureRuns = Number(process.env.TAHSEEN_FUZZ_PURE_RUNS ?? 3000);

export function fuzzText(...known: [string, ...string[]]): fc.Arbitrary<string>[] {
	return [
		fc.string({ maxLength: 30 }),
		fc.string({ unit: 'binary', maxLength: 30 }),
		fc.constantFrom(...known)
	];
}
