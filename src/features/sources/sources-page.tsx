import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Source, SourceKind } from '../../domain/content';
import { SOURCE_KINDS } from '../../domain/content';
import { Page } from '../../components/page';
import { useScrollTarget } from '../../components/use-scroll-target';
import { citationsOf, sources } from '../../content';

const KIND_NOTES: Record<SourceKind, string> = {
  'partisan-MEK': 'MEK/NCRI outlets and sites that republish them',
  'Iranian-state/aligned':
    'Iranian state media and bodies, and groups described by others as tied to the Iranian state',
  'Russian-state/aligned':
    'outlets sanctioned or named by governments as part of Russian influence networks',
  government: 'governments, parliaments, courts and their agencies',
  NGO: 'non-governmental organisations such as human-rights groups (they have aims of their own)',
  press:
    'news media of every kind: commercial, public-service, and outlets owned or funded by a state (see "Funding"). Owners and funders have interests.',
  'think tank / research': 'research groups and security firms',
  academic: 'universities and scholarly works',
  tertiary: 'encyclopedias, mirrors and aggregators',
  'alternative press': 'alternative sites republishing authors from one side',
  'paid advocacy': 'reports paid for by one side, interest disclosed',
  'self-description': 'what an organisation says about itself',
  'law-firm summary': "a law firm's summary of a government action",
};

/**
 * Every source the module cites, with who published it, what kind of source it is and how
 * far it can be trusted on the point it is cited for. Links open the original when online;
 * the entry itself is readable offline.
 */
export function SourcesPage() {
  const target = useScrollTarget('id', 'source-');
  const [kind, setKind] = useState<SourceKind | 'all'>('all');
  const [query, setQuery] = useState('');
  const cited = sources; // the compiler keeps only sources cited somewhere
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return cited.filter(
      (s) =>
        (kind === 'all' || s.kind === kind) &&
        (!q ||
          [s.publisher, s.title, s.description, s.date, s.via, s.funding].some((f) =>
            f?.toLowerCase().includes(q),
          )),
    );
  }, [cited, kind, query]);

  return (
    <Page
      title="Sources"
      lead="Every source this module cites, with the kind of source it is and how far it can be trusted on the point it is cited for. The same questions apply to all of them: who published it, what do they gain, and what is it reliable for?"
    >
      <div className="filters no-print" role="search" aria-label="Filter the sources">
        <label>
          Kind of source{' '}
          <select
            value={kind}
            onChange={(e) => setKind(SOURCE_KINDS.find((k) => k === e.target.value) ?? 'all')}
          >
            <option value="all">All kinds ({cited.length})</option>
            {SOURCE_KINDS.filter((k) => cited.some((s) => s.kind === k)).map((k) => (
              <option key={k} value={k}>
                {k} ({cited.filter((s) => s.kind === k).length})
              </option>
            ))}
          </select>
        </label>
        <label>
          Search <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      <p role="status">
        {shown.length === cited.length
          ? `${cited.length} sources.`
          : `${shown.length} of ${cited.length} sources shown.`}
      </p>
      <ul className="source-list">
        {shown.map((s) => (
          <SourceEntry key={s.id} source={s} targeted={target === s.id} />
        ))}
      </ul>
      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">Kinds of source</h2>
        <p>
          A kind says what a source is, not whether it is right. Where a state owns or funds an
          outlet, of any country, its entry says so under <strong>Funding</strong>: from the
          research notes where they record it, otherwise marked as general knowledge.
        </p>
        <dl className="kind-list">
          {SOURCE_KINDS.map((k) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{KIND_NOTES[k]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </Page>
  );
}

function SourceEntry({ source: s, targeted }: { source: Source; targeted: boolean }) {
  const citations = citationsOf(s.id);
  return (
    <li
      id={`source-${s.id}`}
      className="source-entry"
      tabIndex={-1}
      data-target={targeted || undefined}
    >
      <p className="source-publisher">
        <strong>{s.publisher}</strong>
        <span className="badge">{s.kind}</span>
      </p>
      <p className="source-title">
        {s.title ? (
          <cite>{s.title}</cite>
        ) : (
          <span className="source-description">{s.description}</span>
        )}
        {s.title && s.description ? (
          <span className="source-description"> — {s.description}</span>
        ) : null}
      </p>
      <dl className="source-meta">
        <div>
          <dt>Date</dt>
          <dd>{s.date}</dd>
        </div>
        {s.funding ? (
          <div>
            <dt>Funding</dt>
            <dd>{s.funding}</dd>
          </div>
        ) : null}
        <div>
          <dt>Confidence</dt>
          <dd>
            <span className="badge badge-confidence">{s.confidence}</span> {s.confidenceNote}
          </dd>
        </div>
        <div>
          <dt>Address</dt>
          <dd>
            <a href={s.url} className="source-url" rel="noreferrer noopener" target="_blank">
              {s.url}
            </a>
            {s.via ? <span> ({s.via})</span> : null}
            <span className="visually-hidden"> (opens the original site; needs the internet)</span>
          </dd>
        </div>
        {citations.length ? (
          <div>
            <dt>Cited in</dt>
            <dd>
              {citations.map((c, i) => (
                <span key={c.label}>
                  {i > 0 ? '; ' : ''}
                  <Link to={c.path}>{c.label}</Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Research notes</dt>
          <dd>{s.dossier}</dd>
        </div>
      </dl>
    </li>
  );
}
