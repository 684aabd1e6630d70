// Per-project test timeouts (jest ignores `testTimeout` inside `projects`): unit suites get 30 s.
import { jest } from '@jest/globals';

jest.setTimeout(30_000);
