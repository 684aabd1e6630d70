// Field errors in place, for every form on the pages: each message next to its
// field (aria-invalid, aria-describedby, the field's error line) and all of
// them in an error summary that links to the fields and takes the focus.
// The same code shows the script's own checks and the API's 400 answers.
import { byId, clear, describedBy, el, str } from './dom';
import type { FieldErrors } from './http';

export interface ErrorField {
  /** The control a summary link focuses. */
  readonly input: string;
  /** The element the message goes in. */
  readonly error: string;
  /** The field's wrapper, marked `has-error`. */
  readonly wrap: string;
  /** A group (fieldset) error: the control itself is not marked invalid. */
  readonly group: boolean;
}

/** A field named the usual way: `<input>`, `<input>-error`, `field-<input>`. */
export function errorField(input: string, error = `${input}-error`, wrap = `field-${input}`, group = false): ErrorField {
  return { input, error, wrap, group };
}

export interface ErrorForm {
  /** The error summary box and its list. */
  readonly box: string;
  readonly list: string;
  /** By the field names the API uses, e.g. `summary` or `compensation.amount`. */
  readonly fields: Readonly<Record<string, ErrorField>>;
}

const find = (id: string): HTMLElement | null => document.getElementById(id);

export function clearErrors(form: ErrorForm): void {
  byId(form.box).hidden = true;
  clear(byId(form.list));
  for (const f of Object.values(form.fields)) {
    const input = find(f.input);
    const error = find(f.error);
    const wrap = find(f.wrap);
    if (error) {
      error.hidden = true;
      error.textContent = '';
    }
    if (input) {
      input.removeAttribute('aria-invalid');
      describedBy(input, f.error, false);
    }
    wrap?.classList.remove('has-error');
  }
}

/** "compensation.amount", "compensation[amount]" or "lines.2" to the form's field, if it has one. */
export function fieldFor(form: ErrorForm, key: string): ErrorField | undefined {
  const has = (k: string | undefined): k is string => k !== undefined && Object.hasOwn(form.fields, k);
  const parts = key
    .replace(/\[(\w+)\]/g, '.$1')
    .split(/[.,/]/)
    .filter(Boolean);
  for (let n = parts.length; n > 0; n--) {
    const joined = parts.slice(0, n).join('.');
    if (has(joined)) return form.fields[joined];
  }
  const last = parts[parts.length - 1];
  return has(last) ? form.fields[last] : undefined;
}

/** Shows each field's messages in place and in the summary, which takes the focus; `fallback` when none had any. */
export function showErrors(form: ErrorForm, errors: FieldErrors, fallback: string): void {
  const listNode = byId(form.list);
  let shown = 0;
  for (const [key, raw] of Object.entries(errors)) {
    const messages = raw.map(str).filter(Boolean);
    if (!messages.length) continue;
    const text = messages.join(' ');
    const f = fieldFor(form, key);
    const input = f ? find(f.input) : null;
    const li = el('li');
    if (f && input) {
      const error = find(f.error);
      if (error) {
        // Two keys can land on one field (amount and compensation.amount): keep both messages.
        error.textContent = error.hidden ? text : `${error.textContent ?? ''} ${text}`;
        error.hidden = false;
      }
      if (!f.group) {
        input.setAttribute('aria-invalid', 'true');
        describedBy(input, f.error, true);
      }
      find(f.wrap)?.classList.add('has-error');
      const link = el('a', null, text);
      link.setAttribute('href', `#${f.input}`);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.focus();
      });
      li.appendChild(link);
    } else {
      li.textContent = text;
    }
    listNode.appendChild(li);
    shown++;
  }
  if (!shown) listNode.appendChild(el('li', null, fallback));
  const box = byId(form.box);
  box.hidden = false;
  box.focus();
}
