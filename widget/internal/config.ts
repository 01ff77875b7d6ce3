// No zod here: this runs in the script every page loads, which must stay small; the checks use the
// contract's own patterns, and the collector validates every submission with the contract's schemas.
import { SITE_ID_PATTERN } from '../../contract/patterns.ts';

/** The widget's settings, from its attributes. */
export interface WidgetConfig {
  /** Base URL of the collector, e.g. `https://feedback.example.gov.kz`. */
  endpoint: string;
  site: string;
  /** The page the feedback is about, without query string and fragment. */
  page: string;
  /** Where formal complaints go; feedback is not an official appeal. */
  appealUrl?: string;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
}

/** The page's canonical URL (or its address) without query string and fragment, which may hold personal data. */
export function defaultPage(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(canonical || location.href);
  url.search = '';
  url.hash = '';
  return url.toString();
}

/**
 * Reads and checks the attributes. Returns the config, or the one problem to log: the attribute's name and
 * the form it expects, so a webmaster can fix the embed from the console.
 */
export function readConfig(element: HTMLElement): { config: WidgetConfig } | { problem: string } {
  // Every value is trimmed alike: a CMS field easily adds a space, which no value here means.
  const read = (name: string) => element.getAttribute(name)?.trim() ?? null;
  const endpoint = read('endpoint');
  const site = read('site');
  if (!endpoint || !isHttpUrl(endpoint)) {
    return {
      problem: `<heard-feedback>: attribute "endpoint" must be an http(s) URL of the Heard collector, e.g. endpoint="https://feedback.example.gov.kz"; got ${JSON.stringify(endpoint)}.`,
    };
  }
  // Without a scheme, "feedback.example.gov.kz" would be read as a path on this site and every vote posted
  // to the agency's own web server.
  if (!/^[a-z][a-z\d+.-]*:/i.test(endpoint) && !endpoint.startsWith('/')) {
    return {
      problem: `<heard-feedback>: attribute "endpoint" has no scheme, so ${JSON.stringify(endpoint)} would be a path on this site: write endpoint="https://${endpoint}", or start a path on this site with "/"; got ${JSON.stringify(endpoint)}.`,
    };
  }
  if (site === null || !SITE_ID_PATTERN.test(site)) {
    return {
      problem: `<heard-feedback>: attribute "site" must be the site id registered in the Heard dashboard (lower-case letters, digits and dashes), e.g. site="ministry-of-digital"; got ${JSON.stringify(site)}.`,
    };
  }
  const page = read('page');
  if (page !== null && !/^https?:\/\/\S+$/.test(page)) {
    return {
      problem: `<heard-feedback>: attribute "page" must be an absolute http(s) URL, or left out to use the page's canonical URL; got ${JSON.stringify(page)}.`,
    };
  }
  const appealUrl = read('appeal-url');
  if (appealUrl !== null && !/^https?:\/\/\S+$/.test(appealUrl)) {
    return {
      problem: `<heard-feedback>: attribute "appeal-url" must be an absolute http(s) URL of the page for formal complaints, e.g. appeal-url="https://eotinish.kz"; got ${JSON.stringify(appealUrl)}.`,
    };
  }
  const pageUrl =
    page === null ? defaultPage() : Object.assign(new URL(page), { search: '', hash: '' }).toString();
  return {
    config: {
      endpoint: new URL(endpoint, location.href).toString().replace(/\/$/, ''),
      site,
      page: pageUrl,
      ...(appealUrl === null ? {} : { appealUrl }),
    },
  };
}
