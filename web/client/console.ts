// The staff console's script: sign-in with Cognito, the queue of cases waiting
// on a person, one case with the action that fits it. The page (web/console.ts)
// renders the markup and a JSON config block: the Cognito client, the API's
// base path, and the staff API's limits from its zod schemas.
import { CONSOLE_CONFIG_ID, type ConsoleConfig } from '../console-config';
import { byId } from './dom';
import { CaseActions } from './console/actions';
import { CaseView } from './console/case-view';
import type { Navigation } from './console/navigation';
import { clearNotice } from './console/notice';
import { Queue } from './console/queue';
import { SessionControl } from './console/session';

function readConfig(): ConsoleConfig {
  return JSON.parse(byId(CONSOLE_CONFIG_ID).textContent ?? '') as ConsoleConfig;
}

function start(): void {
  const config = readConfig();
  const nav: Navigation = {
    api: (method, path, payload) => session.api(method, path, payload),
    showQueue: () => {
      caseView.close();
      byId('queue-view').hidden = false;
    },
    loadQueue: () => queue.load(),
    openCase: (caseId) => caseView.open(caseId),
  };
  const session = new SessionControl(config, {
    started: () => {
      clearNotice();
      nav.showQueue();
      queue.load();
    },
    ended: () => {
      queue.reset();
      nav.showQueue();
      clearNotice();
    },
  });
  const queue = new Queue(nav);
  const caseView = new CaseView(config, nav, new CaseActions(config, nav));
  byId('needs-script').hidden = true;
  session.start();
}

start();
