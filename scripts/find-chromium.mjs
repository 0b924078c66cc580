// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download if one happens to be installed.
import { existsSync } from 'node:fs';

export const CHROMIUM_HINT =
  'No Chromium found. Install Debian\'s package (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** The path of a Chromium binary, or undefined when there is none. */
export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; that is expected.
  }
  return undefined;
}
