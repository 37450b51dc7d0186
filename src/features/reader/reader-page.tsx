import { Page } from '../../components/page';
import { useScrollTarget } from '../../components/use-scroll-target';
import { article } from '../../content';

export function ReaderPage() {
  const target = useScrollTarget('s', 'sentence-');
  return (
    <Page title="Case study: the article">
      <article className="article-doc" aria-label="The case-study article">
        <h2 className="article-title" id={`sentence-${article.title.id}`} tabIndex={-1}>
          {article.title.text}
        </h2>
        <p className="article-dateline" id={`sentence-${article.dateline.id}`} tabIndex={-1}>
          {article.dateline.text}
        </p>
        {article.blocks.map((block) =>
          block.type === 'heading' ? (
            <h3 key={block.id} id={`sentence-${block.id}`} tabIndex={-1}>
              {block.text}
            </h3>
          ) : (
            <p key={block.id} className="article-paragraph" data-paragraph={block.number}>
              <span className="paragraph-number" aria-hidden="true">
                ¶{block.number}
              </span>
              {block.sentences.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? ' ' : null}
                  <span
                    id={`sentence-${s.id}`}
                    className="sentence"
                    tabIndex={-1}
                    data-target={target === s.id || undefined}
                  >
                    <sup className="sentence-number" aria-label={`Sentence ${s.number}`}>
                      {s.number}
                    </sup>
                    {s.text}
                  </span>
                </span>
              ))}
            </p>
          ),
        )}
      </article>
    </Page>
  );
}
