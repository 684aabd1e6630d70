// Simplified Chinese, polite "您". Time frames are written "24小时内" and slot
// into sentences as "在…通过邮件…".
import type { Locale } from '../locale';

export const zh: Locale = {
  language: 'zh',
  // Chinese has no plural forms: one `other` case.
  withinHours: '{count, plural, other {#小时内}}',
  withinDays: '{count, plural, other {#天内}}',
  categories: {
    account_access: '账户访问',
    withdrawal_or_deposit_delay: '提现或充值延迟',
    unauthorized_transaction_or_fraud: '未经授权的交易或欺诈',
    identity_verification_kyc: '身份验证（KYC）',
    fees_or_pricing: '费用或价格',
    trading_or_order_issue: '交易或订单问题',
    data_privacy_or_breach: '数据隐私或泄露',
    customer_service_quality: '客户服务质量',
    other: '其他',
  },
  greeting: '您好：',
  greetingByName: '{name}，您好：',
  signOff: ['祝好，', '投诉处理团队'],
  footer: {
    reachPerson: '案件 {caseNumber}。如需联系工作人员，直接回复本邮件即可。',
    neverAsk: '我们绝不会向您索要助记词、私钥或密码。',
  },
  shared: {
    caseNumberLabel: '案件编号',
    loweredAmount: '经审核，负责人批准的金额低于最初提议的金额。如果您认为有误，请直接回复本邮件，工作人员会重新审核。',
    reasonIntro: '原因（英文）：',
    outsideHelp: '如果问题仍未得到解决，您也可以向所在国家或地区的独立争议解决机构或金融监管机构提出投诉。',
    questionFollows: '之后，我们会向您发送一个简短的问题，了解您的投诉是否已得到解决。',
  },
  messages: {
    acknowledgement: {
      subject: '我们已收到您的投诉',
      lead: '感谢您联系我们。我们已收到您的投诉，团队成员会亲自跟进处理。',
      replyByLabel: '答复时间',
      nextHeading: '接下来会怎样',
      stepRead: '我们会阅读您的投诉，并核查您的账户以及您提到的交易。',
      stepWrite: '我们会在{within}通过邮件告诉您调查结果；如果需要更多时间，也会说明原因以及何时给您答复。',
      stepAsk: '如果需要您提供更多信息，我们会通过邮件联系您。您现在无需做任何事。',
      personRequested: '您希望与工作人员沟通，我们的团队成员会直接与您联系。',
      personOffer: '想与工作人员沟通？直接回复本邮件告诉我们即可，团队成员会接手处理。',
      secretRemoved: {
        title: '重要提示：我们已从您的消息中删除了机密信息',
        paragraphs: [
          '您的消息中似乎包含助记词、私钥或密码。我们在保存投诉之前已将其删除，我们的工作人员不会看到。',
          '如果您提供的是真实信息，请视其为已泄露：请尽快将资金转移到使用新助记词的新钱包，并修改密码。',
          '我们绝不会向您索要助记词、私钥或密码。请勿将它们透露给任何人。',
        ],
      },
      keepSafe: {
        title: '保护您的账户安全',
        paragraphs: [
          '我们绝不会向您索要助记词（恢复短语）、私钥或密码——无论是通过邮件、在线客服还是电话。请勿将它们透露给任何人，即使对方自称是我们的工作人员。',
        ],
      },
      keepEmail: '请保留这封邮件：直接回复它，是联系您案件负责人的最快方式。',
    },
    resolution: {
      subject: '您的投诉处理结果',
      lead: '我们已完成对您投诉的调查，以下是我们的调查结果。',
      topicLabel: '问题类别',
      findingsIntro: '我们团队的备注（英文）：',
      evidenceTitle: '我们核查的交易',
      evidenceHint: '每个链接都会在公开的区块链浏览器中打开该笔交易。',
      compensationWithin: '我们还为您提出了补偿方案。负责人审核后，我们会在{within}通过邮件告知您决定。',
      compensationSoon: '我们还为您提出了补偿方案。负责人审核后，我们会在作出决定后第一时间通过邮件告知您。',
      disagree: '如有任何不清楚的地方，或您不同意处理结果，请直接回复本邮件——工作人员会阅读并答复您。',
    },
    'satisfaction-question': {
      subject: '您的投诉解决了吗？',
      lead: '我们最近就您的投诉给您发了邮件，想了解一下：您的问题解决了吗？',
      answerButton: '回答问题',
      linkFallback: '如果按钮无法使用，请将以下链接复制到浏览器中打开：',
      quick: '只需不到一分钟。如果您的回答是“没有”，工作人员会重新跟进您的案件。',
      answerWithin: '请在{within}回答。如果届时我们仍未收到您的回复，我们将关闭此案件——但您之后仍可回复本邮件，工作人员会阅读。',
      linkOnce: '此链接仅可使用一次，且仅供您本人使用，请勿转发本邮件。',
    },
    'compensation-approved': {
      subject: '您的补偿已获批准',
      lead: '好消息：我们已批准针对您投诉的补偿。',
      amountLabel: '金额',
      paymentFollows: '付款完成后，我们会通知您。',
    },
    'compensation-rejected': {
      subject: '我们关于补偿的决定',
      lead: '我们仔细审核了您的案件，决定不提供补偿。',
      disagree: '我们知道这不是您期待的答复。如果您不同意，或有我们尚未看到的信息，请直接回复本邮件，工作人员会进行复核。',
    },
    'compensation-paid': {
      subject: '您的补偿已发放',
      lead: '我们已将补偿款发放至您在本平台的账户。',
      amountLabel: '金额',
      referenceLabel: '付款参考号',
      question: '稍后，我们会向您发送一个简短的问题，了解您的投诉是否已得到解决。',
      notArrived: '如果一天内款项仍未显示在您的账户中，请直接回复本邮件，工作人员会进行核查。',
    },
    'compensation-payout-delayed': {
      subject: '您的补偿款发放延迟',
      lead: '我们已批准针对您投诉的补偿，但款项尚未成功支付。',
      approvedAmountLabel: '批准金额',
      handling: '我们的工作人员正在处理此事，款项到账后会立即通知您。',
      nothingToDo: '很抱歉让您久等。您无需做任何事；如需联系工作人员，请直接回复本邮件。',
    },
    'decision-escalated': {
      subject: '您的案件已转交给高级负责人',
      lead: '您的案件需要由团队中的高级负责人作出决定，因此我们已将其转交。这会比我们之前告知的时间稍长一些。',
      timeFrameLabel: '新的答复时间',
      closing: '很抱歉让您久等。您无需做任何事；如需补充信息，请直接回复本邮件。',
    },
    reopened: {
      subject: '我们已重新开启您的案件',
      lead: '感谢您告诉我们投诉尚未解决。我们已重新开启您的案件，工作人员会再次跟进。',
      timeFrameLabel: '我们将联系您',
      closing: '如果您有任何想告诉我们的，请直接回复本邮件——它会直接进入您的案件记录。',
    },
    closed: {
      subject: '您的案件已关闭',
      lead: '我们已关闭您的案件。感谢您在我们调查期间的耐心，也感谢您告诉我们这个问题——这有助于我们改进。',
      comeBack: '如果问题再次出现，或您对本案件有任何疑问，请直接回复本邮件，工作人员会阅读。',
    },
    'needs-attention': {
      subject: '案件进展：已由工作人员亲自处理',
      lead: '您的案件处理时间比预期要长，因此现在由我们的团队成员亲自跟进。',
      timeFrameLabel: '我们将联系您',
      closing: '很抱歉耽误了您的时间。您无需做任何事；如需补充信息，请直接回复本邮件。',
    },
    'closed-by-staff': {
      subject: '我们的团队已关闭您的案件',
      lead: '我们投诉处理团队的一位成员已关闭您的案件。',
      disagree: '如果您不同意，请直接回复本邮件，工作人员会重新审核您的案件。',
    },
    'agent-message': {
      subject: '我们团队关于您投诉的消息',
      lead: '我们团队的一位成员就您的案件给您写信。',
      reply: '如需回复，请直接回复此邮件，您的回复会直接进入您的案件。',
    },
  },
};
