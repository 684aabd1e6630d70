// A server-rendered page in happy-dom, as a browser loads it: the page's own
// markup, its JSON config and its bundled inline script, run by happy-dom.
// The test answers every fetch and reads what the script sent; storage and
// the DOM are happy-dom's. Chromium runs the same pages in test/e2e.
import { Window, type HTMLElement, type HTMLInputElement } from 'happy-dom';

export interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** An answer to a request, or a network failure. */
export type Reply = { readonly status: number; readonly body?: unknown } | 'network-error';

export interface PageOptions {
  /** Where the page is served, e.g. https://console.example/prod/console. */
  readonly url: string;
  /** Answers each request the script sends. */
  readonly reply: (request: Sent) => Reply | Promise<Reply>;
  /** sessionStorage as the page finds it. */
  readonly session?: Readonly<Record<string, string>>;
}

export interface PageUnderTest {
  readonly window: Window;
  readonly document: Window['document'];
  /** Every request the script sent, in order. */
  readonly sent: Sent[];
  /** The element with this id; throws when the page has none. */
  el(id: string): HTMLElement;
  /** A form control by id, for its value, checked and disabled (inputs, textareas and selects alike). */
  field(id: string): HTMLInputElement;
  /** Types into a text field, as a person would (fires `input`). */
  fill(id: string, value: string): void;
  /** Clicks a checkbox or radio button (fires `change`). */
  check(id: string): void;
  click(id: string): void;
  submit(formId: string): void;
  /** Lets pending requests and their handlers run. */
  settle(): Promise<void>;
  /** Text of every element matching `selector` under the element with this id. */
  texts(id: string, selector: string): string[];
}

const open = new Set<Window>();

/** Loads `html` and runs its scripts. Close every page with closePages() after each test. */
export function openPage(html: string, opts: PageOptions): PageUnderTest {
  const window = new Window({ url: opts.url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  open.add(window);
  const sent: Sent[] = [];
  const fetch = async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) => {
    const request: Sent = {
      url: String(url),
      method: init.method ?? 'GET',
      headers: init.headers ?? {},
      body: init.body === undefined ? undefined : JSON.parse(init.body),
    };
    sent.push(request);
    const reply = await opts.reply(request);
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
    return { status: reply.status, text: async () => text };
  };
  Object.assign(window, { fetch });
  for (const [key, value] of Object.entries(opts.session ?? {})) window.sessionStorage.setItem(key, value);
  window.document.write(html);

  const el = (id: string): HTMLElement => {
    const node = window.document.getElementById(id);
    if (!node) throw new Error(`The page has no #${id}`);
    return node as HTMLElement;
  };
  const field = (id: string) => el(id) as HTMLInputElement;
  return {
    window,
    document: window.document,
    sent,
    el,
    field,
    fill: (id, value) => {
      field(id).value = value;
      el(id).dispatchEvent(new window.Event('input', { bubbles: true }));
    },
    check: (id) => el(id).click(),
    click: (id) => el(id).click(),
    submit: (formId) => (el(formId) as unknown as { requestSubmit(): void }).requestSubmit(),
    settle: async () => {
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    },
    texts: (id, selector) => [...el(id).querySelectorAll(selector)].map((n) => n.textContent ?? ''),
  };
}

export async function closePages(): Promise<void> {
  const windows = [...open];
  open.clear();
  await Promise.all(windows.map((w) => w.happyDOM.close()));
}
