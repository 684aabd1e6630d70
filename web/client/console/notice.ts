// The console's one notice line: what happened after an action, or what went wrong.
import { byId } from '../dom';
import { messageOf, type ApiResult } from '../http';
import { TEXT } from './text';

export type NoticeKind = 'info' | 'success' | 'error';

export function showNotice(text: string, kind: NoticeKind): void {
  const notice = byId('notice');
  notice.setAttribute('class', `notice notice-${kind}`);
  notice.textContent = text;
  if (kind === 'error') notice.focus();
}

export function clearNotice(): void {
  const notice = byId('notice');
  notice.removeAttribute('class');
  notice.textContent = '';
}

/** A failed request as a sentence: `what` names what could not be done. */
export function showFailure(result: ApiResult, what: string): void {
  if (result.status === 0) return showNotice(TEXT.unreachable, 'error');
  if (result.status === 403) return showNotice(messageOf(result, TEXT.forbidden), 'error');
  if (result.status === 409) return showNotice(messageOf(result, TEXT.conflict), 'error');
  if (result.status === 404) return showNotice(`${what}: not found.`, 'error');
  showNotice(`${what}. ${result.status >= 500 ? TEXT.serverError : messageOf(result, TEXT.serverError)}`, 'error');
}
