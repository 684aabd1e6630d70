// English: the reference text. What each string must say is documented on its kind's words type
// in ../kinds; a change of meaning here is a change to make in every language.
import type { Locale } from '../locale';

export const en: Locale = {
  language: 'en',
  withinHours: '{count, plural, one {within # hour} other {within # hours}}',
  withinDays: '{count, plural, one {within # day} other {within # days}}',
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
  greeting: 'Hello,',
  greetingByName: 'Hello {name},',
  signOff: ['Kind regards,', 'The complaints team'],
  footer: {
    reachPerson: 'Case {caseNumber}. To reach a person, simply reply to this email.',
    neverAsk: 'We will never ask for your seed phrase, private key or password.',
  },
  shared: {
    caseNumberLabel: 'Case number',
    loweredAmount:
      'After reviewing your case, the decision-maker approved a lower amount than was first proposed. If you think this is wrong, reply to this email and a person will look at it again.',
    reasonIntro: 'The reason:',
    outsideHelp:
      'If you are still unhappy, you may also be able to take your complaint to an independent dispute-resolution service or the financial regulator in your country.',
    questionFollows: 'After that, we will send you one short question to check whether this resolved your complaint.',
  },
  messages: {
    acknowledgement: {
      subject: 'We received your complaint',
      lead: 'Thank you for getting in touch. We have received your complaint, and a member of our team will look into it personally.',
      replyByLabel: 'We will reply',
      nextHeading: 'What happens next',
      stepRead: 'We read your complaint and check your account and any transactions you mentioned.',
      stepWrite: 'We write to you {within} with what we found — or, if we need longer, to tell you why and when you will hear from us.',
      stepAsk: 'If we need anything else from you, we will ask by email. You do not need to do anything right now.',
      personRequested: 'You asked to talk to a person, so a member of our team will contact you directly.',
      personOffer: 'Would you rather talk to a person? Reply to this email and say so, and a member of our team will pick it up.',
      secretRemoved: {
        title: 'Important: we removed a secret from your message',
        paragraphs: [
          'Your message appeared to contain a seed phrase, private key or password. We removed it before saving your complaint, so our team will not see it.',
          'If you shared a real one, treat it as compromised: move your funds to a new wallet with a new seed phrase as soon as you can, and change your password.',
          'We will never ask for your seed phrase, private key or password. Never share them with anyone.',
        ],
      },
      keepSafe: {
        title: 'Keep your account safe',
        paragraphs: [
          'We will never ask for your seed phrase (recovery phrase), private key or password — not by email, chat or phone. Never share them with anyone, even someone who says they are from our team.',
        ],
      },
      keepEmail: 'Keep this email: replying to it is the quickest way to reach the person handling your case.',
    },
    resolution: {
      subject: 'What we found about your complaint',
      lead: 'We have finished looking into your complaint. Here is what we found.',
      topicLabel: 'Topic',
      findingsIntro: '',
      evidenceTitle: 'Transactions we checked',
      evidenceHint: 'Each link opens the transaction on a public blockchain explorer.',
      compensationWithin: 'We have also proposed compensation for you. A decision-maker will review it, and we will email you the decision {within}.',
      compensationSoon:
        'We have also proposed compensation for you. A decision-maker will review it, and we will email you the decision as soon as it is made.',
      disagree: 'If anything here is unclear or you disagree, reply to this email. A person will read it and answer you.',
    },
    'satisfaction-question': {
      subject: 'Did we resolve your complaint?',
      lead: 'We wrote to you recently about your complaint, and we would like to know: did we resolve it?',
      answerButton: 'Answer the question',
      linkFallback: 'If the button does not work, copy this link into your browser:',
      quick: 'It takes less than a minute. If the answer is no, a person will pick your case up again.',
      answerWithin:
        'Please answer {within}. If we have not heard from you by then, we will close the case — you can still reply to this email afterwards, and a person will read it.',
      linkOnce: 'The link works once and is meant only for you, so please do not forward this email.',
    },
    'compensation-approved': {
      subject: 'Your compensation has been approved',
      lead: 'Good news: we have approved compensation for your complaint.',
      amountLabel: 'Amount',
      paymentFollows: 'We will let you know once the payment has been made.',
    },
    'compensation-rejected': {
      subject: 'Our decision on compensation',
      lead: 'We have reviewed your case carefully and decided not to offer compensation.',
      disagree:
        'We know this is not the answer you hoped for. If you disagree, or have information we have not seen, reply to this email and a person will review it.',
    },
    'compensation-paid': {
      subject: 'Your compensation has been paid',
      lead: 'We have paid your compensation into your account with us.',
      amountLabel: 'Amount',
      referenceLabel: 'Payment reference',
      question: 'We will soon send you one short question to check whether this resolved your complaint.',
      notArrived: 'If the money does not show in your account within a day, reply to this email and a person will look into it.',
    },
    'compensation-payout-delayed': {
      subject: 'Your compensation payment is delayed',
      lead: 'We approved compensation for your complaint, but the payment has not gone through yet.',
      approvedAmountLabel: 'Approved amount',
      handling: 'A person on our team is looking into it now and will write to you as soon as the money is in your account.',
      nothingToDo: 'We are sorry for the wait. You do not need to do anything; if you want to talk to a person, reply to this email.',
    },
    'decision-escalated': {
      subject: 'Your case has gone to a senior colleague',
      lead: 'Your case needs a decision from a senior member of our team, so we have passed it on. This takes a little longer than we first said.',
      timeFrameLabel: 'New time frame',
      closing: 'We are sorry for the wait. You do not need to do anything; if you want to add something, reply to this email.',
    },
    reopened: {
      subject: 'We have reopened your case',
      lead: 'Thank you for telling us your complaint was not resolved. We have reopened your case, and a person will pick it up again.',
      timeFrameLabel: 'We will be in touch',
      closing: 'If there is anything you want us to know, reply to this email. It goes straight to your case.',
    },
    closed: {
      subject: 'Your case is closed',
      lead: 'We have closed your case. Thank you for your patience while we looked into it, and for telling us about the problem — it helps us improve.',
      comeBack: 'If the problem comes back or you have a question about this case, reply to this email and a person will read it.',
    },
    'needs-attention': {
      subject: 'An update on your case: a person is handling it',
      lead: 'Your case is taking longer than we expected, so a member of our team is now handling it personally.',
      timeFrameLabel: 'We will be in touch',
      closing: 'We are sorry for the delay. You do not need to do anything; if you want to add something, reply to this email.',
    },
    'closed-by-staff': {
      subject: 'Our team has closed your case',
      lead: 'A member of our complaints team has closed your case.',
      disagree: 'If you disagree, reply to this email and a person will review your case.',
    },
    'agent-message': {
      subject: 'A message from our team about your complaint',
      lead: 'A member of our team has written to you about your case.',
      reply: 'To answer, reply to this email: your reply goes straight to your case.',
    },
  },
};
