// Synthesizes the CDK app once before the suites that start local stacks, so
// they do not race to rebuild cdk.out.
import { resolve } from 'node:path';
import { synthesize } from '../local/local-stack';

export default function setup(): void {
  synthesize(resolve(__dirname, '..'), (line) => console.log(`[global-setup] ${line}`));
}
