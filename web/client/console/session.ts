// Signing in with Cognito (USER_PASSWORD_AUTH), keeping the ID token in
// sessionStorage only, and calling the staff API with it. A reply that
// arrives after a sign-out, or for an earlier session, is dropped.
import type { ConsoleConfig } from '../../console-config';
import { button, byId, input, setBusy, str } from '../dom';
import { readJson, type ApiResult, type JsonBody } from '../http';
import { TEXT } from './text';

const TOKEN_KEY = 'redress.console.idToken';

export type Claims = Readonly<Record<string, unknown>>;

interface Session {
  readonly token: string;
  readonly claims: Claims;
}

let session: Session | null = null;
// Bumped on sign-in and sign-out: a reply to a request from an earlier session is dropped.
let generation = 0;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The ID token's claims. Not verified here: the API's authorizer does that on every call. */
export function decodeClaims(token: string): Claims | null {
  const part = token.split('.')[1];
  if (!part) return null;
  let b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  while (b64.length % 4) b64 += '=';
  try {
    const binary = atob(b64);
    const text = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(text);
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Claims) : null;
  } catch {
    return null;
  }
}

const isExpired = (claims: Claims) => typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now();

function groupsOf(claims: Claims): string[] {
  const groups = claims['cognito:groups'];
  return Array.isArray(groups) ? groups.map(String) : [];
}

export function canDecide(): boolean {
  const groups = session ? groupsOf(session.claims) : [];
  return groups.includes('supervisor') || groups.includes('admin');
}

/** The name the staff API records this person under (staff-api.ts actorOf). */
export function username(): string {
  const claims = session?.claims ?? {};
  return str(claims['cognito:username'] || claims.email || claims.sub);
}

export interface SessionHooks {
  /** Show the signed-in console and load the queue. */
  readonly started: () => void;
  /** Forget everything shown: case details are personal data. */
  readonly ended: () => void;
}

export class SessionControl {
  private signingIn = false;

  constructor(
    private readonly config: ConsoleConfig,
    private readonly hooks: SessionHooks,
  ) {}

  /** Resumes a session kept in this tab, or shows the sign-in form. */
  start(): void {
    const form = byId('signin-form') as HTMLFormElement;
    form.noValidate = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.signIn();
    });
    byId('signout').addEventListener('click', () => this.end(null));

    const store = storage();
    const saved = store?.getItem(TOKEN_KEY) ?? null;
    const claims = saved ? decodeClaims(saved) : null;
    if (saved && claims && !isExpired(claims)) return this.begin(saved, claims);
    if (saved) store?.removeItem(TOKEN_KEY);
    this.showSignin(saved ? TEXT.expired : null, 'info');
  }

  /**
   * Resolves to the API's answer (status 0 when it could not be reached), or
   * to null when the session ended (a 401, or a sign-out while waiting): the
   * caller then has nothing left to show.
   */
  async api(method: 'GET' | 'POST', path: string, payload?: unknown): Promise<ApiResult | null> {
    if (!session) return null;
    if (isExpired(session.claims)) {
      this.end(TEXT.expired);
      return null;
    }
    const asked = generation;
    const headers: Record<string, string> = { Authorization: session.token, Accept: 'application/json' };
    const init: RequestInit = { method, headers };
    if (payload !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(payload);
    }
    let result: ApiResult;
    try {
      result = await window.fetch(this.config.apiBase + path, init).then(readJson);
    } catch {
      return asked === generation ? { status: 0, body: null } : null;
    }
    if (asked !== generation) return null;
    if (result.status === 401) {
      this.end(TEXT.expired);
      return null;
    }
    return result;
  }

  private showSignin(message: string | null, kind: 'info' | 'error' = 'error'): void {
    byId('app').hidden = true;
    byId('signin').hidden = false;
    const box = byId('signin-message');
    box.hidden = !message;
    box.textContent = message ?? '';
    if (message) box.setAttribute('class', `notice notice-${kind}`);
    input('signin-username').focus();
  }

  private begin(token: string, claims: Claims): void {
    generation++;
    session = { token, claims };
    storage()?.setItem(TOKEN_KEY, token);
    const groups = groupsOf(claims);
    byId('who-name').textContent = str(claims.email || claims['cognito:username'] || claims.username || claims.sub);
    byId('who-groups').textContent = groups.length ? `(${groups.join(', ')})` : '(in no staff group: ask an admin to add you to one)';
    byId('signin').hidden = true;
    byId('signin-message').hidden = true;
    byId('app').hidden = false;
    this.hooks.started();
  }

  /** Forgets the token and everything shown with it. */
  end(message: string | null): void {
    generation++;
    session = null;
    storage()?.removeItem(TOKEN_KEY);
    byId('who-name').textContent = '';
    byId('who-groups').textContent = '';
    this.hooks.ended();
    this.showSignin(message, 'info');
  }

  private signIn(): void {
    if (this.signingIn) return;
    const name = input('signin-username').value.trim();
    const password = input('signin-password').value;
    if (!name || !password) return this.showSignin(TEXT.signinMissing);
    const submit = button('signin-submit');
    this.signingIn = true;
    setBusy(submit, true, TEXT.signingIn);
    const done = () => {
      this.signingIn = false;
      setBusy(submit, false);
    };
    window
      .fetch(this.config.cognito.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
        body: JSON.stringify({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: this.config.cognito.clientId,
          AuthParameters: { USERNAME: name, PASSWORD: password },
        }),
      })
      .then(readJson)
      .then(
        (result) => {
          done();
          this.signedIn(result);
        },
        () => {
          done();
          this.showSignin(TEXT.signinUnreachable);
        },
      );
  }

  private signedIn(result: ApiResult): void {
    const body: JsonBody = result.body ?? {};
    const auth = body.AuthenticationResult as { IdToken?: unknown } | undefined;
    input('signin-password').value = '';
    if (result.status === 200 && typeof auth?.IdToken === 'string') {
      const claims = decodeClaims(auth.IdToken);
      return claims ? this.begin(auth.IdToken, claims) : this.showSignin(TEXT.signinFailed);
    }
    if (result.status === 200 && body.ChallengeName) {
      return this.showSignin(body.ChallengeName === 'NEW_PASSWORD_REQUIRED' ? TEXT.newPassword : `${TEXT.otherChallenge} (${str(body.ChallengeName)})`);
    }
    if (result.status === 400) {
      // Cognito's __type is "NotAuthorizedException" or "com.amazonaws...#NotAuthorizedException".
      const type = str(body.__type).split('#').pop();
      const message = str(body.message);
      if (type === 'NotAuthorizedException' && /attempts exceeded/i.test(message)) return this.showSignin(TEXT.tooManyAttempts);
      if (type === 'NotAuthorizedException' || type === 'UserNotFoundException') return this.showSignin(TEXT.wrongCredentials);
      return this.showSignin(message || TEXT.signinFailed);
    }
    this.showSignin(TEXT.signinFailed);
  }
}
