// Per-project test timeouts (jest ignores `testTimeout` inside `projects`): an end-to-end suite
// starts a whole local stack in its beforeAll, which can take minutes on a busy machine.
import { jest } from '@jest/globals';

jest.setTimeout(240_000);
