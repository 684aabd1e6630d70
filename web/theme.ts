// The look shared by the complaint form and every small page, and the HTML
// shell they sit in. Pages are served with a CSP that allows only nonce'd
// inline <style> and <script>: no style="" attributes, no external files, no
// inline event handlers anywhere.
import { escapeHtml, textDirection, type SupportedLanguage } from '../functions/domain/messages';

export const PRODUCT_NAME = 'Redress';

export const THEME_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f4f6f9;
  --surface: #ffffff;
  --surface-2: #f8fafc;
  --text: #17212b;
  --muted: #4b5868;
  --border: #d5dce5;
  --border-strong: #8795a6;
  --brand: #0f5f5a;
  --brand-strong: #0a4743;
  --brand-soft: #e7f3f1;
  --on-brand: #ffffff;
  --focus: #1d4ed8;
  --danger: #b42318;
  --danger-soft: #fef1f0;
  --warn-text: #6b3a00;
  --warn-soft: #fff7e6;
  --warn-border: #e9a23b;
  --success: #146c43;
  --success-soft: #e8f5ee;
  --radius: 12px;
  --shadow: 0 1px 2px rgba(16, 24, 40, 0.06), 0 8px 24px rgba(16, 24, 40, 0.06);
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0e1318;
    --surface: #161d25;
    --surface-2: #1b242e;
    --text: #e7ecf1;
    --muted: #a6b2bf;
    --border: #2c3845;
    --border-strong: #5d6b7b;
    --brand: #4cc0b4;
    --brand-strong: #7fd6cc;
    --brand-soft: #12302d;
    --on-brand: #06201d;
    --focus: #8ab4ff;
    --danger: #ff8f85;
    --danger-soft: #3a1c1a;
    --warn-text: #ffd59a;
    --warn-soft: #2f2510;
    --warn-border: #9a6a1f;
    --success: #6fd6a0;
    --success-soft: #12301f;
    --shadow: none;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font-family: var(--font);
  font-size: 1rem;
  line-height: 1.6;
}
html[lang="ar"] body { font-family: Tahoma, "Noto Sans Arabic", "Segoe UI", var(--font); }
a { color: var(--brand-strong); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h1, h2, h3 { line-height: 1.25; margin: 0 0 0.5rem; }
h1 { font-size: clamp(1.5rem, 1.2rem + 1.2vw, 2rem); letter-spacing: -0.01em; }
h2 { font-size: 1.125rem; }
p { margin: 0 0 1rem; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
[hidden] { display: none !important; }
.skip-link {
  position: absolute; inset-inline-start: 1rem; top: 0.75rem; z-index: 10; transform: translateY(-200%);
  background: var(--surface); color: var(--text); padding: 0.5rem 1rem; border-radius: 8px; border: 2px solid var(--focus);
}
.skip-link:focus { transform: none; }

.site-header { background: var(--surface); border-bottom: 1px solid var(--border); }
.container { width: 100%; max-width: 68rem; margin: 0 auto; padding: 0 1.25rem; }
.site-header .container { display: flex; align-items: center; justify-content: space-between; gap: 0.25rem 1rem; min-height: 4rem; flex-wrap: wrap; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { display: inline-flex; align-items: center; gap: 0.6rem; color: var(--text); text-decoration: none; font-weight: 700; font-size: 1.2rem; letter-spacing: -0.01em; }
.brand svg { width: 1.9rem; height: 1.9rem; flex: none; }
.brand-mark-bg { fill: var(--brand); }
.brand-mark-fg { fill: none; stroke: var(--on-brand); stroke-width: 2.4; stroke-linecap: round; stroke-linejoin: round; }
.tagline { color: var(--muted); font-size: 0.95rem; }

main.container { padding-top: 2rem; padding-bottom: 3rem; }
main:focus { outline: none; }
.narrow { max-width: 40rem; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); box-shadow: var(--shadow); padding: clamp(1.25rem, 0.8rem + 2vw, 2.25rem); }
.card:focus { outline: none; }
.lead { color: var(--muted); font-size: 1.075rem; }
.eyebrow { color: var(--brand-strong); font-weight: 600; font-size: 0.875rem; text-transform: uppercase; letter-spacing: 0.06em; margin-bottom: 0.25rem; }

.layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); align-items: start; }
@media (min-width: 56rem) { .layout { grid-template-columns: minmax(0, 1fr) 20rem; } }
.aside { background: var(--surface-2); border: 1px solid var(--border); border-radius: var(--radius); padding: 1.5rem; }
.aside h2 { font-size: 1rem; }
.aside p, .aside li { color: var(--muted); font-size: 0.95rem; }

.steps { list-style: none; counter-reset: step; margin: 0 0 1rem; padding: 0; }
.steps li { counter-increment: step; position: relative; padding-inline-start: 2.5rem; margin-bottom: 0.9rem; min-height: 1.75rem; }
.steps li::before {
  content: counter(step); position: absolute; inset-inline-start: 0; top: 0;
  width: 1.75rem; height: 1.75rem; border-radius: 50%; display: grid; place-items: center;
  background: var(--brand-soft); color: var(--brand-strong); font-weight: 700; font-size: 0.875rem;
}

