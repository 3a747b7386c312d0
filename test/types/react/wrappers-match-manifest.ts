// quizkit/react is written by hand (no maintained generator makes @lit/react wrappers from a
// manifest), so this type check ties it to custom-elements.json: "quizkit/jsx" is generated from
// the manifest, and for every element there the wrapper must have exactly one `onPascalCase` prop
// per event, with the same detail type. A new @fires, element or detail type fails it until
// src/react.ts follows.
import type { ComponentProps } from 'react';
import type { CustomElements } from 'quizkit/jsx';
import type * as Wrappers from 'quizkit/react';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** The `detail` type of an event handler's event. */
type DetailOf<Handler> = NonNullable<Handler> extends (e: infer E) => unknown ? (E extends { detail: infer D } ? D : never) : never;

/** Each element's events as the manifest lists them, keyed by the React prop name they need. */
type ManifestEvents<Tag extends keyof CustomElements> = {
  [K in keyof CustomElements[Tag] as K extends `on${infer E extends `${string}-${string}`}` ? `on${Pascal<E>}` : never]-?: DetailOf<
    CustomElements[Tag][K]
  >;
};
/** The wrapper's kit events (every kit event is `quiz-…`), with their detail types. */
type WrapperEvents<W extends React.ElementType> = {
  [K in keyof ComponentProps<W> as K extends `onQuiz${string}` ? K : never]-?: DetailOf<ComponentProps<W>[K]>;
};
/** Tag → wrapper, for every element in the manifest. */
type WrapperFor = {
  'quiz-question-card': typeof Wrappers.QuizQuestionCard;
  'quiz-topic-picker': typeof Wrappers.QuizTopicPicker;
  'quiz-runner': typeof Wrappers.QuizRunner;
  'quiz-bank': typeof Wrappers.QuizBank;
};

export const everyElementHasAWrapper: Equal<keyof CustomElements, keyof WrapperFor> = true;
export const eventsMatch: { [Tag in keyof WrapperFor]: Equal<ManifestEvents<Tag>, WrapperEvents<WrapperFor[Tag]>> } = {
  'quiz-question-card': true,
  'quiz-topic-picker': true,
  'quiz-runner': true,
  'quiz-bank': true,
};
