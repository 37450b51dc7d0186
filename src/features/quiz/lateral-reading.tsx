import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Activity, SearchResult } from '../../domain/content';
import { RichText } from '../../components/rich-text';
import { quoted } from '../../components/plain-text';
import { paths } from '../../config/paths';
import { sourceById } from '../../content';
import { useActiveLearner, useAppStore } from '../../stores/app-store';
import { practiceOpen } from '../../model/progress';
import { PracticeQuestions } from './practice-questions';

type LateralActivity = Extract<Activity, { kind: 'lateral-reading' }>;

/** What the learner says a page they opened adds, before reading the expert's view. */
const JUDGEMENTS = {
  answers: 'It answers part of my question',
  clue: 'It is a clue worth following',
  none: 'It does not help with my question',
} as const;
type Judgement = keyof typeof JUDGEMENTS;
const JUDGEMENT_KEYS: readonly Judgement[] = ['answers', 'clue', 'none'];

interface SearchState {
  queryId: string | null;
  /** Results opened in this visit and not judged yet (a judged result is saved as opened). */
  viewing: string[];
  judged: Partial<Record<string, Judgement>>;
}

/**
 * The search as the learner left it, per learner and activity, for as long as the app is open:
 * following a Sources link and coming Back finds the same search, opened pages and judgements,
 * so the page is as long as it was and the browser puts the learner back where they were.
 */
const kept = new Map<string, SearchState>();

/**
 * Lateral reading, offline: the learner runs prepared searches for the article's phrases and
 * chooses which results to open. An opened result shows what a searcher would see there; the
 * learner says what it adds, and only then reads the expert's view. Then come the questions.
 */
