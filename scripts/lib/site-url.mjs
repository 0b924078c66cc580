// The site's public address (SITE_URL). Canonical links, og:url and og:image, the sitemap,
// robots.txt and every URL in data.csv and data.json are built from it.
//
// - SITE_URL set: it must be a full http(s) address, or the build stops saying so.
// - SITE_URL not set and PUBLISH=1: the build stops (a build meant for upload must know its address).
// - SITE_URL not set otherwise (npm start, npm test, CI test runs): the build goes on with
//   http://localhost:4321, which works for a local preview and is obviously wrong anywhere else, and
//   prints a loud warning at the start and at the end of the build (a GitHub Actions warning in CI).

export const LOCAL_SITE_URL = 'http://localhost:4321';

const WARNING = [
  '',
  '!!! SITE_URL is not set: links in this build point at http://localhost:4321.',
  '!!! Fine for npm start and tests. Before you upload dist/, build with your address:',
  '!!!   SITE_URL=https://reports.example.gov.uk PUBLISH=1 npm run build',
  '!!! (see docs/PUBLISHING.md)',
  '',
].join('\n');

/**
 * Works out the public address from the environment.
 * @param {Record<string, string | undefined>} env
 * @returns {{ url: string; fromEnv: boolean }}
 */
export function resolveSiteUrl(env) {
  const raw = env.SITE_URL?.trim();
  if (raw) {
    let url;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`SITE_URL "${raw}" is not a web address. Set it to the site's full address, e.g. SITE_URL=https://reports.example.gov.uk`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`SITE_URL "${raw}" must start with https:// (or http://).`);
    }
    return { url: url.href.replace(/\/$/, ''), fromEnv: true };
  }
  if (env.PUBLISH === '1') {
    throw new Error('SITE_URL is not set, and PUBLISH=1 asks for a build to upload. Set the public address, e.g.\n  SITE_URL=https://reports.example.gov.uk PUBLISH=1 npm run build\nSee docs/PUBLISHING.md.');
  }
  return { url: LOCAL_SITE_URL, fromEnv: false };
}

/** Prints the warning for a build without SITE_URL (as a GitHub Actions annotation under CI). */
export function warnSiteUrlNotSet(env = process.env) {
  if (env.GITHUB_ACTIONS) console.warn('::warning title=SITE_URL is not set::Links in this build point at http://localhost:4321. Set SITE_URL before publishing (docs/PUBLISHING.md).');
  console.warn(WARNING);
}

/**
 * An Astro integration that repeats the warning when the build finishes, so that it is the last
 * thing a person sees, not lost above the build log.
 * @param {{ fromEnv: boolean }} site
 */
export function siteUrlWarning(site) {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': () => {
        if (!site.fromEnv) warnSiteUrlNotSet();
      },
      'astro:build:done': () => {
        if (!site.fromEnv) warnSiteUrlNotSet();
      },
    },
  };
}
