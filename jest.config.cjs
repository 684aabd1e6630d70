// Jest runs every test under test/. Two projects: the unit suites run in
// parallel; the end-to-end suites each start a whole local stack, so npm test
// runs them on one worker to stay within two cores (package.json "test").
// TypeScript goes through @swc/jest (type checking is `tsc --noEmit`'s job);
// ESM-only packages in node_modules are transformed too.
const ESM_ONLY = [
  '@middy',
  '@scure',
  '@noble',
  'franc-min',
  'trigram-utils',
  'n-gram',
  'collapse-white-space',
  'jose',
  'happy-dom',
  'intl-messageformat',
  '@formatjs',
  'date-holidays',
  'otplib',
  '@otplib',
  'aws-local-stepfunctions',
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: [`node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

module.exports = {
  ...shared,
  globalSetup: '<rootDir>/test/global-setup.ts',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/e2e/'],
      setupFilesAfterEnv: ['<rootDir>/test/support/timeouts.unit.ts'],
    },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'], setupFilesAfterEnv: ['<rootDir>/test/support/timeouts.e2e.ts'] },
  ],
};
