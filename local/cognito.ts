// Staff sign-in, locally: answers Cognito's InitiateAuth (USER_PASSWORD_AUTH)
// for users seeded from a config file and issues ID tokens with the claims
// Cognito would (sub, cognito:username, cognito:groups, email). The local API
// gateway verifies them the way API Gateway's Cognito authorizer does, so the
// console and the staff API run unchanged.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';

interface SeedUser {
  username: string;
  email: string;
  password: string;
  groups: string[];
}

export interface LocalCognito {
  readonly clientId: string;
  handle(body: string, target: string | undefined): Promise<{ status: number; body: unknown }>;
  verify(token: string): Promise<Record<string, unknown> | undefined>;
}

const ISSUER = 'https://cognito-idp.local/redress-staff';

export function loadLocalCognito(opts: { usersFile: string; dataDir: string }): LocalCognito {
  const seed = JSON.parse(readFileSync(opts.usersFile, 'utf8')) as { clientId: string; users: SeedUser[] };
  // The signing key survives restarts, so a signed-in console stays signed in.
  const keyFile = join(opts.dataDir, 'cognito-signing-key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');
  const subOf = (u: SeedUser) => createHash('sha256').update(`local-user:${u.username}`).digest('hex').slice(0, 32);
  const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  const error = (type: string, message: string) => ({ status: 400, body: { __type: type, message } });

  return {
    clientId: seed.clientId,
    async handle(body, target) {
      if (target !== 'AWSCognitoIdentityProviderService.InitiateAuth') return error('InvalidParameterException', `Unsupported operation ${target ?? '(none)'}`);
      let req: { AuthFlow?: string; ClientId?: string; AuthParameters?: Record<string, string> };
      try {
        req = JSON.parse(body);
      } catch {
        return error('InvalidParameterException', 'Body is not JSON');
      }
      if (req.ClientId !== seed.clientId) return error('ResourceNotFoundException', 'User pool client does not exist.');
      if (req.AuthFlow !== 'USER_PASSWORD_AUTH') return error('InvalidParameterException', 'Only USER_PASSWORD_AUTH is supported locally');
      const name = (req.AuthParameters?.USERNAME ?? '').toLowerCase();
      const user = seed.users.find((u) => u.username.toLowerCase() === name || u.email.toLowerCase() === name);
      if (!user || !same(user.password, req.AuthParameters?.PASSWORD ?? '')) return error('NotAuthorizedException', 'Incorrect username or password.');
      const now = Math.floor(Date.now() / 1000);
      const idToken = await new SignJWT({
        email: user.email,
        'cognito:username': user.username,
        'cognito:groups': user.groups,
        token_use: 'id',
        auth_time: now,
      })
        .setProtectedHeader({ alg: 'HS256', kid: 'local' })
        .setSubject(subOf(user))
        .setIssuer(ISSUER)
        .setAudience(seed.clientId)
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(key);
      return {
        status: 200,
        body: { AuthenticationResult: { IdToken: idToken, AccessToken: idToken, ExpiresIn: 3600, TokenType: 'Bearer' }, ChallengeParameters: {} },
      };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token.replace(/^Bearer\s+/i, ''), key, { issuer: ISSUER, audience: seed.clientId });
        return payload as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
  };
}
