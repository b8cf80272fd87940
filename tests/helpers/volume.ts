// A small disk of its own for the fault tests: a tmpfs volume, or where mounting tmpfs is not
// permitted a loop-mounted ext4 image; it can be filled to the last byte, freed again, and the
// store file on it made read-only. `smallVolume` says which method it used, or why neither worked.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

export interface SmallVolume {
	dir: string;
	method: 'tmpfs' | 'loop-ext4';
	/** Writes a filler file until the disk is full (to the last byte). */
	fill: () => void;
	/** Removes the filler: space returns. */
	free: () => void;
	freeBytes: () => number;
	unmount: () => void;
}

function run(command: string, args: string[]): void {
	execFileSync(command, args, { stdio: 'pipe' });
}

function fillDir(dir: string): void {
	const fd = openSync(path.join(dir, 'filler'), 'a');
	try {
		for (const size of [1 << 20, 1 << 12, 1]) {
			const chunk = Buffer.alloc(size, 1);
			for (;;) {
				try {
					writeSync(fd, chunk);
				} catch (error) {
					if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
					throw error;
				}
			}
		}
	} finally {
		closeSync(fd);
	}
}

/** Mounts a volume of `megabytes`, or returns the reasons it could not. */
export function smallVolume(megabytes: number): SmallVolume | { unavailable: string } {
	const dir = tempDir('tahseen-volume-');
	const reasons: string[] = [];
	let method: SmallVolume['method'] | undefined;
	let image: string | undefined;
	try {
		run('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
		method = 'tmpfs';
	} catch (error) {
		reasons.push(`tmpfs: ${(error as Error).message.split('\n')[0]}`);
	}
	if (!method) {
		image = path.join(tempDir('tahseen-image-'), 'volume.ext4');
		try {
			run('truncate', ['-s', `${megabytes}M`, image]);
			run('mkfs.ext4', ['-q', '-F', image]);
			run('mount', ['-o', 'loop', image, dir]);
			method = 'loop-ext4';
		} catch (error) {
			reasons.push(`loop ext4: ${(error as Error).message.split('\n')[0]}`);
		}
	}
	if (!method) return { unavailable: reasons.join('; ') };
	let mounted = true;
	return {
		dir,
		method,
		fill: () => fillDir(dir),
		free: () => rmSync(path.join(dir, 'filler'), { force: true }),
		freeBytes: () => {
			const s = statfsSync(dir);
			return s.bavail * s.bsize;
		},
		unmount: () => {
			if (!mounted) return;
			mounted = false;
			run('umount', ['-l', dir]);
		}
	};
}

/**
 * Makes a file read-only even for root: the immutable attribute (ext4, the temp folder's usual
 * file system). Returns false when the file system does not support it.
 */
export function setImmutable(file: string, on: boolean): boolean {
	try {
		run('chattr', [on ? '+i' : '-i', file]);
		return true;
	} catch {
		return false;
	}
}
