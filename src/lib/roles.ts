// Roles of people who sign in (beneficiaries never do), shared by server and pages.

export const roles = ['admin', 'manager', 'board'] as const;
export type Role = (typeof roles)[number];

export interface SessionUser {
	id: number;
	email: string;
	role: Role;
	displayName: string | null;
}
