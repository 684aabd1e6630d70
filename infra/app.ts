// The CDK app: a data stack (stateful) and an app stack (stateless).
// `npx cdk synth` needs no AWS account; `npm run deploy` deploys both.
import { App, Tags } from 'aws-cdk-lib';
import { buildClientScripts } from '../web/build-client';
import { loadDeployConfig } from './config';
import { acknowledgeNagFindings } from './nag-acknowledgements';
import { RedressAppStack } from './stacks/app-stack';
import { RedressDataStack } from './stacks/data-stack';

export function buildApp(app = new App()) {
  // The page handlers inline the browser scripts: bundle them before CDK bundles the handlers.
  buildClientScripts();
  const config = loadDeployConfig(app.node.tryGetContext('config'));
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };
  const data = new RedressDataStack(app, 'RedressData', { env, description: 'Redress: case store, key and event bus' });
  const appStack = new RedressAppStack(app, 'RedressApp', {
    env,
    description: 'Redress: workflow, functions and public API',
    table: data.table,
    key: data.key,
    bus: data.bus,
    config,
  });
  Tags.of(app).add('app', 'redress');
  acknowledgeNagFindings(appStack);
  return { app, data, appStack, config };
}

if (require.main === module) buildApp().app.synth();