.notice { border-radius: 10px; padding: 0.9rem 1rem; margin: 0 0 1.5rem; border: 1px solid; border-inline-start-width: 5px; }
.notice p:last-child { margin-bottom: 0; }
.notice-warn { background: var(--warn-soft); border-color: var(--warn-border); color: var(--warn-text); }
.notice-error { background: var(--danger-soft); border-color: var(--danger); color: var(--text); }
.notice-info { background: var(--brand-soft); border-color: var(--brand); color: var(--text); }
.notice strong { display: block; margin-bottom: 0.15rem; }

.field { margin: 0 0 1.4rem; }
.field > label, .legend { display: block; font-weight: 600; margin-bottom: 0.2rem; }
.optional { font-weight: 400; color: var(--muted); }
.hint { color: var(--muted); font-size: 0.925rem; margin: 0 0 0.45rem; }
.field-error { color: var(--danger); font-weight: 600; font-size: 0.95rem; margin: 0 0 0.4rem; }
.field-error::before { content: "! "; }
input[type="text"], input[type="email"], select, textarea {
  display: block; width: 100%; font: inherit; color: var(--text); background: var(--surface);
  border: 1.5px solid var(--border-strong); border-radius: 8px; padding: 0.65rem 0.75rem; min-height: 2.9rem;
}
textarea { resize: vertical; min-height: 9rem; }
textarea.mono { font-family: var(--mono); font-size: 0.925rem; min-height: 5rem; }
input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; border-color: var(--focus); }
[aria-invalid="true"] { border-color: var(--danger) !important; border-width: 2px; }
.field.has-error { border-inline-start: 4px solid var(--danger); padding-inline-start: 0.9rem; }
.counter { color: var(--muted); font-size: 0.85rem; margin: 0.3rem 0 0; text-align: end; }
input.medium { max-width: 30rem; }

.choice-card { display: flex; gap: 0.85rem; align-items: flex-start; border: 2px solid var(--brand); background: var(--brand-soft); border-radius: 10px; padding: 1rem; margin: 0 0 1.5rem; }
.choice-card input { width: 1.4rem; height: 1.4rem; margin: 0.15rem 0 0; flex: none; accent-color: var(--brand); }
.choice-card label { font-weight: 600; cursor: pointer; }
.choice-card .hint { margin: 0.15rem 0 0; font-weight: 400; }

.button {
  display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem; font: inherit; font-weight: 650;
  border-radius: 10px; padding: 0.8rem 1.4rem; min-height: 3rem; cursor: pointer; text-decoration: none; border: 2px solid transparent;
}
.button-primary { background: var(--brand); color: var(--on-brand); }
.button-primary:hover { background: var(--brand-strong); }
.button-primary[disabled] { opacity: 0.7; cursor: progress; }
.button-secondary { background: transparent; color: var(--brand-strong); border-color: var(--brand); }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin-top: 0.5rem; }
.fine-print { color: var(--muted); font-size: 0.9rem; margin: 0; }

