// Local-only: sees every outbound call a Lambda host's invocations make, names
// the ones that change state (a DynamoDB write, a mail, an event, a payout…),
// and lets the fault switch crash an invocation right after its N-th. Loaded
// by lambda-host.cjs before the bundle; functions/ never sees it.
//
// It patches http.request / https.request (the SDK's NodeHttpHandler looks
// them up on the module object) and globalThis.fetch (the ledger and payout
// adapters), and uses AsyncLocalStorage to know which invocation made a
// request: one host runs several invocations at once.
'use strict';
const http = require('node:http');
const https = require('node:https');
const { AsyncLocalStorage } = require('node:async_hooks');

/** JSON-protocol operations (X-Amz-Target) that change state, per service label. */
const STATE_CHANGING_TARGETS = {
  dynamodb: new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']),
  states: new Set(['StartExecution', 'SendTaskSuccess', 'SendTaskFailure', 'StopExecution']),
  events: new Set(['PutEvents']),
  sqs: new Set(['SendMessage', 'SendMessageBatch']),
};

/** The X-Amz-Target prefix names the service even when no endpoint variable does. */
const TARGET_PREFIXES = { DynamoDB_20120810: 'dynamodb', AWSStepFunctions: 'states', AWSEvents: 'events', AmazonSQS: 'sqs' };

