// One process per local Lambda function, like a Lambda execution environment:
// it loads the bundle CDK built, with that function's environment, and runs
// invocations sent over IPC. Errors come back as Lambda reports them
// ({errorType, errorMessage}), so Step Functions sees the same error names.
// Each outbound call that changes state is reported as an effect; an
// invocation told `afterEffect: N` crashes (TransientError) right after its N-th.
'use strict';
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { installEffectTracking, runInvocation, InvocationEffects } = require('./side-effects.cjs');

// Before the bundle loads, so every SDK client and fetch it makes goes through the tracking.
installEffectTracking(process.env);

const [bundleDir, handlerSpec] = process.argv.slice(2);
const dot = handlerSpec.lastIndexOf('.');
let handlerFn;
try {
  const mod = require(path.join(bundleDir, handlerSpec.slice(0, dot)));
  handlerFn = mod[handlerSpec.slice(dot + 1)];
  if (typeof handlerFn !== 'function') throw new Error(`Handler ${handlerSpec} is not a function`);
} catch (error) {
  process.send({ type: 'init-error', errorType: error.name || 'Runtime.ImportModuleError', errorMessage: error.message });
  process.exit(1);
}

/** Invocations still running, by id: the runtime may abort one whose time is up. */
const running = new Map();

async function invoke(msg) {
  const deadline = Date.now() + msg.timeoutMs;
  const context = {
    awsRequestId: randomUUID(),
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: '$LATEST',
    invokedFunctionArn: msg.functionArn,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: `/aws/lambda/${process.env.AWS_LAMBDA_FUNCTION_NAME}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    callbackWaitsForEmptyEventLoop: false,
  };
  const effects = new InvocationEffects({ afterEffect: msg.afterEffect, onEffect: (label) => process.send({ type: 'effect', id: msg.id, label }) });
  running.set(msg.id, effects);
  let outcome;
  try {
    const result = await runInvocation(effects, () => handlerFn(msg.event, context));
    outcome = { ok: true, result: result === undefined ? null : result };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    outcome = { ok: false, errorType: err.name || 'Error', errorMessage: err.message };
  } finally {
    running.delete(msg.id);
  }
  // Whatever the handler made of the failed calls after the crash point, the crash is what Lambda reports.
  if (effects.doomed) outcome = { ok: false, errorType: 'TransientError', errorMessage: effects.doomed.reason, injected: true };
  process.send({ type: 'result', id: msg.id, ...outcome });
}

process.on('message', (msg) => {
  if (msg.type === 'invoke') void invoke(msg);
  // On AWS a timed-out sandbox is stopped; here its siblings keep running, so only its own calls are cut off.
  else if (msg.type === 'abort') running.get(msg.id)?.doom(msg.reason);
});
// Like a Lambda sandbox, this process lives only as long as its runtime: if `npm start` dies (even kill -9), so do we.
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' });
