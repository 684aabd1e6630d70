// The console's words: messages, and labels for the API's codes.

export const TEXT = {
  expired: 'Your session expired. Please sign in again.',
  wrongCredentials: 'Wrong username or password.',
  tooManyAttempts: 'Too many failed attempts. Wait a few minutes, then try again.',
  newPassword:
    'A password change is required before you can sign in. The console cannot do this yet: ask an admin to set a permanent password for your account, then sign in again.',
  otherChallenge: 'Cognito asks for an extra sign-in step this console does not support yet. Ask an admin to check your account.',
  signinUnreachable: 'We could not reach the sign-in service. Check your connection and try again.',
  signinFailed: 'Sign-in failed. Try again in a moment.',
  signinMissing: 'Enter your username and password.',
  unreachable: 'We could not reach the server. Check your connection and try again.',
  serverError: 'Something went wrong on the server. Try again in a moment.',
  forbidden: 'You do not have access to this.',
  conflict: 'This case changed in the meantime. Refresh the queue and look again.',
  checkForm: 'Please check the form.',
  loading: 'Loading…',
  signingIn: 'Signing in…',
  sending: 'Sending…',
} as const;

/** The queue's groups, in the order they are shown. */
export const STATUS_GROUPS: readonly (readonly [status: string, title: string])[] = [
  ['awaiting_findings', 'Waiting for findings'],
  ['awaiting_decision', 'Waiting for a compensation decision'],
  ['awaiting_payout', 'Waiting for a payout'],
  ['with_supervisor', 'With a supervisor'],
  ['needs_attention', 'Needs attention'],
];

export const PROPOSAL_STATUS: Readonly<Record<string, string>> = {
  proposed: 'Proposed',
  awaiting_decision: 'Waiting for a decision',
  awaiting_second_approval: 'Waiting for a second approval',
  approved: 'Approved',
  approved_lower: 'Approved, lower amount',
  rejected: 'Rejected',
};

export const PAYOUT_STATUS: Readonly<Record<string, string>> = {
  requested: 'Requested',
  pending: 'Pending at the payout service',
  paid: 'Paid',
  failed: 'Failed',
};
