// DOM helpers for the pages' scripts. Nodes are built with textContent and
// setAttribute only, never parsed from HTML, so nothing the API returns
// (complaint text, names, explorer URLs) can become markup.

/** The element with this id, checked to be of the kind the script expects. */
export function byId<T extends HTMLElement = HTMLElement>(id: string, kind?: { new (): T; prototype: T }): T {
  const node = document.getElementById(id);
  if (!node || (kind && !(node instanceof kind))) throw new Error(`#${id} is missing or of the wrong kind`);
  return node as T;
}

export const input = (id: string): HTMLInputElement => byId(id, HTMLInputElement);
export const textarea = (id: string): HTMLTextAreaElement => byId(id, HTMLTextAreaElement);
export const select = (id: string): HTMLSelectElement => byId(id, HTMLSelectElement);
export const button = (id: string): HTMLButtonElement => byId(id, HTMLButtonElement);
export const form = (id: string): HTMLFormElement => byId(id, HTMLFormElement);

/** Text for anything the API may send: null and undefined become "". */
export function str(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string | null, text?: unknown): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.setAttribute('class', className);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Adds or removes one id in an element's aria-describedby, keeping the others; a new one goes first. */
export function describedBy(node: Element, id: string, add: boolean): void {
  const ids = (node.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
  if (add) ids.unshift(id);
  if (ids.length) node.setAttribute('aria-describedby', ids.join(' '));
  else node.removeAttribute('aria-describedby');
}

/** Disables a button while its request runs and shows `busyLabel`; its own label comes back after. */
export function setBusy(target: HTMLButtonElement, busy: boolean, busyLabel = ''): void {
  if (!target.getAttribute('data-label')) target.setAttribute('data-label', target.textContent ?? '');
  target.disabled = busy;
  target.textContent = busy ? busyLabel : target.getAttribute('data-label');
}