export function LateralReading({ activity }: { activity: LateralActivity }) {
  const learner = useActiveLearner();
  const update = useAppStore((s) => s.updateLearner);
  const record = learner.activities[activity.id];
  const saved = record?.opened ?? [];
  const key = `${learner.id} ${activity.id}`;
  const [state, setState] = useState<SearchState>(
    () => kept.get(key) ?? { queryId: null, viewing: [], judged: {} },
  );
  useEffect(() => void kept.set(key, state), [key, state]);
  const query = activity.queries.find((q) => q.id === state.queryId);
  const results = new Map(activity.results.map((r) => [r.id, r]));
  const opened = new Set([...saved, ...state.viewing]);
  const allAnswered = activity.questions.every(
    (q) => (record?.answers[q.id]?.tries.length ?? 0) > 0,
  );

  const judge = (id: string, judgement: Judgement) => {
    setState((s) => ({
      ...s,
      viewing: s.viewing.filter((v) => v !== id),
      judged: { ...s.judged, [id]: judgement },
    }));
    update((l) => practiceOpen(l, activity.id, id));
  };

  return (
    <section className="activity lateral" aria-labelledby={`activity-${activity.id}`}>
      <h3 id={`activity-${activity.id}`} className="activity-title">
        <span className="activity-kicker">Practice: </span>
        {activity.title}
      </h3>
      <RichText nodes={activity.intro} />

      <div className="search-sim" role="group" aria-label="Simulated web search (works offline)">
        <p className="search-sim-label">Search for:</p>
        <ul className="search-queries">
          {activity.queries.map((q) => (
            <li key={q.id}>
              <button
                type="button"
                className="button search-query"
                aria-pressed={q.id === state.queryId}
                onClick={() => setState((s) => ({ ...s, queryId: q.id }))}
              >
                {q.text}
              </button>
            </li>
          ))}
        </ul>
        {query ? (
          <div className="search-results" aria-live="polite">
            <p className="hint">
              {query.results.length} results for {query.text}. Choose what to open: a good reader
              does not open everything, and does not trust a result just because it is first.
            </p>
            <ol className="result-list">
              {query.results.map((id) => {
                const r = results.get(id);
                if (!r) return null;
                return (
                  <ResultCard
                    key={id}
                    result={r}
                    open={opened.has(id)}
                    expertShown={saved.includes(id)}
                    judged={state.judged[id]}
                    onOpen={() => setState((s) => ({ ...s, viewing: [...s.viewing, id] }))}
                    onJudge={(j) => judge(id, j)}
                  />
                );
              })}
            </ol>
          </div>
        ) : (
          <p className="hint">Choose a search to see its results.</p>
        )}
      </div>

      <p>
        You have opened {opened.size} of {activity.results.length} results.
      </p>

      <h4 className="activity-subtitle">What can you conclude?</h4>
      <PracticeQuestions activityId={activity.id} questions={activity.questions} />

      {allAnswered ? (
        <div className="debrief">
          <h4>Debrief</h4>
          <RichText nodes={activity.debrief} />
          {activity.results.some((r) => r.misleading) ? (
            <>
              <p>
                <strong>Results that could mislead:</strong>
              </p>
              <ul>
                {activity.results
                  .filter((r) => r.misleading)
                  .map((r) => (
                    <li key={r.id}>
                      <strong>{r.title}</strong> ({r.site})
                      {opened.has(r.id) ? ' — you opened this one' : ''}:{' '}
                      <RichText nodes={r.misleading ?? []} />
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/**
 * One search result, as a search engine lists it (title, address, snippet). Opened, it shows
 * what is on the page; judged, the expert's view as well.
 */
function ResultCard(props: {
  result: SearchResult;
  open: boolean;
  expertShown: boolean;
  judged: Judgement | undefined;
  onOpen(): void;
  onJudge(judgement: Judgement): void;
}) {
  const { result: r, open, expertShown, judged, onOpen, onJudge } = props;
  const source = r.source ? sourceById.get(r.source) : undefined;
  // Opening or judging replaces the button that was pressed: focus goes to what it revealed.
  const pageRef = useRef<HTMLParagraphElement>(null);
  const expertRef = useRef<HTMLParagraphElement>(null);
  const focusNext = useRef<'page' | 'expert' | null>(null);
  useEffect(() => {
    const target = focusNext.current === 'page' ? pageRef : expertRef;
    if (focusNext.current && target.current) {
      target.current.focus();
      focusNext.current = null;
    }
  });
  const headingId = `result-${r.id}`;
  return (
    <li className="result-card" data-result={r.id}>
      <h4 className="result-title" id={headingId}>
        {r.title}
      </h4>
      {/* The address as a searcher sees it; plain text, since the module works offline. */}
      <p className="result-address">{source?.url ?? r.site}</p>
      <p className="result-snippet">{r.snippet}</p>
      {!open ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            focusNext.current = 'page';
            onOpen();
          }}
        >
          Open this result<span className="visually-hidden">: {r.title}</span>
        </button>
      ) : (
        <div className="result-opened">
          <p className="result-opened-label" ref={pageRef} tabIndex={-1}>
            On the page:
          </p>
          <RichText nodes={r.page} />
          {expertShown ? (
            <div className="result-expert">
              {judged ? <p className="result-you-said">You said: {JUDGEMENTS[judged]}.</p> : null}
              <p className="result-opened-label" ref={expertRef} tabIndex={-1}>
                The expert’s view:
              </p>
              <RichText nodes={r.expert} />
              {source ? (
                <p className="result-source">
                  Source: <Link to={paths.source(source.id)}>{source.publisher}</Link>
                  {source.title ? `, ${quoted(source.title)}` : ''} ({source.date}).
                </p>
              ) : null}
            </div>
          ) : (
            <div className="result-judge" role="group" aria-labelledby={`${headingId}-judge`}>
              <p id={`${headingId}-judge`} className="result-judge-label">
                What does this page add to your search? Say it before you see the expert’s view.
              </p>
              <div className="button-row">
                {JUDGEMENT_KEYS.map((key) => (
                  <button
                    key={key}
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      focusNext.current = 'expert';
                      onJudge(key);
                    }}
                  >
                    {JUDGEMENTS[key]}
                  </button>
                ))}
              </div>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
