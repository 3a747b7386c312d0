// How the tests launch Debian's Firefox ESR through puppeteer (WebDriver BiDi): FIREFOX_PATH
// overrides where it is, and these preferences keep it quiet on a closed network.

export const firefoxLaunchOptions = {
  browser: 'firefox',
  executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  extraPrefsFirefox: {
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
  },
};

/**
 * Each test file gets a browser context of its own, as Playwright gives Chromium's: cookies
 * (the fault cookie of test/fault.ts) and storage never reach another file running alongside.
 */
export const ownContextPage = async ({ browser }) => (await browser.createBrowserContext()).newPage();
