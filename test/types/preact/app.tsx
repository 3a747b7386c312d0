// Plain quizkit tags in a Preact + TypeScript app (types from "quizkit/jsx" in tsconfig "types").
import 'quizkit';

export function Page() {
  return (
    <quiz-bank src="/banks/ml.json">
      <quiz-runner topics="evaluation" count={5} mode="interview" time-limit={90}
        onquiz-complete={(e) => console.log(e.detail.percent, e.detail.byTopic)} />
      <quiz-question-card question="precision-vs-recall" mode="quiz" onquiz-answer={(e) => console.log(e.detail.correct)} />
      <quiz-topic-picker multiple onquiz-topics-change={(e) => console.log(e.detail.topics)} />
    </quiz-bank>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: "exam" is not a mode */}
      <quiz-runner mode="exam" />
      {/* @ts-expect-error: quiz-answer's detail has no `grade` */}
      <quiz-question-card onquiz-answer={(e) => e.detail.grade} />
    </>
  );
}
