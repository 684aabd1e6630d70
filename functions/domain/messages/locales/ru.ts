// Russian, polite "вы". Time frames follow "в течение", which takes the genitive.
import { agentMessage } from '../agent-message';
import { closedByStaff } from '../closed-by-staff';
import { compensationPaid } from '../compensation-paid';
import { compensationPayoutDelayed } from '../compensation-payout-delayed';
import type { Locale } from '../locale';

const CASE_NUMBER = 'Номер обращения';
/** Said when the decision-maker approved less than was proposed, in the approval and again with the payment. */
const LOWER_AMOUNT =
  'После рассмотрения вашего обращения ответственный сотрудник одобрил сумму меньше той, что была предложена изначально. Если вы считаете, что это ошибка, ответьте на это письмо — человек рассмотрит вопрос ещё раз.';
const REASON_INTRO = 'Причина (на английском):';
/** Where else the customer can go; said on a refusal and when staff close a case. */
const OUTSIDE_HELP =
  'Если вопрос так и останется для вас нерешённым, вы также можете обратиться в независимую службу разрешения споров или к финансовому регулятору в вашей стране.';

export const ru: Locale = {
  language: 'ru',
  categories: {
    account_access: 'Доступ к аккаунту',
    withdrawal_or_deposit_delay: 'Задержка вывода или пополнения',
    unauthorized_transaction_or_fraud: 'Несанкционированная операция или мошенничество',
    identity_verification_kyc: 'Верификация личности (KYC)',
    fees_or_pricing: 'Комиссии или цены',
    trading_or_order_issue: 'Проблема с торговлей или ордером',
    data_privacy_or_breach: 'Конфиденциальность или утечка данных',
    customer_service_quality: 'Качество поддержки',
    other: 'Другое',
  },
  timeFrame: {
    // 1, 21 часа / дня; 2, 5, 11, 24 часов / дней.
    hours: (n, plural) => `в течение ${n} ${plural === 'one' ? 'часа' : 'часов'}`,
    days: (n, plural) => `в течение ${n} ${plural === 'one' ? 'дня' : 'дней'}`,
  },
  greeting: (name) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
  signOff: ['С уважением,', 'Команда по рассмотрению жалоб'],
  footer: (caseNumber) => [
    `Обращение ${caseNumber}. Чтобы связаться с человеком, просто ответьте на это письмо.`,
    'Мы никогда не попросим вашу сид-фразу, приватный ключ или пароль.',
  ],
  messages: {
    acknowledgement: (v, ctx) => ({
      subject: 'Мы получили вашу жалобу',
      blocks: [
        { type: 'paragraph', text: 'Спасибо, что написали нам. Мы получили вашу жалобу, и сотрудник нашей команды лично её рассмотрит.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Ответим', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'heading', text: 'Что будет дальше' },
        {
          type: 'steps',
          items: [
            'Мы прочитаем вашу жалобу и проверим ваш аккаунт и транзакции, которые вы упомянули.',
            `Мы напишем вам ${ctx.within(v.timeFrameHours)} и расскажем, что выяснили, — а если понадобится больше времени, объясним почему и когда ждать ответа.`,
            'Если нам понадобится что-то ещё, мы попросим об этом по электронной почте. Сейчас ничего делать не нужно.',
          ],
        },
        {
          type: 'paragraph',
          text: v.talkToPerson
            ? 'Вы попросили связаться с человеком — сотрудник нашей команды свяжется с вами напрямую.'
            : 'Хотите поговорить с человеком? Ответьте на это письмо и напишите об этом — сотрудник нашей команды подключится.',
        },
        v.secretsRedacted
          ? {
              type: 'callout',
              tone: 'alert',
              title: 'Важно: мы удалили секретные данные из вашего сообщения',
              paragraphs: [
                'Похоже, в вашем сообщении была сид-фраза, приватный ключ или пароль. Мы удалили их до сохранения жалобы, поэтому наши сотрудники их не увидят.',
                'Если вы отправили настоящие данные, считайте их скомпрометированными: как можно скорее переведите средства на новый кошелёк с новой сид-фразой и смените пароль.',
                'Мы никогда не попросим вашу сид-фразу, приватный ключ или пароль. Никогда никому их не сообщайте.',
              ],
            }
          : {
              type: 'callout',
              tone: 'warning',
              title: 'Берегите свой аккаунт',
              paragraphs: [
                'Мы никогда не попросим вашу сид-фразу (фразу восстановления), приватный ключ или пароль — ни по почте, ни в чате, ни по телефону. Никогда никому их не сообщайте, даже если человек представляется сотрудником нашей команды.',
              ],
            },
        { type: 'paragraph', text: 'Сохраните это письмо: ответить на него — самый быстрый способ связаться с сотрудником, который ведёт ваше обращение.' },
      ],
    }),

    resolution: (v, ctx) => ({
      subject: 'Результаты рассмотрения вашей жалобы',
      blocks: [
        { type: 'paragraph', text: 'Мы закончили рассматривать вашу жалобу. Вот что мы выяснили.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Тема', value: ctx.categoryLabel(v.category) },
          ],
        },
        ...(v.findings.length > 0 ? [{ type: 'english-notes' as const, intro: 'Заметки нашей команды (на английском):', lines: v.findings }] : []),
        ...(v.evidence.length > 0
          ? [
              {
                type: 'evidence' as const,
                title: 'Транзакции, которые мы проверили',
                hint: 'Каждая ссылка открывает транзакцию в публичном обозревателе блокчейна.',
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
                    ? `Мы также предложили вам компенсацию. Ответственный сотрудник рассмотрит это предложение, и мы сообщим вам решение по почте ${ctx.within(v.decisionTimeFrameHours)}.`
                    : 'Мы также предложили вам компенсацию. Ответственный сотрудник рассмотрит это предложение, и мы сообщим вам решение по почте, как только оно будет принято.',
              },
            ]
          : []),
        { type: 'paragraph', text: 'После этого мы пришлём один короткий вопрос, чтобы узнать, решена ли ваша проблема.' },
        { type: 'paragraph', text: 'Если что-то непонятно или вы не согласны, ответьте на это письмо — его прочитает человек и ответит вам.' },
      ],
    }),

    'satisfaction-question': (v, ctx) => ({
      subject: 'Удалось ли нам решить вашу проблему?',
      blocks: [
        { type: 'paragraph', text: 'Недавно мы писали вам по поводу вашей жалобы. Скажите, пожалуйста: удалось ли нам решить проблему?' },
        { type: 'action', label: 'Ответить на вопрос', url: v.answerUrl, fallback: 'Если кнопка не работает, скопируйте эту ссылку в браузер:' },
        { type: 'paragraph', text: 'Это займёт меньше минуты. Если ответ «нет», сотрудник снова возьмётся за ваше обращение.' },
        {
          type: 'paragraph',
          text: `Пожалуйста, ответьте ${ctx.withinDays(v.respondWithinDays)}. Если к этому сроку мы не получим ответа, то закроем обращение — но вы всё равно сможете ответить на это письмо, и его прочитает человек.`,
        },
        { type: 'paragraph', text: 'Ссылка работает один раз и предназначена только вам, поэтому не пересылайте это письмо.' },
      ],
    }),

    'compensation-approved': (v) => ({
      subject: 'Компенсация одобрена',
      blocks: [
        { type: 'paragraph', text: 'Хорошие новости: мы одобрили компенсацию по вашей жалобе.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Сумма', value: `${v.amount} ${v.asset}`, ltr: true },
          ],
        },
        ...(v.lowered ? [{ type: 'paragraph' as const, text: LOWER_AMOUNT }] : []),
        { type: 'paragraph', text: 'Мы сообщим вам, когда выплата будет произведена.' },
        { type: 'paragraph', text: 'После этого мы пришлём один короткий вопрос, чтобы узнать, решена ли ваша проблема.' },
      ],
    }),

    'compensation-rejected': (v) => ({
      subject: 'Наше решение по компенсации',
      blocks: [
        { type: 'paragraph', text: 'Мы внимательно рассмотрели ваше обращение и решили не предлагать компенсацию.' },
        { type: 'english-notes', intro: REASON_INTRO, lines: [v.reason] },
        {
          type: 'paragraph',
          text: 'Мы понимаем, что вы ждали другого ответа. Если вы не согласны или у вас есть информация, которую мы не учли, ответьте на это письмо — человек её рассмотрит.',
        },
        { type: 'paragraph', text: OUTSIDE_HELP },
      ],
    }),

    'compensation-paid': (v) =>
      compensationPaid(v, {
        subject: 'Компенсация выплачена',
        lead: 'Мы зачислили компенсацию на ваш аккаунт.',
        caseNumberLabel: CASE_NUMBER,
        amountLabel: 'Сумма',
        referenceLabel: 'Идентификатор платежа',
        lowered: LOWER_AMOUNT,
        question: 'Скоро мы пришлём один короткий вопрос, чтобы узнать, решена ли ваша проблема.',
        notArrived: 'Если деньги не появятся на вашем аккаунте в течение суток, ответьте на это письмо — человек разберётся.',
      }),

    'compensation-payout-delayed': (v) =>
      compensationPayoutDelayed(v, {
        subject: 'Выплата компенсации задерживается',
        lead: 'Мы одобрили компенсацию по вашей жалобе, но платёж пока не прошёл.',
        caseNumberLabel: CASE_NUMBER,
        approvedAmountLabel: 'Одобренная сумма',
        handling: 'Сотрудник нашей команды уже разбирается, в чём дело, и напишет вам, как только деньги поступят на ваш аккаунт.',
        nothingToDo: 'Извините за ожидание. Ничего делать не нужно; если хотите связаться с человеком, ответьте на это письмо.',
      }),

    'decision-escalated': (v, ctx) => ({
      subject: 'Ваше обращение передано старшему сотруднику',
      blocks: [
        {
          type: 'paragraph',
          text: 'По вашему обращению нужно решение старшего сотрудника, поэтому мы передали его дальше. Это займёт немного больше времени, чем мы говорили.',
        },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Новый срок', value: ctx.within(v.newTimeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Извините за ожидание. Ничего делать не нужно; если хотите что-то добавить, ответьте на это письмо.' },
      ],
    }),

    reopened: (v, ctx) => ({
      subject: 'Мы снова открыли ваше обращение',
      blocks: [
        { type: 'paragraph', text: 'Спасибо, что дали нам знать: проблема не решена. Мы снова открыли ваше обращение, и сотрудник вновь им займётся.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Свяжемся с вами', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Если хотите что-то рассказать, ответьте на это письмо — оно попадёт прямо в ваше обращение.' },
      ],
    }),

    closed: () => ({
      subject: 'Ваше обращение закрыто',
      blocks: [
        {
          type: 'paragraph',
          text: 'Мы закрыли ваше обращение. Спасибо за терпение, пока мы разбирались, и за то, что рассказали о проблеме, — это помогает нам становиться лучше.',
        },
        { type: 'paragraph', text: 'Если проблема повторится или у вас есть вопросы по этому обращению, ответьте на это письмо — его прочитает человек.' },
      ],
    }),

    'needs-attention': (v, ctx) => ({
      subject: 'Новости по вашему обращению: им занимается сотрудник',
      blocks: [
        { type: 'paragraph', text: 'Рассмотрение вашего обращения занимает больше времени, чем мы ожидали, поэтому теперь им лично занимается сотрудник нашей команды.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Свяжемся с вами', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Извините за задержку. Ничего делать не нужно; если хотите что-то добавить, ответьте на это письмо.' },
      ],
    }),

    'closed-by-staff': (v) =>
      closedByStaff(v, {
        subject: 'Наша команда закрыла ваше обращение',
        lead: 'Сотрудник нашей команды по рассмотрению жалоб закрыл ваше обращение.',
        reasonIntro: REASON_INTRO,
        disagree: 'Если вы не согласны, ответьте на это письмо — человек ещё раз рассмотрит ваше обращение.',
        outsideHelp: OUTSIDE_HELP,
      }),
    'agent-message': (v) => agentMessage(v, { subject: 'Сообщение от нашей команды по вашей жалобе', lead: 'Сотрудник нашей команды написал вам по вашему обращению.', reply: 'Чтобы ответить, просто ответьте на это письмо — ответ попадёт прямо в ваше обращение.', caseNumberLabel: CASE_NUMBER }),
  },
};
