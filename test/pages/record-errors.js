// Records the page's quiz-error events (classic script, so it runs before the kit), for the tests
// that load these pages in iframes.
window.quizErrors = [];
window.addEventListener('quiz-error', (e) => window.quizErrors.push(e.detail));
