/** Mounts HTML in a fresh container, waits for Lit elements inside to render, and returns the first element. */
export async function fixture<T extends Element>(markup: string): Promise<T> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.firstElementChild as T | null;
  if (!element) throw new Error(`fixture: no element in ${markup}`);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Removes everything fixtures mounted. */
export function cleanup(): void {
  document.body.replaceChildren();
}
