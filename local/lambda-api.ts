// A stand-in of Lambda's Invoke API (POST /2015-03-31/functions/{name}/invocations, the REST-JSON
// protocol @aws-sdk/client-lambda speaks) in front of the local runtime, so tools such as the
// email redrive invoke local functions exactly as they invoke deployed ones. RequestResponse
// waits for the result; Event runs the function as Lambda runs async events (retries, then the
// on-failure destination); DryRun only checks the function exists.
import { createServer, type Server } from 'node:http';
import type { AsyncInvoker } from './async-invocation';
import { listen, readBody, sendJson } from './http-util';
import type { InvokeResult } from './lambda-runtime';

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

export async function startLambdaApi(opts: {
  readonly port: number;
  readonly exists: (nameOrArn: string) => boolean;
  readonly invoke: (nameOrArn: string, event: unknown) => Promise<InvokeResult>;
  readonly invokeAsync: AsyncInvoker;
  readonly log: (line: string) => void;
}): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const match = INVOKE_PATH.exec(new URL(req.url ?? '/', 'http://local').pathname);
    if (req.method !== 'POST' || !match) return sendJson(res, 404, { message: 'Only Invoke is served here' });
    const name = decodeURIComponent(match[1]!);
    if (!opts.exists(name)) {
      res.setHeader('x-amzn-errortype', 'ResourceNotFoundException');
      return sendJson(res, 404, { Type: 'User', message: `Function not found: ${name}` });
    }
    let event: unknown;
    try {
      const body = await readBody(req, 6 * 1024 * 1024);
      event = body ? JSON.parse(body) : {};
    } catch {
      res.setHeader('x-amzn-errortype', 'InvalidRequestContentException');
      return sendJson(res, 400, { Type: 'User', message: 'Could not parse request body into json' });
    }
    const type = String(req.headers['x-amz-invocation-type'] ?? 'RequestResponse');
    if (type === 'DryRun') return res.writeHead(204).end();
    if (type === 'Event') {
      void opts.invokeAsync(name, event).catch((e: unknown) => opts.log(`async invocation of ${name} failed: ${(e as Error).name}`));
      return res.writeHead(202).end();
    }
    const result = await opts.invoke(name, event);
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-amz-executed-version': '$LATEST',
      ...(result.FunctionError ? { 'x-amz-function-error': result.FunctionError } : {}),
    });
    res.end(JSON.stringify(result.Payload ?? null));
  });
  const url = (await listen(server, opts.port)).replace('localhost', '127.0.0.1');
  return { server, url };
}
