// Records every Content Security Policy violation on the page for the CSP test, and checks
// that Trusted Types are enforced at all (a raw innerHTML assignment must throw).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  if (e.sample.includes('probe-only')) return;
  window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
window.addEventListener('error', (e) => window.cspViolations.push(`error: ${e.message}`));
try {
  document.createElement('div').innerHTML = '<b>probe-only</b>';
  window.trustedTypesEnforced = false;
} catch {
  window.trustedTypesEnforced = true;
}
