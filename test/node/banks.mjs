// Banks shared by the Node tests of the built package: good, broken, newer and minimal.

export const goodBank = () => ({
  id: 'node-sample',
  title: 'Node sample',
  topics: [{ id: 'metrics', title: 'Metrics' }],
  questions: [
    {
      id: 'precision',
      topic: 'metrics',
      prompt: 'What does precision measure?',
      keyPoints: [
        { point: 'Of the predicted positives, how many are right', keywords: ['predicted positive', 'false positive'] },
        { point: 'Recall is the other side', keywords: ['recall'] },
      ],
      check: { prompt: 'Precision is hurt by…', choices: [{ text: 'false positives', correct: true }, { text: 'false negatives' }] },
    },
  ],
});

/** The good bank with a question whose topic does not exist. */
export const brokenBank = () => {
  const bank = goodBank();
  bank.questions[0].topic = 'nope';
  return bank;
};

/** The good bank with fields a newer quizkit might write. */
export const newerBank = () => {
  const bank = goodBank();
  bank.license = 'CC-BY-4.0';
  bank.questions[0].hint = 'Think of spam filters.';
  return bank;
};

/** The good bank whose check has no prompt of its own. */
export const bareCheckBank = () => {
  const bank = goodBank();
  delete bank.questions[0].check.prompt;
  return bank;
};
