// The site's own wording for the interface, the same on the server and in the browser.
export const siteStrings = { skipLinks: { moreSites: 'Skip to more sites' } };
