// npm test runs this first: the browser tests and PDF reports need Chromium. Without it, one line
// saying how to install it (or which CHROMIUM_PATH to set) and exit 1, instead of seven test files
// failing with "executable doesn't exist". Plain Node, no dependencies.
import { accessSync, constants, statSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function usable(file) {
	try {
		if (!statSync(file).isFile()) return false;
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

if (!usable(path)) {
	console.error(
		`Chromium is needed by the browser tests and PDF reports, and ${path} is not an executable: ` +
			'install it with "apt-get install -y chromium fonts-noto-core" (Debian) or set CHROMIUM_PATH to its executable.'
	);
	process.exit(1);
}
