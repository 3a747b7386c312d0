// Loads quizkit only after the page has rendered (as pages do after consent or on idle), then
// inserts more markup, as a page script or a CMS widget would once the kit has run.
await new Promise((resolve) => setTimeout(resolve, 200));
await import('/dist/cdn/quizkit.js');
document.querySelector('#later').innerHTML = `<quiz-bank src="/test/fixtures/sample-bank.json?later">
    <quiz-question-card id="later-card" question="no-check"></quiz-question-card>
  </quiz-bank>
  <quiz-runner id="later-runner" src="/test/fixtures/sample-bank.json?later-runner">
    <quiz-topic-picker id="later-picker"></quiz-topic-picker>
  </quiz-runner>`;
window.kitLoaded = true;
