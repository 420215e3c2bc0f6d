#!/usr/bin/env node
/**
 * Writes the app icons in public/ from public/icon.svg (the favicon's mark on a full-bleed square,
 * inside the maskable safe zone): `node scripts/make-icons.mjs`. Run it after changing the SVG and
 * commit the PNGs; the build does not run it. Renders with the Chromium the tests use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const publicDir = path.resolve('public');
const svg = readFileSync(path.join(publicDir, 'icon.svg'), 'utf8');
/** name → size in px. The SVG's mark sits well inside the central 80 %, so one drawing serves "any" and "maskable". */
const icons = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 };

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const [name, size] of Object.entries(icons)) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.locator('svg').screenshot({ path: path.join(publicDir, name), omitBackground: false });
    console.log(`public/${name} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
