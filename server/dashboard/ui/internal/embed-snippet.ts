/** The two lines a webmaster pastes into a page: the widget's script from the collector, and the element. */
export function embedSnippet(collector: string, site: string): string {
  return `<script type="module" src="${collector}/heard/heard.js"></script>\n<heard-feedback endpoint="${collector}" site="${site}"></heard-feedback>`;
}
