// English: the reference text. Other languages say the same things, in the
// same order, so a change here is a change to make in all of them.
import { agentMessage } from '../agent-message';
import { closedByStaff } from '../closed-by-staff';
import { compensationPaid } from '../compensation-paid';
import { compensationPayoutDelayed } from '../compensation-payout-delayed';
import type { Locale } from '../locale';

const CASE_NUMBER = 'Case number';
/** Said when the decision-maker approved less than was proposed, in the approval and again with the payment. */
const LOWER_AMOUNT =
  'After reviewing your case, the decision-maker approved a lower amount than was first proposed. If you think this is wrong, reply to this email and a person will look at it again.';
const REASON_INTRO = 'The reason:';
/** Where else the customer can go; said on a refusal and when staff close a case. */
const OUTSIDE_HELP =
  'If you are still unhappy, you may also be able to take your complaint to an independent dispute-resolution service or the financial regulator in your country.';
const SECRETS = 'seed phrase (recovery phrase), private key or password';

export const en: Locale = {
  language: 'en',
  categories: {
    account_access: 'Account access',
    withdrawal_or_deposit_delay: 'Withdrawal or deposit delay',
    unauthorized_transaction_or_fraud: 'Unauthorized transaction or fraud',
    identity_verification_kyc: 'Identity verification (KYC)',
    fees_or_pricing: 'Fees or pricing',
    trading_or_order_issue: 'Trading or order issue',
    data_privacy_or_breach: 'Data privacy or breach',
    customer_service_quality: 'Customer service quality',
    other: 'Other',
  },
  timeFrame: {
    hours: (n, plural) => `within ${n} ${plural === 'one' ? 'hour' : 'hours'}`,
    days: (n, plural) => `within ${n} ${plural === 'one' ? 'day' : 'days'}`,
  },
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  signOff: ['Kind regards,', 'The complaints team'],
  footer: (caseNumber) => [
    `Case ${caseNumber}. To reach a person, simply reply to this email.`,
    'We will never ask for your seed phrase, private key or password.',
  ],
  messages: {
    acknowledgement: (v, ctx) => ({
      subject: 'We received your complaint',
      blocks: [
        { type: 'paragraph', text: 'Thank you for getting in touch. We have received your complaint, and a member of our team will look into it personally.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'We will reply', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'heading', text: 'What happens next' },
        {
          type: 'steps',
          items: [
            'We read your complaint and check your account and any transactions you mentioned.',
            `We write to you ${ctx.within(v.timeFrameHours)} with what we found — or, if we need longer, to tell you why and when you will hear from us.`,
            'If we need anything else from you, we will ask by email. You do not need to do anything right now.',
          ],
        },
        {
          type: 'paragraph',
          text: v.talkToPerson
            ? 'You asked to talk to a person, so a member of our team will contact you directly.'
            : 'Would you rather talk to a person? Reply to this email and say so, and a member of our team will pick it up.',
        },
        v.secretsRedacted
          ? {
              type: 'callout',
              tone: 'alert',
              title: 'Important: we removed a secret from your message',
              paragraphs: [
                'Your message appeared to contain a seed phrase, private key or password. We removed it before saving your complaint, so our team will not see it.',
                'If you shared a real one, treat it as compromised: move your funds to a new wallet with a new seed phrase as soon as you can, and change your password.',
                'We will never ask for your seed phrase, private key or password. Never share them with anyone.',
              ],
            }
          : {
              type: 'callout',
              tone: 'warning',
              title: 'Keep your account safe',
              paragraphs: [
                `We will never ask for your ${SECRETS} — not by email, chat or phone. Never share them with anyone, even someone who says they are from our team.`,
              ],
            },
        { type: 'paragraph', text: 'Keep this email: replying to it is the quickest way to reach the person handling your case.' },
      ],
    }),

    resolution: (v, ctx) => ({
      subject: 'What we found about your complaint',
      blocks: [
        { type: 'paragraph', text: 'We have finished looking into your complaint. Here is what we found.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Topic', value: ctx.categoryLabel(v.category) },
          ],
        },
        ...(v.findings.length > 0 ? [{ type: 'english-notes' as const, lines: v.findings }] : []),
        ...(v.evidence.length > 0
          ? [
              {
                type: 'evidence' as const,
                title: 'Transactions we checked',
                hint: 'Each link opens the transaction on a public blockchain explorer.',
                items: v.evidence.map((e) => ({ reference: e.reference, chain: e.chain, url: e.explorerUrl })),
              },
            ]
          : []),
        ...(v.compensationProposed
          ? [
              {
                type: 'paragraph' as const,
                text:
                  v.decisionTimeFrameHours !== undefined
                    ? `We have also proposed compensation for you. A decision-maker will review it, and we will email you the decision ${ctx.within(v.decisionTimeFrameHours)}.`
                    : 'We have also proposed compensation for you. A decision-maker will review it, and we will email you the decision as soon as it is made.',
              },
            ]
          : []),
        { type: 'paragraph', text: 'After that, we will send you one short question to check whether this resolved your complaint.' },
        { type: 'paragraph', text: 'If anything here is unclear or you disagree, reply to this email. A person will read it and answer you.' },
      ],
    }),

    'satisfaction-question': (v, ctx) => ({
      subject: 'Did we resolve your complaint?',
      blocks: [
        { type: 'paragraph', text: 'We wrote to you recently about your complaint, and we would like to know: did we resolve it?' },
        { type: 'action', label: 'Answer the question', url: v.answerUrl, fallback: 'If the button does not work, copy this link into your browser:' },
        { type: 'paragraph', text: 'It takes less than a minute. If the answer is no, a person will pick your case up again.' },
        {
          type: 'paragraph',
          text: `Please answer ${ctx.withinDays(v.respondWithinDays)}. If we have not heard from you by then, we will close the case — you can still reply to this email afterwards, and a person will read it.`,
        },
        { type: 'paragraph', text: 'The link works once and is meant only for you, so please do not forward this email.' },
      ],
    }),

    'compensation-approved': (v) => ({
      subject: 'Your compensation has been approved',
      blocks: [
        { type: 'paragraph', text: 'Good news: we have approved compensation for your complaint.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Amount', value: `${v.amount} ${v.asset}`, ltr: true },
          ],
        },
        ...(v.lowered ? [{ type: 'paragraph' as const, text: LOWER_AMOUNT }] : []),
        { type: 'paragraph', text: 'We will let you know once the payment has been made.' },
        { type: 'paragraph', text: 'After that, we will send you one short question to check whether this resolved your complaint.' },
      ],
    }),

    'compensation-rejected': (v) => ({
      subject: 'Our decision on compensation',
      blocks: [
        { type: 'paragraph', text: 'We have reviewed your case carefully and decided not to offer compensation.' },
        { type: 'english-notes', intro: REASON_INTRO, lines: [v.reason] },
        {
          type: 'paragraph',
          text: 'We know this is not the answer you hoped for. If you disagree, or have information we have not seen, reply to this email and a person will review it.',
        },
        { type: 'paragraph', text: OUTSIDE_HELP },
      ],
    }),

    'compensation-paid': (v) =>
      compensationPaid(v, {
        subject: 'Your compensation has been paid',
        lead: 'We have paid your compensation into your account with us.',
        caseNumberLabel: CASE_NUMBER,
        amountLabel: 'Amount',
        referenceLabel: 'Payment reference',
        lowered: LOWER_AMOUNT,
        question: 'We will soon send you one short question to check whether this resolved your complaint.',
        notArrived: 'If the money does not show in your account within a day, reply to this email and a person will look into it.',
      }),

    'compensation-payout-delayed': (v) =>
      compensationPayoutDelayed(v, {
        subject: 'Your compensation payment is delayed',
        lead: 'We approved compensation for your complaint, but the payment has not gone through yet.',
        caseNumberLabel: CASE_NUMBER,
        approvedAmountLabel: 'Approved amount',
        handling: 'A person on our team is looking into it now and will write to you as soon as the money is in your account.',
        nothingToDo: 'We are sorry for the wait. You do not need to do anything; if you want to talk to a person, reply to this email.',
      }),

    'decision-escalated': (v, ctx) => ({
      subject: 'Your case has gone to a senior colleague',
      blocks: [
        {
          type: 'paragraph',
          text: 'Your case needs a decision from a senior member of our team, so we have passed it on. This takes a little longer than we first said.',
        },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'New time frame', value: ctx.within(v.newTimeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'We are sorry for the wait. You do not need to do anything; if you want to add something, reply to this email.' },
      ],
    }),

    reopened: (v, ctx) => ({
      subject: 'We have reopened your case',
      blocks: [
        { type: 'paragraph', text: 'Thank you for telling us your complaint was not resolved. We have reopened your case, and a person will pick it up again.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'We will be in touch', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'If there is anything you want us to know, reply to this email. It goes straight to your case.' },
      ],
    }),

    closed: () => ({
      subject: 'Your case is closed',
      blocks: [
        {
          type: 'paragraph',
          text: 'We have closed your case. Thank you for your patience while we looked into it, and for telling us about the problem — it helps us improve.',
        },
        { type: 'paragraph', text: 'If the problem comes back or you have a question about this case, reply to this email and a person will read it.' },
      ],
    }),

    'needs-attention': (v, ctx) => ({
      subject: 'An update on your case: a person is handling it',
      blocks: [
        { type: 'paragraph', text: 'Your case is taking longer than we expected, so a member of our team is now handling it personally.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'We will be in touch', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'We are sorry for the delay. You do not need to do anything; if you want to add something, reply to this email.' },
      ],
    }),

    'closed-by-staff': (v) =>
      closedByStaff(v, {
        subject: 'Our team has closed your case',
        lead: 'A member of our complaints team has closed your case.',
        reasonIntro: REASON_INTRO,
        disagree: 'If you disagree, reply to this email and a person will review your case.',
        outsideHelp: OUTSIDE_HELP,
      }),
    'agent-message': (v) => agentMessage(v, { subject: 'A message from our team about your complaint', lead: 'A member of our team has written to you about your case.', reply: 'To answer, reply to this email: your reply goes straight to your case.', caseNumberLabel: CASE_NUMBER }),
  },
};
