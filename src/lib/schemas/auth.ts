// Sign-in and account forms, validated the same way wherever they are read.
import { z } from 'zod';
import { roles } from '../roles';

export const signInSchema = z.object({
	email: z.string().trim().min(3).max(254),
	password: z.string().min(1).max(1024),
	redirectTo: z.string().max(2048).optional()
});

export const newPasswordSchema = z.string().min(10).max(1024);

export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.max(254)
	.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);

export const createUserSchema = z.object({
	email: emailSchema,
	displayName: z.string().trim().max(120).optional(),
	role: z.enum(roles),
	password: z.union([z.literal(''), newPasswordSchema]).optional()
});

export const changePasswordSchema = z.object({
	current: z.string().min(1).max(1024),
	next: z.string().max(1024),
	confirm: z.string().max(1024)
});
