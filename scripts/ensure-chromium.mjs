#!/usr/bin/env node
// Playwright cannot download browsers here: use Debian's Chromium, installing it with apt when missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BINARY = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(BINARY)) process.exit(0);

console.log(`${BINARY} not found: installing Debian's chromium with apt-get…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
try {
  execSync(`${sudo}apt-get update && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`, { stdio: 'inherit', shell: '/bin/bash' });
} catch {
  console.error('Could not install chromium. Install it yourself (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync(BINARY)) {
  console.error(`chromium installed, but ${BINARY} is still missing.`);
  process.exit(1);
}
