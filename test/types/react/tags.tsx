// Plain quizkit tags in a React 19 + TypeScript app (types from "quizkit/jsx" in tsconfig "types").
import 'quizkit';

export function Page() {
  return (
    <quiz-bank src="/banks/ml.json" onquiz-error={(e) => console.warn(e.detail.message, e.detail.source)}>
      <quiz-topic-picker selected="evaluation" multiple for="practice" href="/practice?topic={topic}" label="Topics"
        onquiz-topics-change={(e) => console.log(e.detail.topics)} onquiz-error={(e) => console.warn(e.detail.source)} />
      <quiz-runner id="practice" topics="evaluation" count={5} mode="quiz" shuffle seed="42" pass={70} time-limit={120}
        onquiz-start={(e) => console.log(e.detail.questionIds)}
        onquiz-answer={(e) => console.log(e.detail.questionId, e.detail.response)}
        onquiz-complete={(e) => console.log(e.detail.percent, e.detail.passed)}
        onquiz-error={(e) => console.warn(e.detail.message)} />
      <quiz-question-card question="precision-vs-recall" mode="practice" heading-level={3}
        onquiz-answer={(e) => console.log(e.detail.score, e.detail.maxScore)} onquiz-error={(e) => console.warn(e.detail.message)} />
    </quiz-bank>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: "exam" is not a mode */}
      <quiz-runner mode="exam" />
      {/* @ts-expect-error: theme is light or dark */}
      <quiz-question-card theme="blue" />
      {/* @ts-expect-error: quiz-answer's detail has no `grade` */}
      <quiz-question-card onquiz-answer={(e) => e.detail.grade} />
      {/* @ts-expect-error: quiz-topics-change's detail has no `selected` */}
      <quiz-topic-picker onquiz-topics-change={(e) => e.detail.selected} />
      {/* @ts-expect-error: not a quizkit element */}
      <quiz-runnr />
    </>
  );
}

// The README's plain-tags example (React 19 sets properties, so arrays and numbers pass as they are).
export function Card() {
  return (
    <>
      <quiz-question-card question="precision-vs-recall" mode="quiz" onquiz-answer={(e) => console.log(e.detail.correct)} />
      <quiz-runner topics={['evaluation', 'trees']} count={5} onquiz-complete={(e) => console.log(e.detail.percent)} />
    </>
  );
}
