// quizkit/react in a React 19 + TypeScript app: every wrapper, every event, typed details.
import { useState } from 'react';
import type { FeedbackProvider } from 'quizkit';
import { QuizBank, QuizQuestionCard, QuizRunner, QuizTopicPicker, type QuizAnswerDetail } from 'quizkit/react';

const grader: FeedbackProvider = async (request) => ({ score: request.answer.length > 20 ? 1 : 0 });

export function Course() {
  const [answers, setAnswers] = useState<QuizAnswerDetail[]>([]);
  const [percent, setPercent] = useState<number>();
  return (
    <QuizBank src="/banks/ml.json" onQuizError={(e) => console.warn(e.detail.message, e.detail.source)}>
      <QuizTopicPicker selected="evaluation" multiple for="practice" label="Topics" theme="dark"
        onQuizTopicsChange={(e) => console.log(e.detail.topics.join(','))}
        onQuizError={(e) => console.warn(e.detail.message)} />
      <QuizRunner id="practice" topics="evaluation,trees" count={5} mode="interview" shuffle seed="42" pass={80}
        timeLimit={120} headingLevel={2} feedbackProvider={grader} feedbackTimeout={5}
        onQuizStart={(e) => console.log(e.detail.questionIds.length, e.detail.mode, e.detail.topics)}
        onQuizAnswer={(e) => setAnswers((a) => [...a, e.detail])}
        onQuizComplete={(e) => setPercent(e.detail.percent + e.detail.byTopic['evaluation']!.score)}
        onQuizError={(e) => console.warn(e.detail.source)} />
      <QuizQuestionCard question="precision-vs-recall" mode="quiz" noRetry
        onQuizAnswer={(e) => console.log(e.detail.correct, e.detail.score, e.detail.elapsedMs, e.detail.rating)}
        onQuizError={(e) => console.warn(e.detail.message)} />
      <p>{answers.length} answered{percent === undefined ? '' : `, ${percent}%`}</p>
    </QuizBank>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: "exam" is not a mode */}
      <QuizRunner mode="exam" />
      {/* @ts-expect-error: count is a number */}
      <QuizRunner count="ten" />
      {/* @ts-expect-error: the card has no such property */}
      <QuizQuestionCard questionId="x" />
      {/* @ts-expect-error: quiz-answer's detail has no `grade` */}
      <QuizQuestionCard onQuizAnswer={(e) => e.detail.grade} />
      {/* @ts-expect-error: quiz-complete's detail has no `total` */}
      <QuizRunner onQuizComplete={(e) => e.detail.total} />
      {/* @ts-expect-error: a picker fires no quiz-complete */}
      <QuizTopicPicker onQuizComplete={() => {}} />
    </>
  );
}

// The README's React example: a picker and a runner kept in step through React state; topic lists
// may be arrays as well as comma-separated strings.
export function Practice({ topics }: { topics: string[] }) {
  const [selected, setSelected] = useState(topics);
  return (
    <>
      <QuizTopicPicker selected={selected} multiple onQuizTopicsChange={(e) => setSelected(e.detail.topics)} />
      <QuizRunner topics={selected} count={10} pass={70} feedbackProvider={grader}
        onQuizComplete={(e) => console.log(e.detail.percent, e.detail.passed)} />
    </>
  );
}
