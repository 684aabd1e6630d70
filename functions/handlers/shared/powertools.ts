// Powertools singletons, created once per container. Logs carry ids, step
// names and error names — never an event, a request body or a case.
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'redress' });
