// Port 3000: API Gateway's REST proxy integration, locally. Routes come from
// the synthesized template (resources, methods, integrations), each request is
// turned into the same proxy event API Gateway sends, and the function's
// answer back into HTTP. Local-only helpers live under /_local.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { LocalRoute } from './cloud-assembly';
import { listen, readBody, sendJson } from './http-util';
import type { LambdaRuntime } from './lambda-runtime';

export type LocalHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

interface CompiledRoute extends LocalRoute {
  pattern: RegExp;
  params: string[];
}

function compile(route: LocalRoute): CompiledRoute {
  const params: string[] = [];
  const pattern = new RegExp(
    '^' +
      route.resource.replace(/\{([^}+]+)\+?\}|[^{]+/g, (part, name?: string) => {
        if (name) {
          params.push(name);
          return '([^/]+)';
        }
        return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      }) +
      '/?$',
  );
  return { ...route, pattern, params };
}

/** Verifies a token the way API Gateway's Cognito authorizer does; undefined when it is not valid. */
export type TokenVerifier = (token: string) => Promise<Record<string, unknown> | undefined>;

/** API Gateway hands claims to the function as strings; groups as "a,b". */
function authorizerClaims(payload: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
}

export async function startApiGateway(opts: {
  port: number;
  routes: LocalRoute[];
  lambdas: LambdaRuntime;
  verifyToken: TokenVerifier;
  local?: LocalHandler;
  log?: (l: string) => void;
}): Promise<{ server: Server; url: string }> {
  const routes = opts.routes.map(compile);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname.startsWith('/_local') && opts.local && (await opts.local(req, res, url))) return;
      const candidates = routes.filter((r) => r.pattern.test(url.pathname));
      if (candidates.length === 0) return sendJson(res, 404, { message: 'Missing Authentication Token' });
      const route = candidates.find((r) => r.method === req.method || r.method === 'ANY');
      if (!route) return sendJson(res, 405, { message: 'Method not allowed' });
      let claims: Record<string, string> | undefined;
      if (route.authorizationType === 'COGNITO_USER_POOLS') {
        const token = req.headers.authorization;
        const payload = token ? await opts.verifyToken(token) : undefined;
        if (!payload) return sendJson(res, 401, { message: 'Unauthorized' });
        claims = authorizerClaims(payload);
      }
      const match = route.pattern.exec(url.pathname)!;
      const pathParameters = Object.fromEntries(route.params.map((p, i) => [p, decodeURIComponent(match[i + 1]!)]));
      const body = await readBody(req, 10 * 1024 * 1024);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const query = Object.fromEntries(url.searchParams);
      const event = {
        resource: route.resource,
        path: url.pathname,
        httpMethod: req.method,
        headers,
        multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
        queryStringParameters: Object.keys(query).length ? query : null,
        multiValueQueryStringParameters: null,
        pathParameters: route.params.length ? pathParameters : null,
        stageVariables: null,
        body: body.length ? body : null,
        isBase64Encoded: false,
        requestContext: {
          resourcePath: route.resource,
          httpMethod: req.method,
          path: url.pathname,
          stage: 'local',
          requestId: randomUUID(),
          requestTimeEpoch: Date.now(),
          identity: { sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? null },
          ...(claims ? { authorizer: { claims } } : {}),
        },
      };
      const out = await opts.lambdas.invoke(route.functionName, event);
      if (out.FunctionError) {
        const p = out.Payload as { errorType?: string };
        opts.log?.(`${route.method} ${route.resource} → ${route.functionName} failed: ${p?.errorType ?? 'error'}`);
        return sendJson(res, 502, { message: 'Internal server error' });
      }
      const result = out.Payload as { statusCode: number; headers?: Record<string, string>; body?: string; isBase64Encoded?: boolean };
      res.writeHead(result.statusCode, result.headers ?? {});
      res.end(result.body ? (result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body) : undefined);
    } catch (e) {
      opts.log?.(`api error: ${(e as Error).message}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal server error' });
    }
  });
  return { server, url: await listen(server, opts.port) };
}
