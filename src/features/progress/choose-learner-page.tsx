import { useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../components/page';
import { NameForm } from '../../components/name-form';
import { paths } from '../../config/paths';
import { useAppStore } from '../../stores/app-store';

/**
 * "Not you? Switch": one screen to pick your name, or add it, on a shared device; then back to
 * the page the learner came from (the `back` parameter, an address inside the app).
 */
export function ChooseLearnerPage() {
  const learners = useAppStore((s) => s.learners);
  const activeId = useAppStore((s) => s.activeLearnerId);
  const { addLearner, switchLearner } = useAppStore.getState();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const back = insideApp(params.get('back'));
  const nameId = useId();
  const all = Object.values(learners).sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Page
      title="Who is working?"
      lead="Choose your name so that your answers are saved as yours. On a shared computer, check this each time you start."
    >
      <section aria-labelledby="learners-here">
        <h2 id="learners-here">Learners on this device</h2>
        <ul className="learner-choices">
          {all.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                className={l.id === activeId ? 'button button-primary' : 'button'}
                onClick={() => {
                  switchLearner(l.id);
                  void navigate(back);
                }}
              >
                {l.id === activeId ? `Continue as ${l.name}` : `I am ${l.name}`}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-learner">
        <h2 id="new-learner">New here?</h2>
        <NameForm
          id={nameId}
          label="Your name"
          button="Start as a new learner"
          hint="Your progress starts empty and is kept apart from everyone else's on this device."
          onSubmit={(name) => {
            addLearner(name);
            void navigate(back);
          }}
        />
      </section>
      <p className="hint">
        Names are not passwords: anyone using this browser can switch. To rename, reset or remove a
        learner, go to <Link to={paths.progress}>Progress</Link>.
      </p>
    </Page>
  );
}

/** Only an address inside the app (a path), never another site; otherwise the start page. */
function insideApp(back: string | null): string {
  return back && back.startsWith('/') && !back.startsWith('//') && !back.startsWith(paths.learner)
    ? back
    : paths.home;
}
