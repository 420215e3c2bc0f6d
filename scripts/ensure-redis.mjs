#!/usr/bin/env node
// The live-class tests start Debian's redis-server on a free loopback port: install it with apt when missing,
// as scripts/ensure-chromium.mjs does for Chromium. REDIS_SERVER points at another binary.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const REDIS_SERVER = process.env.REDIS_SERVER || '/usr/bin/redis-server';

if (!existsSync(REDIS_SERVER)) {
  console.log(`${REDIS_SERVER} not found: installing Debian's redis-server with apt-get…`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  try {
    execSync(`${sudo}apt-get update && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server`, {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  } catch {
    console.error('Could not install redis-server. Install it yourself (apt-get install -y redis-server) or set REDIS_SERVER.');
    process.exit(1);
  }
  if (!existsSync(REDIS_SERVER)) {
    console.error(`redis-server installed, but ${REDIS_SERVER} is still missing.`);
    process.exit(1);
  }
}