.error-summary { border: 2px solid var(--danger); background: var(--danger-soft); border-radius: 10px; padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
.error-summary:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.error-summary h2 { font-size: 1.05rem; }
.error-summary ul { margin: 0; padding-inline-start: 1.25rem; }
.error-summary a { color: var(--danger); font-weight: 600; }

.case-box { background: var(--brand-soft); border: 1px solid var(--brand); border-radius: 10px; padding: 1rem 1.25rem; margin: 0 0 1.5rem; text-align: center; }
.case-box .label { color: var(--muted); font-size: 0.95rem; margin: 0; }
.case-number { font-family: var(--mono); font-size: clamp(1.6rem, 1.2rem + 2vw, 2.4rem); font-weight: 700; letter-spacing: 0.08em; margin: 0.2rem 0 0; color: var(--text); direction: ltr; unicode-bidi: isolate; word-break: break-all; }
.case-inline { font-family: var(--mono); font-weight: 700; direction: ltr; unicode-bidi: isolate; }
.status-icon { width: 3rem; height: 3rem; border-radius: 50%; display: grid; place-items: center; margin-bottom: 1rem; }
.status-icon svg { width: 1.6rem; height: 1.6rem; fill: none; stroke: currentColor; stroke-width: 2.5; stroke-linecap: round; stroke-linejoin: round; }
.status-success { background: var(--success-soft); color: var(--success); }
.status-warn { background: var(--warn-soft); color: var(--warn-text); }
.status-info { background: var(--brand-soft); color: var(--brand-strong); }

fieldset { border: 0; margin: 0 0 1.5rem; padding: 0; min-width: 0; }
legend { font-weight: 600; padding: 0; margin-bottom: 0.5rem; font-size: 1.05rem; }
.options { display: grid; gap: 0.75rem; }
@media (min-width: 36rem) { .options { grid-template-columns: 1fr 1fr; } }
.option { position: relative; }
.option input, .scale input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.option label {
  display: flex; align-items: center; gap: 0.75rem; border: 1.5px solid var(--border-strong); border-radius: 10px;
  padding: 0.9rem 1rem; cursor: pointer; font-weight: 600; background: var(--surface);
}
.option label::before { content: ""; width: 1.25rem; height: 1.25rem; border-radius: 50%; border: 2px solid var(--border-strong); flex: none; background: var(--surface); }
.option input:checked + label { border-color: var(--brand); background: var(--brand-soft); }
.option input:checked + label::before { border-color: var(--brand); background: var(--brand); box-shadow: inset 0 0 0 3px var(--surface); }
.option input:focus-visible + label, .scale input:focus-visible + label { outline: 3px solid var(--focus); outline-offset: 2px; }
.scale { display: flex; gap: 0.5rem; flex-wrap: wrap; }
.scale label {
  display: grid; place-items: center; min-width: 3rem; height: 3rem; border: 1.5px solid var(--border-strong); border-radius: 10px;
  font-weight: 700; font-size: 1.1rem; cursor: pointer; background: var(--surface);
}
.scale input:checked + label { background: var(--brand); border-color: var(--brand); color: var(--on-brand); }
.scale-ends { display: flex; justify-content: space-between; max-width: 17.5rem; color: var(--muted); font-size: 0.875rem; margin-top: 0.35rem; }

.site-footer { color: var(--muted); font-size: 0.9rem; padding-bottom: 2.5rem; }
.site-footer p { margin: 0 0 0.35rem; }
@media (prefers-reduced-motion: no-preference) {
  .button, .option label, .scale label { transition: background-color 120ms ease, border-color 120ms ease; }
}
@media print {
  .site-header, .site-footer, .skip-link, .aside { display: none; }
  body { background: #fff; }
  .card { box-shadow: none; border: 0; }
}
`;

const BRAND_MARK = `<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect class="brand-mark-bg" width="32" height="32" rx="9"/><path class="brand-mark-fg" d="M9 16.5l4.5 4.5L23 11.5"/></svg>`;

/** A data: favicon, allowed by the CSP's img-src, so the browser does not ask for /favicon.ico. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="9" fill="#0f5f5a"/><path d="M9 16.5l4.5 4.5L23 11.5" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}`;

export interface PageChrome {
  readonly skipToContent: string;
  readonly tagline: string;
  readonly footer: readonly string[];
}

export interface PageDocumentInput {
  readonly language: SupportedLanguage;
  /** Plain text; escaped here. The product name is appended. */
  readonly title: string;
  readonly nonce: string;
  /** Link target of the brand mark. @default "/" */
  readonly homeHref?: string;
  /** Trusted HTML, built by the caller with every value escaped. */
  readonly main: string;
  readonly chrome: PageChrome;
  /** Extra class on <main>, e.g. "layout" or "narrow". */
  readonly mainClass?: string;
  /** Inline script body; emitted with the nonce. */
  readonly script?: string;
  /**
   * Data the script reads, as `<script type="application/json" id="…">` before
   * it: parsed as JSON by the script, never run, and escaped so no value can
   * end the element.
   */
  readonly scriptData?: { readonly id: string; readonly value: unknown };
}

/** JSON that cannot end a <script> element or open an HTML comment, and is valid JS and JSON alike. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Icons for status pages: a tick, an exclamation, a clock. */
export const STATUS_ICONS = {
  success: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12.5l4.5 4.5L19 7.5"/></svg>',
  warn: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 7v6"/><path d="M12 17h.01"/></svg>',
  info: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/></svg>',
} as const;

/** The page's data block and script, each with the nonce (already escaped). */
function scriptElements(input: PageDocumentInput, nonce: string): string {
  const elements: string[] = [];
  if (input.scriptData)
    elements.push(`<script type="application/json" id="${escapeHtml(input.scriptData.id)}" nonce="${nonce}">${jsonForScript(input.scriptData.value)}</script>`);
  if (input.script) elements.push(`<script nonce="${nonce}">${input.script}</script>`);
  return elements.map((e) => `\n${e}`).join('');
}

export function pageDocument(input: PageDocumentInput): string {
  const nonce = escapeHtml(input.nonce);
  const dir = textDirection(input.language);
  const footer = input.chrome.footer.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const script = scriptElements(input, nonce);
  return `<!DOCTYPE html>
<html lang="${input.language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${escapeHtml(input.title)} · ${PRODUCT_NAME}</title>
<link rel="icon" href="${escapeHtml(FAVICON)}">
<style nonce="${nonce}">${THEME_CSS}</style>
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(input.chrome.skipToContent)}</a>
<header class="site-header"><div class="container">
<a class="brand" href="${escapeHtml(input.homeHref ?? '/')}">${BRAND_MARK}<span>${PRODUCT_NAME}</span></a>
<span class="tagline">${escapeHtml(input.chrome.tagline)}</span>
</div></header>
<main id="main" class="container${input.mainClass ? ` ${escapeHtml(input.mainClass)}` : ''}" tabindex="-1">
${input.main}
</main>
<footer class="site-footer container${input.mainClass === 'narrow' ? ' narrow' : ''}">${footer}</footer>${script}
</body>
</html>
`;
}
