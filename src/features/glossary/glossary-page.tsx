import { Link } from 'react-router';
import { Page } from '../../components/page';
import { RichText } from '../../components/rich-text';
import { useScrollTarget } from '../../components/use-scroll-target';
import { paths } from '../../config/paths';
import { glossary, termById } from '../../content';

export function GlossaryPage() {
  const target = useScrollTarget('term', 'term-');
  const terms = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  const letters = [...new Set(terms.map((t) => t.term[0]?.toUpperCase() ?? ''))];
  return (
    <Page title="Glossary" lead="The words this module uses for its method, in plain English.">
      <nav aria-label="Glossary letters" className="letter-nav no-print">
        {letters.map((l) => (
          <Link
            key={l}
            to={paths.term(terms.find((t) => t.term[0]?.toUpperCase() === l)?.id ?? '')}
          >
            {l}
          </Link>
        ))}
      </nav>
      <dl className="glossary">
        {terms.map((t) => (
          <div
            key={t.id}
            id={`term-${t.id}`}
            tabIndex={-1}
            className="glossary-entry"
            data-target={target === t.id || undefined}
          >
            <dt>{t.term}</dt>
            <dd>
              <RichText nodes={t.definition} />
              {t.related.length ? (
                <p className="related">
                  See also:{' '}
                  {t.related.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      <Link to={paths.term(id)}>{termById.get(id)?.term ?? id}</Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </Page>
  );
}
