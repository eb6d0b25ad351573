import { useMemo } from 'react';
import { Marked } from 'marked';

/**
 * A task statement (Markdown) as HTML. Relative picture links point into the task's assets; raw HTML
 * in the Markdown is shown as text, so a statement can never run script in a student's page.
 */
export function Statement({ markdown, assetsBase }: { markdown: string; assetsBase: string }) {
  const html = useMemo(() => {
    const marked = new Marked({
      gfm: true,
      renderer: {
        html: ({ text }) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
      },
      walkTokens(token) {
        if ((token.type === 'image' || token.type === 'link') && !/^([a-z]+:|\/|#)/i.test(token.href)) {
          token.href = `${assetsBase}${token.href}`;
        }
      },
    });
    return marked.parse(markdown, { async: false });
  }, [markdown, assetsBase]);
  return <article className="statement" dangerouslySetInnerHTML={{ __html: html }} />;
}