/** AWS_ENDPOINT_URL_<SERVICE> suffixes the local stack sets, and the label each service's effects get. */
const ENDPOINT_SERVICES = { DYNAMODB: 'dynamodb', SESV2: 'ses', SES: 'ses', SFN: 'states', EVENTBRIDGE: 'events', SQS: 'sqs', LAMBDA: 'lambda', S3: 's3' };

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function normaliseHost(host) {
  const h = String(host ?? '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return h === 'localhost' || h === '::1' ? '127.0.0.1' : h;
}

function originKey(host, port, protocol) {
  return `${normaliseHost(host)}:${port || (protocol === 'https:' ? 443 : 80)}`;
}

/**
 * Where each service lives for this function: the SDK's endpoint variables,
 * plus the ledger and payout endpoints from the function's own environment.
 * Returns [{origin, basePath, service}].
 */
function endpointsFrom(env) {
  const out = [];
  const add = (url, service) => {
    try {
      const u = new URL(url);
      out.push({ origin: originKey(u.hostname, u.port, u.protocol), basePath: u.pathname.replace(/\/$/, ''), service });
    } catch {
      // Not a URL (a Lambda ARN in lambda mode, or unset): nothing to match here.
    }
  };
  for (const [name, value] of Object.entries(env)) {
    const m = /^AWS_ENDPOINT_URL_(\w+)$/.exec(name);
    if (m && ENDPOINT_SERVICES[m[1]]) add(value, ENDPOINT_SERVICES[m[1]]);
  }
  if (env.LEDGER_TARGET) add(env.LEDGER_TARGET, 'ledger');
  if (env.PAYOUT_TARGET) add(env.PAYOUT_TARGET, 'payout');
  // The longest base path wins when two services share an origin.
  return out.sort((a, b) => b.basePath.length - a.basePath.length);
}

/** The sort key's type tag: 'MSG#' of 'MSG#ack', 'CASE' of 'CASE'. Never a value that could be personal data. */
function keyPrefix(key) {
  const attr = key && (key.SK ?? key.sk ?? key.PK ?? key.pk);
  const value = attr && typeof attr === 'object' ? (attr.S ?? attr.N) : undefined;
  if (typeof value !== 'string') return undefined;
  const hash = value.indexOf('#');
  if (hash >= 0) return value.slice(0, hash + 1);
  return /^[A-Z][A-Z_]*$/.test(value) ? value : undefined;
}

/** Key prefixes of the items a DynamoDB write touches, in request order, e.g. 'CASE+TL#'. */
function dynamoKeyPrefixes(operation, bodyText) {
  let body;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  const keys = [];
  if (operation === 'PutItem') keys.push(body.Item);
  else if (operation === 'UpdateItem' || operation === 'DeleteItem') keys.push(body.Key);
  else if (operation === 'TransactWriteItems') {
    for (const t of body.TransactItems ?? []) keys.push(t.Put?.Item ?? t.Update?.Key ?? t.Delete?.Key);
  } else if (operation === 'BatchWriteItem') {
    for (const requests of Object.values(body.RequestItems ?? {})) for (const r of requests) keys.push(r.PutRequest?.Item ?? r.DeleteRequest?.Key);
  }
  const prefixes = keys.map(keyPrefix).filter(Boolean);
  return prefixes.length ? prefixes.join('+') : undefined;
}

/**
 * What an outbound request is, if it changes state: `{label, needsBody}`;
 * undefined for reads. `label` is a function of the body when `needsBody`.
 */
function classify(endpoints, { host, port, protocol, method, path, target }) {
  const origin = originKey(host, port, protocol);
  const pathname = String(path ?? '/').split('?')[0];
  const endpoint = endpoints.find((e) => e.origin === origin && (pathname === e.basePath || pathname.startsWith(`${e.basePath}/`) || e.basePath === ''));
  const verb = String(method ?? 'GET').toUpperCase();
  const [targetPrefix, operation] = typeof target === 'string' ? target.split('.') : [];
  const service = endpoint?.service ?? TARGET_PREFIXES[targetPrefix];
  switch (service) {
    case 'dynamodb':
      if (!STATE_CHANGING_TARGETS.dynamodb.has(operation)) return undefined;
      return { needsBody: true, label: (body) => [`dynamodb:${operation}`, dynamoKeyPrefixes(operation, body)].filter(Boolean).join(' ') };
    case 'states':
    case 'events':
    case 'sqs':
      return STATE_CHANGING_TARGETS[service].has(operation) ? { label: () => `${service}:${operation}` } : undefined;
    case 'ses':
      return verb === 'POST' && /\/v2\/email\/outbound-emails\/?$/.test(pathname) ? { label: () => 'ses:SendEmail' } : undefined;
    case 'lambda':
      return verb === 'POST' && /\/functions\/[^/]+\/invocations\/?$/.test(pathname) ? { label: () => 'lambda:Invoke' } : undefined;
    case 's3':
      if (verb === 'PUT') return { label: () => 's3:PutObject' };
      if (verb === 'DELETE') return { label: () => 's3:DeleteObject' };
      return verb === 'POST' ? { label: () => 's3:POST' } : undefined;
    case 'ledger':
      // The ledger's lookups are POSTs that read: only anything else would change it.
      return MUTATING_METHODS.has(verb) && !/\/lookup\/?$/.test(pathname) ? { label: () => `ledger:${verb}` } : undefined;
    case 'payout':
      return MUTATING_METHODS.has(verb) ? { label: () => `payout:${verb}` } : undefined;
    default:
      return undefined;
  }
}

/** One invocation's view of its outbound calls. */
class InvocationEffects {
  /**
   * @param {{afterEffect?: number, onEffect?: (label: string) => void}} opts
   */
  constructor(opts = {}) {
    this.afterEffect = opts.afterEffect;
    this.onEffect = opts.onEffect ?? (() => {});
    /** @type {string[]} */
    this.effects = [];
    /** Set once the invocation is as good as crashed: every later request fails. */
    this.doomed = undefined;
  }

  record(label) {
    this.effects.push(label);
    this.onEffect(label);
    if (!this.doomed && this.afterEffect && this.effects.length === this.afterEffect) {
      this.doomed = { reason: `Injected fault after effect ${this.afterEffect} (${label})` };
    }
  }

  /** The sandbox is gone (timed out): nothing it does from now on reaches anyone. */
  doom(reason) {
    this.doomed ??= { reason };
  }
}

const current = new AsyncLocalStorage();

function socketError(inv) {
  return Object.assign(new Error(`socket hang up (${inv.doomed.reason})`), { code: 'ECONNRESET' });
}

/** Reads host/port/method/path of http.request's (url?, options?, callback?) arguments. */
function requestTarget(args, defaultProtocol) {
  const [first, second] = args;
  const fromUrl = typeof first === 'string' || first instanceof URL ? new URL(first) : undefined;
  const opts = fromUrl ? (typeof second === 'object' && second ? second : {}) : (first ?? {});
  const protocol = opts.protocol ?? fromUrl?.protocol ?? defaultProtocol;
  return {
    host: opts.hostname ?? opts.host?.replace(/:\d+$/, '') ?? fromUrl?.hostname ?? 'localhost',
    port: opts.port ?? fromUrl?.port,
    protocol,
    method: opts.method ?? 'GET',
    path: opts.path ?? (fromUrl ? fromUrl.pathname + fromUrl.search : '/'),
  };
}

function wrapRequest(mod, defaultProtocol, endpoints) {
  const original = mod.request;
  mod.request = function request(...args) {
    const inv = current.getStore();
    const req = original.apply(this, args);
    if (!inv) return req;
    if (inv.doomed) {
      // Destroyed before it has a socket: not a byte of it leaves the host.
      req.destroy(socketError(inv));
      return req;
    }
    const where = requestTarget(args, defaultProtocol);
    const effect = classify(endpoints, { ...where, target: req.getHeader('x-amz-target') });
    if (!effect) return req;
    const chunks = [];
    if (effect.needsBody) {
      for (const name of ['write', 'end']) {
        const method = req[name];
        req[name] = function (chunk, ...rest) {
          if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
          return method.call(this, chunk, ...rest);
        };
      }
    }
    // The effect is done once the service has answered it with success; a refusal changed nothing.
    req.once('response', (res) => {
      if (res.statusCode >= 200 && res.statusCode < 300) inv.record(effect.label(Buffer.concat(chunks).toString('utf8')));
    });
    return req;
  };
}

function wrapFetch(endpoints) {
  const original = globalThis.fetch;
  if (typeof original !== 'function') return;
  globalThis.fetch = async function fetch(input, init) {
    const inv = current.getStore();
    if (!inv) return original(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (inv.doomed) throw new TypeError('fetch failed', { cause: socketError(inv) });
    const effect = classify(endpoints, { host: url.hostname, port: url.port, protocol: url.protocol, method, path: url.pathname });
    const res = await original(input, init);
    if (effect && res.ok) inv.record(effect.label(''));
    return res;
  };
}

/** Patches this process's outbound HTTP once, with the endpoints of its environment. */
function installEffectTracking(env = process.env) {
  const endpoints = endpointsFrom(env);
  wrapRequest(http, 'http:', endpoints);
  wrapRequest(https, 'https:', endpoints);
  wrapFetch(endpoints);
}

/** Runs fn as one invocation: every outbound call it makes, however deep, is attributed to `effects`. */
function runInvocation(effects, fn) {
  return current.run(effects, fn);
}

module.exports = { installEffectTracking, runInvocation, InvocationEffects, classify, endpointsFrom };
