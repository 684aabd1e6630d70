// A new case as intake stores it, for tests that need one in the case store.
import type { NewCase } from '../../functions/domain/ports';

export function newCase(caseId: string, createdAt: string, over: Partial<NewCase> = {}): NewCase {
  return {
    caseId,
    channel: 'web',
    contact: { name: 'Alice Example', email: 'alice@example.com' },
    language: 'en',
    description: 'My withdrawal failed and the fee was kept.',
    transactionRefs: [],
    wantsHuman: false,
    redactedSecrets: [],
    createdAt,
    ...over,
  };
}
