// The AWS JSON 1.0 wire protocol: `POST /` with `X-Amz-Target:
// AWSStepFunctions.<Operation>`; errors are HTTP 400 with a `__type` the SDK
// maps onto its exception classes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { OPERATIONS } from './api';
import type { StepFunctionsEngine } from './engine';
import { StepFunctionsApiError } from './errors';

const TARGET_PREFIX = 'AWSStepFunctions.';
const ERROR_NAMESPACE = 'com.amazonaws.sfn#';
const CONTENT_TYPE = 'application/x-amz-json-1.0';
/** Inputs and outputs are at most 256 KiB; leave room for the JSON around them. */
const MAX_BODY_BYTES = 1024 * 1024;

export function createApiServer(engine: StepFunctionsEngine, log: (msg: string) => void): Server {
  return createServer((req, res) => {
    readBody(req)
      .then((body) => respond(res, 200, dispatch(engine, req.headers['x-amz-target'], body)))
      .catch((error: unknown) => {
        if (error instanceof StepFunctionsApiError) return respond(res, 400, { __type: `${ERROR_NAMESPACE}${error.code}`, message: error.message });
        log(`stepfunctions: internal error: ${(error as Error).name}: ${(error as Error).message}`);
        respond(res, 500, { __type: `${ERROR_NAMESPACE}InternalFailure`, message: 'Internal failure' });
      });
  });
}

function dispatch(engine: StepFunctionsEngine, target: string | string[] | undefined, body: string): unknown {
  const name = typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
  const operation = name !== undefined && Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined;
  if (!operation) throw new StepFunctionsApiError('UnknownOperationException', `Operation not supported locally: ${String(target)}`);
  let request: unknown;
  try {
    request = body === '' ? {} : JSON.parse(body);
  } catch {
    throw new StepFunctionsApiError('SerializationException', 'Request body is not JSON');
  }
  return operation(engine, request);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new StepFunctionsApiError('ValidationException', 'Request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function respond(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': CONTENT_TYPE, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
