/**
 * `npm start`: the portal with the example content, on this machine. On the first run it creates a random
 * staff secret in `.staff-secret` (gitignored), so the sealed staff pages build; then it builds, prints the
 * staff link with its key, and serves `dist/` with Astro's preview server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { portal } from '../src/lib/core/config';
import { readEnv } from '../src/lib/core/env';
import { staffLink } from '../src/lib/private/links';
import { createSecretFile, readSecret, secretFile } from '../src/lib/private/secret';

const port = 4321;

if (!readEnv().PORTAL_STAFF_SECRET && !existsSync(secretFile)) {
	createSecretFile();
	console.log(`Created ${secretFile}, a random staff secret for this machine (gitignored; keep it private).`);
}

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const secret = readSecret(readEnv().PORTAL_STAFF_SECRET);
if (secret) {
	const link = await staffLink(`http://localhost:${port}${portal.base}`, secret.bytes);
	console.log(`\nStaff pages (scorecards), with their key: ${link}\n`);
}

const preview = spawn('npx', ['astro', 'preview', '--port', String(port)], { stdio: 'inherit' });
preview.on('close', (code) => process.exit(code ?? 0));
