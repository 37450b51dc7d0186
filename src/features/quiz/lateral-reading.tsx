import { useState } from 'react';
import { Link } from 'react-router';
import type { Activity } from '../../domain/content';
import { RichText } from '../../components/rich-text';
import { quoted } from '../../components/plain-text';
import { paths } from '../../config/paths';
import { sourceById } from '../../content';
import { useActiveLearner, useAppStore } from '../../stores/app-store';
import { practiceOpen } from '../../model/progress';
import { PracticeQuestions } from './practice-questions';

type LateralActivity = Extract<Activity, { kind: 'lateral-reading' }>;

/**
 * Lateral reading, offline: the learner runs prepared searches for the article's phrases,
 * chooses which results to open (each opening is remembered), then draws conclusions.
 */
export function LateralReading({ activity }: { activity: LateralActivity }) {
  const learner = useActiveLearner();
  const update = useAppStore((s) => s.updateLearner);
  const record = learner.activities[activity.id];
  const opened = record?.opened ?? [];
  const [queryId, setQueryId] = useState<string | null>(null);
  const query = activity.queries.find((q) => q.id === queryId);
  const results = new Map(activity.results.map((r) => [r.id, r]));
  const allAnswered = activity.questions.every(
    (q) => (record?.answers[q.id]?.tries.length ?? 0) > 0,
  );

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
                aria-pressed={q.id === queryId}
                onClick={() => setQueryId(q.id)}
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
                const isOpen = opened.includes(id);
                return (
                  <li key={id} className="result-card">
                    <p className="result-site">{r.site}</p>
                    <h4 className="result-title">{r.title}</h4>
                    <p className="result-snippet">{r.snippet}</p>
                    {isOpen ? (
                      <div className="result-opened">
                        <p className="result-opened-label">You opened this result:</p>
                        <RichText nodes={r.opened} />
                        {r.source ? <SourceLine id={r.source} /> : null}
                      </div>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => update((l) => practiceOpen(l, activity.id, id))}
                      >
                        Open this result<span className="visually-hidden">: {r.title}</span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ol>
          </div>
        ) : (
          <p className="hint">Choose a search to see its results.</p>
        )}
      </div>

      <p>
        You have opened {opened.length} of {activity.results.length} results.
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
                      {opened.includes(r.id) ? ' — you opened this one' : ''}:{' '}
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

function SourceLine({ id }: { id: string }) {
  const s = sourceById.get(id);
  if (!s) return null;
  return (
    <p className="result-source">
      Source: <Link to={paths.source(id)}>{s.publisher}</Link>
      {s.title ? `, ${quoted(s.title)}` : ''} ({s.date}).
    </p>
  );
}
