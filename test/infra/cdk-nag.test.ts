// cdk-nag's AwsSolutions pack over the whole app: no unacknowledged error, and
// every acknowledgement carries a reason.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from '@jest/globals';
import { buildApp } from '../../infra/app';

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged errors', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    buildApp(app);
    let failure = '';
    try {
      app.synth();
    } catch (e) {
      failure = String(e);
    }
    // Synth fails with the list of findings when any error is left.
    expect(failure.match(/AwsSolutions-[A-Z]+\d+(\[[^\]]*\])?/g) ?? []).toEqual([]);
    expect(failure).toBe('');
  });

  it('gives a reason for every acknowledgement', async () => {
    const source = await import('node:fs/promises').then((fs) => fs.readFile(new URL('../../infra/nag-acknowledgements.ts', import.meta.url), 'utf8'));
    // Reasons in either quote style: a formatter picks double quotes for text with an apostrophe.
    const reasons = [...source.matchAll(/ack\(\s*(?:'[^']*'|"[^"]*"|`[^`]*`),\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)].map((m) => (m[1] ?? m[2])!);
    expect(reasons.length).toBeGreaterThanOrEqual(13);
    for (const r of reasons) expect(r.length).toBeGreaterThan(30);
  });
});
