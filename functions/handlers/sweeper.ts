// Scheduled Lambda adapter for the sweeper (EventBridge rule, every few minutes).
import { systemClock } from '../domain/ports';
import { sweepCases } from '../domain/use-cases/sweep-cases';
import { config, stepDeps, workflow } from './shared/composition';
import { instrumented, logger } from './shared/powertools';

async function sweep(): Promise<{ started: number; flagged: number }> {
  const result = await sweepCases({ ...stepDeps(), clock: systemClock, workflow: workflow(), warn: (m, f) => logger.warn(m, f) }, config().sweeper);
  if (result.started.length || result.flagged.length) logger.info('sweep', { started: result.started, flagged: result.flagged });
  return { started: result.started.length, flagged: result.flagged.length };
}

export const handler = instrumented(sweep);
