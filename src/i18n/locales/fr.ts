// French UI messages, loaded when an element's language is French. "Vous", as French training
// sites address adult learners; French spacing: a no-break space before ":", a narrow no-break
// space before ";", "?" and "!" and inside « guillemets ».

import type { Catalogue } from '../messages.js';

/** No-break space, before a colon. */
const NB = '\u00a0';
/** Narrow no-break space, before ; ? ! and inside guillemets. */
const NNB = '\u202f';
const quote = (text: string): string => `«${NNB}${text}${NNB}»`;

export const messages = {
  'common.retry': 'Réessayer',
  'common.modelAnswer': 'Réponse type',
  'common.allTopics': 'Tous les thèmes',
  'common.comma': ', ',
  'common.semicolon': `${NNB}; `,

  'mode.quiz': 'Quiz',
  'mode.practice': 'Cartes mémoire',
  'mode.interview': 'Entretien blanc',
  'rating.again': 'À revoir',
  'rating.hard': 'Difficile',
  'rating.good': 'Correct',
  'rating.easy': 'Facile',
  'rating.question': `Dans quelle mesure connaissiez-vous la réponse${NNB}?`,
  'difficulty.easy': 'Facile',
  'difficulty.medium': 'Intermédiaire',
  'difficulty.hard': 'Difficile',
  'difficulty.label': ({ level }) => `Difficulté${NB}: ${level}`,

  'bank.unavailable': 'Questions indisponibles.',

  'card.loading': 'Chargement de la question…',
  'card.unavailable': 'Question indisponible.',
  'card.questionFailed': ({ reason }) => `La question n’a pas pu être chargée${NB}: ${reason}.`,
  'card.unavailableFromProvider': `Question indisponible${NB}: sa banque de questions n’a pas pu être chargée.`,
  'card.questionMissing': ({ id, bank, source }) =>
    `La question ${quote(id)} ne figure pas dans la banque de questions ${quote(bank)} chargée depuis ${source}.`,
  'card.noQuestionChosen': ({ bank }) =>
    `Aucune question choisie${NB}: donnez à l’attribut question l’identifiant d’une question de la banque ${quote(bank)}.`,
  'card.why': 'Pourquoi les recruteurs posent cette question',
  'card.noCheck': `Cette question n’a pas de correction automatique${NB}: la voici sous forme de carte mémoire.`,
  'card.yourAnswer': 'Votre réponse',
  'card.yourAnswerOptional': 'Votre réponse (facultatif)',
  'card.typeFirst': 'Saisissez d’abord votre réponse.',
  'card.showAnswer': 'Afficher la réponse',
  'card.submit': 'Envoyer la réponse',
  'card.feedback': 'Retour sur votre réponse',
  'card.keyPoints': 'Points clés',
  'card.noModelAnswer': 'Cette question n’a pas encore de réponse type.',
  'card.checking': 'Analyse de votre réponse…',
  'card.answerShown': 'Réponse affichée.',
  'card.answerShownVerdict': ({ verdict }) => `Réponse affichée. ${verdict}`,
  'card.answerShownNoFeedback': 'Réponse affichée. Le retour sur votre réponse n’est pas disponible.',
  'card.pointCovered': `Abordé${NB}:`,
  'card.pointMissed': `Manquant${NB}:`,
  'card.youSaid': `Vous avez écrit${NB}:`,
  'card.lookedDenied': `Semble nié${NB}:`,
  'card.claimsToCheck': 'Affirmations à vérifier',
  'card.offlineFeedback': ({ reason }) => `Correction hors ligne${NB}: ${reason}.`,
  'card.feedbackFailed': ({ reason }) =>
    `Le retour sur votre réponse n’a pas pu être chargé (${reason})${NNB}; comparez votre réponse avec la réponse type.`,
  'card.countdownFailed': ({ reason }) => `Le minuteur n’a pas pu être chargé (${reason})${NNB}; prenez le temps qu’il vous faut.`,
  'card.rated': ({ rating }) => `Évaluation${NB}: ${rating}.`,

  'check.chooseOne': 'Choisissez une réponse.',
  'check.chooseAll': 'Choisissez toutes les réponses qui conviennent.',
  'check.chooseFirst': 'Choisissez d’abord une réponse.',
  'check.chooseAtLeastOne': 'Choisissez d’abord au moins une réponse.',
  'check.check': 'Vérifier',
  'check.tryAgain': 'Réessayer',
  'check.correct': 'Correct',
  'check.wrong': 'Pas tout à fait',
  'check.correctAnnounce': 'Correct.',
  'check.wrongAnnounce': 'Pas tout à fait.',
  'check.rightChoice': 'Bon choix.',
  'check.notThisOne': 'Pas celle-ci.',
  'check.alsoRight': 'Celle-ci était juste aussi.',
  'check.rightAnswer': 'C’était la bonne réponse.',

  'countdown.timeLeft': `Temps restant${NB}:`,
  'countdown.timeUp': `Temps écoulé${NB}: terminez votre réponse et envoyez-la.`,
  'countdown.hide': 'Masquer le minuteur',
  'countdown.show': 'Afficher le minuteur',
  'countdown.timeUpAnnounce': `Temps écoulé. Rien n’est envoyé à votre place${NB}: terminez votre réponse et envoyez-la.`,
  // French counts 0 and 1 as singular; "many" is CLDR's form for whole millions ("1 000 000 de").
  'countdown.secondsLeft': ({ count }, t) =>
    t.plural(count, { one: 'Il reste # seconde.', many: 'Il reste # de secondes.', other: 'Il reste # secondes.' }),

  'feedback.noAnswer': 'Aucune réponse saisie.',
  // "2 points clés sur 3": in French the noun agrees with the number covered.
  'feedback.covers': ({ covered, total }, t) =>
    covered
      ? t.plural(covered, {
          one: `elle aborde # point clé sur ${t.n(total)}`,
          many: `elle aborde # de points clés sur ${t.n(total)}`,
          other: `elle aborde # points clés sur ${t.n(total)}`,
        })
      : t.plural(total, {
          one: 'elle n’aborde pas le point clé attendu',
          many: 'elle n’aborde aucun des # de points clés',
          other: 'elle n’aborde aucun des # points clés',
        }),
  'feedback.claimsWrong': ({ count }, t) =>
    t.plural(count, {
      one: 'une affirmation semble fausse',
      many: '# d’affirmations semblent fausses',
      other: '# affirmations semblent fausses',
    }),
  'feedback.ideasDenied': ({ count }, t) =>
    t.plural(count, {
      one: 'une idée mentionnée semble niée',
      many: '# d’idées mentionnées semblent niées',
      other: '# idées mentionnées semblent niées',
    }),
  'feedback.keywordList': ({ detail }) =>
    `Une liste de mots-clés${NB}: ${detail}. Expliquez chaque idée par une phrase pour obtenir tous les points.`,
  'feedback.checkClaims': ({ detail }) => `Vérifiez vos affirmations${NB}: ${detail}.`,
  'feedback.strong': ({ detail }) => `Excellente réponse${NB}: ${detail}.`,
  'feedback.good': ({ detail }) => `Bonne réponse${NB}: ${detail}.`,
  'feedback.partial': ({ detail }) => `Réponse partielle${NB}: ${detail}.`,
  'feedback.offTarget': ({ detail }) => `Hors sujet${NB}: ${detail}.`,
  'feedback.swapped': ({ said, wrong, right }) => `Vous attribuez ${quote(said)} à ${wrong}, mais cela concerne ${right}.`,
  'feedback.remoteScore': ({ percent }, t) => `Score${NB}: ${t.pct(percent)}.`,

  'picker.loading': 'Chargement des thèmes…',
  'picker.unavailable': 'Thèmes indisponibles.',
  'picker.unavailableFromProvider': `Thèmes indisponibles${NB}: leur banque de questions n’a pas pu être chargée.`,
  'picker.label': 'Thèmes',
  'picker.hintMultiple': `Choisissez librement${NNB}; sans choix, tous les thèmes sont inclus.`,
  'picker.questions': ({ count }, t) => t.plural(count, { one: '# question', many: '# de questions', other: '# questions' }),
  'picker.answered': ({ count }, t) => t.plural(count, { one: '# traitée', many: '# traitées', other: '# traitées' }),
  'picker.right': ({ count }, t) => t.plural(count, { one: '# juste', many: '# justes', other: '# justes' }),
  'picker.due': ({ count }, t) => `${t.n(count)} à revoir aujourd’hui`,
  'picker.notConnected': 'Non connecté.',
  'picker.noRunner': ({ id }) => `for="${id}"${NB}: il n’y a pas de <quiz-runner id="${id}"> sur cette page.`,

  'runner.loading': 'Chargement du quiz…',
  'runner.unavailable': 'Quiz indisponible.',
  'runner.unavailableFromProvider': `Quiz indisponible${NB}: sa banque de questions n’a pas pu être chargée.`,
  'runner.questionCount': ({ count }, t) => t.plural(count, { one: '# question', many: '# de questions', other: '# questions' }),
  'runner.allTopics': 'tous les thèmes',
  'runner.unknownTopics': ({ attribute, unknown, count, bank, topics }, t) =>
    t.plural(count, {
      one: `topics="${attribute}"${NB}: ${unknown} n’est pas un thème de la banque ${quote(bank)}. Ses thèmes sont${NB}: ${topics}.`,
      many: `topics="${attribute}"${NB}: ${unknown} ne sont pas des thèmes de la banque ${quote(bank)}. Ses thèmes sont${NB}: ${topics}.`,
      other: `topics="${attribute}"${NB}: ${unknown} ne sont pas des thèmes de la banque ${quote(bank)}. Ses thèmes sont${NB}: ${topics}.`,
    }),
  'runner.noQuizQuestions': `Aucune question de ces thèmes n’a de correction automatique${NB}: choisissez d’autres thèmes.`,
  'runner.noQuestions': `Aucune question de ces thèmes n’a de contenu${NB}: choisissez d’autres thèmes.`,
  'runner.unfinished': ({ answered, total }, t) =>
    `Vous avez une session inachevée${NB}: ${t.plural(answered, { one: '# question traitée', many: '# de questions traitées', other: '# questions traitées' })} sur ${t.n(total)}.`,
  'runner.resume': 'Reprendre',
  'runner.startOver': 'Recommencer',
  'runner.start': 'Commencer',
  'runner.progress': ({ current, total }, t) => `Question ${t.n(current)} sur ${t.n(total)}`,
  'runner.progressAnnounce': ({ current, total }, t) => `Question ${t.n(current)} sur ${t.n(total)}.`,
  'runner.settingsChanged': 'Les réglages du quiz ont changé. Cette session continue.',
  'runner.restartNew': 'Recommencer avec les nouveaux réglages',
  'runner.settingsChangedAnnounce': `Les réglages du quiz ont changé. Cette session continue${NNB}; vous pouvez recommencer avec les nouveaux réglages.`,
  'runner.questionsChanged': 'Les questions du quiz ont changé. Cette session continue.',
  'runner.restartNewQuestions': 'Recommencer avec les nouvelles questions',
  'runner.questionsChangedAnnounce': `Les questions du quiz ont changé. Cette session continue${NNB}; vous pouvez recommencer avec les nouvelles questions.`,
  'runner.nav': 'Questions',
  'runner.back': 'Précédent',
  'runner.next': 'Suivant',
  'runner.finish': 'Terminer',
  'runner.skip': 'Passer',
  'runner.skipAndFinish': 'Passer et terminer',
  'runner.finished': ({ score, total, percent, passed }, t) =>
    `Terminé${NB}: ${t.n(score)} sur ${t.n(total)}, ${t.pct(percent)}. ${passed ? 'Réussi.' : 'Pas encore réussi.'}`,
  'runner.preparingResults': 'Préparation de vos résultats…',
  'runner.resultsUnavailable': 'Résultats indisponibles.',
  'runner.summaryFailed': ({ reason }) => `Vos résultats n’ont pas pu être affichés (${reason}). Ils ont été transmis par quiz-complete.`,
  'runner.reportCopied': 'Rapport copié.',

  'summary.heading': 'Votre résultat',
  'summary.interviewHeading': 'Rapport d’entretien',
  'summary.score': ({ score, total }, t) => `${t.n(score)} sur ${t.n(total)}`,
  'summary.percentKeyPoints': ({ percent }, t) => `${t.pct(percent)} des points clés`,
  'summary.passed': 'Réussi',
  'summary.notPassed': 'Pas encore réussi',
  'summary.passMark': ({ percent }, t) => `seuil de réussite ${t.pct(percent)}`,
  'summary.answeredOf': ({ answered, total }, t) =>
    `${t.plural(answered, { one: '# traitée', many: '# traitées', other: '# traitées' })} sur ${t.n(total)}`,
  'summary.totalTime': ({ duration }) => `durée totale ${duration}`,
  'summary.byTopic': 'Score par thème',
  'summary.chartLabel': ({ scores }) => `Score par thème${NB}: ${scores}`,
  'summary.chartItem': ({ topic, percent }, t) => `${topic} ${t.pct(percent)}`,
  'summary.showTable': 'Afficher sous forme de tableau',
  'summary.tableLabel': 'Score par thème, sous forme de tableau',
  'summary.colTopic': 'Thème',
  'summary.colScore': 'Score',
  'summary.colAnswered': 'Traitées',
  'summary.scoreCell': ({ score, total, percent }, t) => `${t.n(score)} sur ${t.n(total)} (${t.pct(percent)})`,
  'summary.answeredCell': ({ answered, total }, t) => `${t.n(answered)} sur ${t.n(total)}`,
  'summary.answers': 'Vos réponses',
  'summary.right': '(juste)',
  'summary.missed': '(manquée)',
  // "1,5 point clé sur 3": the noun agrees with the score, which is singular below 2.
  'summary.keyPoints': ({ score, total }, t) =>
    t.plural(score, {
      one: `# point clé sur ${t.n(total)}`,
      many: `# de points clés sur ${t.n(total)}`,
      other: `# points clés sur ${t.n(total)}`,
    }),
  'summary.missedPoints': `Non abordés${NB}:`,
  'summary.yourAnswer': `Votre réponse${NB}:`,
  'summary.skipped': 'Passée',
  'summary.rated': ({ rating }) => `Évaluation${NB}: ${rating}`,
  'summary.ratedWrote': ({ rating, response }) => `Évaluation${NB}: ${rating}${NNB}; vous avez écrit${NB}: ${response}`,
  'summary.explanation': 'Explication',
  'summary.practiseWeakest': ({ topic }) => `Travailler le thème le plus faible${NB}: ${topic}`,
  'summary.retryMissed': ({ count }, t) => `Refaire les questions manquées (${t.n(count)})`,
  'summary.restart': 'Recommencer',
  'summary.copyReport': 'Copier le rapport',
  'summary.printReport': 'Imprimer le rapport',
  'summary.copyFailed': `Le rapport n’a pas pu être préparé pour la copie${NB}: imprimez-le plutôt, ou rechargez la page et réessayez.`,
  'summary.copyBlocked': `La copie est bloquée ici${NB}: sélectionnez ce texte et copiez-le vous-même.`,

  'report.titleQuiz': ({ bank, date }) => `${bank}${NB}: rapport de quiz, ${date}`,
  'report.titlePractice': ({ bank, date }) => `${bank}${NB}: rapport d’entraînement aux cartes mémoire, ${date}`,
  'report.titleInterview': ({ bank, date }) => `${bank}${NB}: rapport d’entretien blanc, ${date}`,
  'report.score': ({ percent, score, total, pass, passed }, t) =>
    `Score${NB}: ${t.pct(percent)} (${t.n(score)} sur ${t.n(total)})${NNB}; seuil de réussite ${t.pct(pass)}${NB}: ${passed ? 'réussi' : 'pas encore réussi'}`,
  'report.scoreKeyPoints': ({ percent, score, total, pass, passed }, t) =>
    `Score${NB}: ${t.pct(percent)} des points clés (${t.n(score)} sur ${t.n(total)})${NNB}; seuil de réussite ${t.pct(pass)}${NB}: ${passed ? 'réussi' : 'pas encore réussi'}`,
  'report.answered': ({ answered, total, duration }, t) =>
    `Questions traitées${NB}: ${t.n(answered)} sur ${t.n(total)}${NNB}; durée totale${NB}: ${duration}`,
  'report.byTopic': 'Par thème',
  'report.topic': ({ topic, percent, answered, total }, t) =>
    `- ${topic}${NB}: ${t.pct(percent)} (${t.plural(answered, { one: '# traitée', many: '# traitées', other: '# traitées' })} sur ${t.n(total)})`,
  'report.questions': 'Questions',
  'report.skipped': 'Passée',
  'report.right': ({ choices }) => `Juste${NB}: ${choices}`,
  'report.wrong': ({ choices }) => `Faux${NB}: ${choices}`,
  'report.rated': ({ rating }) => `Évaluation${NB}: ${rating}`,
  'report.missed': ({ points }) => `Non abordés${NB}: ${points}`,
  'report.yourAnswer': ({ answer }) => `Votre réponse${NB}: ${answer}`,
} satisfies Catalogue;
