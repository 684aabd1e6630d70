// A local stand-in of Amazon Bedrock's control plane for tests: the two
// catalogue reads the deploy-time model check makes (GetInferenceProfile,
// GetFoundationModel), REST JSON over HTTP/1.1 as the SDK's Bedrock client
// speaks it, answered from a catalogue the test sets. A retired model is
// answered the way Bedrock answers one: 404 ResourceNotFoundException.
// Timestamps are RFC 3339 strings, as Bedrock sends them (the SDK refuses numbers).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StandInModel = { readonly status: 'ACTIVE' | 'LEGACY'; readonly endOfLife?: Date } | 'END_OF_LIFE';

export interface ControlPlaneCatalog {
  /** Inference profile id → the model ARNs it routes to. */
  readonly profiles: Readonly<Record<string, readonly string[]>>;
  /** Foundation model id → its lifecycle, or END_OF_LIFE for one Bedrock has retired. */
  readonly models: Readonly<Record<string, StandInModel>>;
}

export interface ControlPlaneRequest {
  readonly method: string;
  /** Decoded path, e.g. `/foundation-models/anthropic.claude-haiku-4-5-20251001-v1:0`. */
  readonly path: string;
  readonly authorization: string;
}

export interface BedrockControlPlaneStandIn {
  /** For AWS_ENDPOINT_URL_BEDROCK or a client's `endpoint`. */
  readonly endpoint: string;
  readonly requests: readonly ControlPlaneRequest[];
  serve(catalog: ControlPlaneCatalog): void;
  reset(): void;
  close(): Promise<void>;
}

const END_OF_LIFE_MESSAGE = 'This model version has reached the end of its life. Please refer to the AWS documentation for more details.';

export async function startBedrockControlPlaneStandIn(initial: ControlPlaneCatalog): Promise<BedrockControlPlaneStandIn> {
  let catalog = initial;
  const requests: ControlPlaneRequest[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://stand-in').pathname);
    requests.push({ method: req.method ?? '', path, authorization: String(req.headers.authorization ?? '') });
    const profile = /^\/inference-profiles\/(.+)$/.exec(path);
    const model = /^\/foundation-models\/(.+)$/.exec(path);
    if (req.method === 'GET' && profile) {
      const id = profile[1]!.replace(/^arn:[^/]+\/(?=[^/]+$)/, '');
      const models = catalog.profiles[id];
      if (!models) return error(res, 404, 'ResourceNotFoundException', `Inference profile ${id} not found.`);
      return send(res, 200, {
        inferenceProfileId: id,
        inferenceProfileName: id,
        inferenceProfileArn: `arn:aws:bedrock:us-east-1:111122223333:inference-profile/${id}`,
        models: models.map((modelArn) => ({ modelArn })),
        status: 'ACTIVE',
        type: 'SYSTEM_DEFINED',
      });
    }
    if (req.method === 'GET' && model) {
      const id = model[1]!;
      const entry = catalog.models[id];
      if (entry === undefined) return error(res, 400, 'ValidationException', 'The provided model identifier is invalid.');
      if (entry === 'END_OF_LIFE') return error(res, 404, 'ResourceNotFoundException', END_OF_LIFE_MESSAGE);
      return send(res, 200, {
        modelDetails: {
          modelArn: `arn:aws:bedrock:us-east-1::foundation-model/${id}`,
          modelId: id,
          modelName: id,
          providerName: 'Anthropic',
          inputModalities: ['TEXT'],
          outputModalities: ['TEXT'],
          responseStreamingSupported: true,
          inferenceTypesSupported: ['INFERENCE_PROFILE'],
          modelLifecycle: { status: entry.status, ...(entry.endOfLife ? { endOfLifeTime: entry.endOfLife.toISOString() } : {}) },
        },
      });
    }
    return error(res, 404, 'UnknownOperationException', `No route for ${req.method} ${path}`);
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    serve(next) {
      catalog = next;
    },
    reset() {
      requests.length = 0;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

function send(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-requestid': `stand-in-${Date.now()}`,
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  res.end(JSON.stringify(body));
}

function error(res: ServerResponse, status: number, type: string, message: string): void {
  send(res, status, { message }, `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`);
}
