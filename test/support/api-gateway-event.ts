// REST API proxy events as API Gateway hands them to a function (and as
// local/api-gateway.ts builds them), and a Lambda context, for tests that call
// the HTTP handlers directly.
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';

export interface ProxyRequest {
  readonly method: string;
  /** The resource as the API defines it: `/api/cases/{caseId}`. */
  readonly resource: string;
  readonly pathParameters?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
  /** The Cognito authorizer's claims; API Gateway passes them as strings. */
  readonly claims?: Record<string, string>;
  /** The stage or a custom domain's base path, which `path` carries and `resource` does not. */
  readonly basePath?: string;
}

export function proxyEvent(request: ProxyRequest): APIGatewayProxyEvent {
  const params = request.pathParameters ?? {};
  const path = (request.basePath ?? '') + request.resource.replace(/\{(\w+)\+?\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const headers = request.headers ?? {};
  return {
    resource: request.resource,
    path,
    httpMethod: request.method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: request.pathParameters ?? null,
    stageVariables: null,
    body: request.body ?? null,
    isBase64Encoded: request.isBase64Encoded ?? false,
    requestContext: {
      resourcePath: request.resource,
      httpMethod: request.method,
      path,
      stage: 'test',
      requestId: 'req-1',
      requestTimeEpoch: 0,
      identity: { sourceIp: '203.0.113.7', userAgent: 'jest' },
      ...(request.claims ? { authorizer: { claims: request.claims } } : {}),
    },
  } as unknown as APIGatewayProxyEvent;
}

export function lambdaContext(functionName = 'test-fn'): Context {
  return {
    awsRequestId: 'aws-req-1',
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'stream',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Response headers, for assertions: names as sent (the edge sends them in lower case). */
export const headersOf = (result: APIGatewayProxyResult): Record<string, string> =>
  Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)]));

export const bodyOf = (result: APIGatewayProxyResult): Record<string, unknown> => JSON.parse(result.body) as Record<string, unknown>;
