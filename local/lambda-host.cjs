// One process per local Lambda function, like a Lambda execution environment:
// it loads the bundle CDK built, with that function's environment, and runs
// invocations sent over IPC. Errors come back as Lambda reports them
// ({errorType, errorMessage}), so Step Functions sees the same error names.
'use strict';
const path = require('node:path');
const { randomUUID } = require('node:crypto');

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

process.on('message', async (msg) => {
  if (msg.type !== 'invoke') return;
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
  try {
    const result = await handlerFn(msg.event, context);
    process.send({ type: 'result', id: msg.id, ok: true, result: result === undefined ? null : result });
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    process.send({ type: 'result', id: msg.id, ok: false, errorType: err.name || 'Error', errorMessage: err.message });
  }
});
// Like a Lambda sandbox, this process lives only as long as its runtime: if `npm start` dies (even kill -9), so do we.
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' });
