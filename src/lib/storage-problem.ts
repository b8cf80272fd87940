// The kinds of disk failure the store reports (see StorageError in server/db/errors.ts); importable by pages.
export const storageProblems = ['no_space', 'read_only', 'unavailable'] as const;
export type StorageProblem = (typeof storageProblems)[number];
