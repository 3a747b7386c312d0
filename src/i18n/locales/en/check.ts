// English: a card's check (quiz mode), with the check's view in its lazy chunk.
// Each element's chunk carries only its own English; the types
// of all of them together define the message ids (../../messages.ts).

export const check = {
  'check.chooseOne': 'Choose one answer.',
  'check.chooseAll': 'Choose all that apply.',
  'check.chooseFirst': 'Choose an answer first.',
  'check.chooseAtLeastOne': 'Choose at least one answer first.',
  'check.check': 'Check',
  'check.tryAgain': 'Try again',
  'check.correct': 'Correct',
  'check.wrong': 'Not quite',
  'check.correctAnnounce': 'Correct.',
  'check.wrongAnnounce': 'Not quite.',
  'check.rightChoice': 'Right choice.',
  'check.notThisOne': 'Not this one.',
  'check.alsoRight': 'This one was also right.',
  'check.rightAnswer': 'This was the right answer.',
};

export type CheckIds = keyof typeof check;
