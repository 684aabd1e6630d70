// Ukrainian, polite "ви". Time frames follow "протягом", which takes the genitive.
import { agentMessage } from '../agent-message';
import { closedByStaff } from '../closed-by-staff';
import { compensationPaid } from '../compensation-paid';
import { compensationPayoutDelayed } from '../compensation-payout-delayed';
import type { Locale } from '../locale';

const CASE_NUMBER = 'Номер звернення';
/** Said when the decision-maker approved less than was proposed, in the approval and again with the payment. */
const LOWER_AMOUNT =
  'Після розгляду вашого звернення відповідальний працівник схвалив меншу суму, ніж було запропоновано спочатку. Якщо ви вважаєте це помилкою, дайте відповідь на цей лист — людина розгляне питання ще раз.';
const REASON_INTRO = 'Причина (англійською):';
/** Where else the customer can go; said on a refusal and when staff close a case. */
const OUTSIDE_HELP =
  'Якщо питання так і залишиться для вас невирішеним, ви також можете звернутися до незалежної служби вирішення спорів або до фінансового регулятора у вашій країні.';

export const uk: Locale = {
  language: 'uk',
  categories: {
    account_access: 'Доступ до акаунта',
    withdrawal_or_deposit_delay: 'Затримка виведення або поповнення',
    unauthorized_transaction_or_fraud: 'Несанкціонована операція або шахрайство',
    identity_verification_kyc: 'Верифікація особи (KYC)',
    fees_or_pricing: 'Комісії або ціни',
    trading_or_order_issue: 'Проблема з торгівлею або ордером',
    data_privacy_or_breach: 'Конфіденційність або витік даних',
    customer_service_quality: 'Якість підтримки',
    other: 'Інше',
  },
  timeFrame: {
    // 1, 21 години / дня; 2, 5, 11, 24 годин / днів.
    hours: (n, plural) => `протягом ${n} ${plural === 'one' ? 'години' : 'годин'}`,
    days: (n, plural) => `протягом ${n} ${plural === 'one' ? 'дня' : 'днів'}`,
  },
  greeting: (name) => (name ? `Доброго дня, ${name}!` : 'Доброго дня!'),
  signOff: ['З повагою,', 'Команда з розгляду скарг'],
  footer: (caseNumber) => [
    `Звернення ${caseNumber}. Щоб зв’язатися з людиною, просто дайте відповідь на цей лист.`,
    'Ми ніколи не попросимо вашу сід-фразу, приватний ключ чи пароль.',
  ],
  messages: {
    acknowledgement: (v, ctx) => ({
      subject: 'Ми отримали вашу скаргу',
      blocks: [
        { type: 'paragraph', text: 'Дякуємо, що написали нам. Ми отримали вашу скаргу, і працівник нашої команди особисто її розгляне.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Відповімо', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'heading', text: 'Що буде далі' },
        {
          type: 'steps',
          items: [
            'Ми прочитаємо вашу скаргу й перевіримо ваш акаунт і транзакції, які ви згадали.',
            `Ми напишемо вам ${ctx.within(v.timeFrameHours)} і розповімо, що з’ясували, — а якщо знадобиться більше часу, пояснимо чому й коли чекати на відповідь.`,
            'Якщо нам знадобиться щось іще, ми попросимо про це електронною поштою. Зараз нічого робити не потрібно.',
          ],
        },
        {
          type: 'paragraph',
          text: v.talkToPerson
            ? 'Ви попросили зв’язатися з людиною — працівник нашої команди зв’яжеться з вами напряму.'
            : 'Хочете поговорити з людиною? Дайте відповідь на цей лист і напишіть про це — працівник нашої команди підключиться.',
        },
        v.secretsRedacted
          ? {
              type: 'callout',
              tone: 'alert',
              title: 'Важливо: ми видалили секретні дані з вашого повідомлення',
              paragraphs: [
                'Схоже, ваше повідомлення містило сід-фразу, приватний ключ або пароль. Ми видалили їх перед збереженням скарги, тож наші працівники їх не побачать.',
                'Якщо ви надіслали справжні дані, вважайте їх скомпрометованими: якомога швидше переведіть кошти на новий гаманець із новою сід-фразою та змініть пароль.',
                'Ми ніколи не попросимо вашу сід-фразу, приватний ключ чи пароль. Ніколи нікому їх не повідомляйте.',
              ],
            }
          : {
              type: 'callout',
              tone: 'warning',
              title: 'Бережіть свій акаунт',
              paragraphs: [
                'Ми ніколи не попросимо вашу сід-фразу (фразу відновлення), приватний ключ чи пароль — ні поштою, ні в чаті, ні телефоном. Ніколи нікому їх не повідомляйте, навіть якщо людина називає себе працівником нашої команди.',
              ],
            },
        { type: 'paragraph', text: 'Збережіть цей лист: відповісти на нього — найшвидший спосіб зв’язатися з працівником, який веде ваше звернення.' },
      ],
    }),

    resolution: (v, ctx) => ({
      subject: 'Результати розгляду вашої скарги',
      blocks: [
        { type: 'paragraph', text: 'Ми завершили розгляд вашої скарги. Ось що ми з’ясували.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Тема', value: ctx.categoryLabel(v.category) },
          ],
        },
        ...(v.findings.length > 0 ? [{ type: 'english-notes' as const, intro: 'Нотатки нашої команди (англійською):', lines: v.findings }] : []),
        ...(v.evidence.length > 0
          ? [
              {
                type: 'evidence' as const,
                title: 'Транзакції, які ми перевірили',
                hint: 'Кожне посилання відкриває транзакцію в публічному оглядачі блокчейну.',
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
                    ? `Ми також запропонували вам компенсацію. Відповідальний працівник розгляне цю пропозицію, і ми повідомимо вам рішення електронною поштою ${ctx.within(v.decisionTimeFrameHours)}.`
                    : 'Ми також запропонували вам компенсацію. Відповідальний працівник розгляне цю пропозицію, і ми повідомимо вам рішення електронною поштою, щойно його буде ухвалено.',
              },
            ]
          : []),
        { type: 'paragraph', text: 'Після цього ми надішлемо одне коротке запитання, щоб дізнатися, чи вирішено вашу проблему.' },
        { type: 'paragraph', text: 'Якщо щось незрозуміло або ви не згодні, дайте відповідь на цей лист — його прочитає людина й відповість вам.' },
      ],
    }),

    'satisfaction-question': (v, ctx) => ({
      subject: 'Чи вдалося нам вирішити вашу проблему?',
      blocks: [
        { type: 'paragraph', text: 'Нещодавно ми писали вам щодо вашої скарги. Скажіть, будь ласка: чи вдалося нам вирішити проблему?' },
        { type: 'action', label: 'Відповісти на запитання', url: v.answerUrl, fallback: 'Якщо кнопка не працює, скопіюйте це посилання в браузер:' },
        { type: 'paragraph', text: 'Це займе менше хвилини. Якщо відповідь «ні», працівник знову візьметься за ваше звернення.' },
        {
          type: 'paragraph',
          text: `Будь ласка, дайте відповідь ${ctx.withinDays(v.respondWithinDays)}. Якщо до того часу ми не отримаємо відповіді, то закриємо звернення — але ви все одно зможете відповісти на цей лист, і його прочитає людина.`,
        },
        { type: 'paragraph', text: 'Посилання працює один раз і призначене лише вам, тому не пересилайте цей лист.' },
      ],
    }),

    'compensation-approved': (v) => ({
      subject: 'Компенсацію схвалено',
      blocks: [
        { type: 'paragraph', text: 'Гарні новини: ми схвалили компенсацію за вашою скаргою.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Сума', value: `${v.amount} ${v.asset}`, ltr: true },
          ],
        },
        ...(v.lowered ? [{ type: 'paragraph' as const, text: LOWER_AMOUNT }] : []),
        { type: 'paragraph', text: 'Ми повідомимо вам, коли виплату буде здійснено.' },
        { type: 'paragraph', text: 'Після цього ми надішлемо одне коротке запитання, щоб дізнатися, чи вирішено вашу проблему.' },
      ],
    }),

    'compensation-rejected': (v) => ({
      subject: 'Наше рішення щодо компенсації',
      blocks: [
        { type: 'paragraph', text: 'Ми уважно розглянули ваше звернення й вирішили не пропонувати компенсацію.' },
        { type: 'english-notes', intro: REASON_INTRO, lines: [v.reason] },
        {
          type: 'paragraph',
          text: 'Ми розуміємо, що ви чекали на іншу відповідь. Якщо ви не згодні або маєте інформацію, якої ми не врахували, дайте відповідь на цей лист — людина її розгляне.',
        },
        { type: 'paragraph', text: OUTSIDE_HELP },
      ],
    }),

    'compensation-paid': (v) =>
      compensationPaid(v, {
        subject: 'Компенсацію виплачено',
        lead: 'Ми зарахували компенсацію на ваш акаунт.',
        caseNumberLabel: CASE_NUMBER,
        amountLabel: 'Сума',
        referenceLabel: 'Ідентифікатор платежу',
        lowered: LOWER_AMOUNT,
        question: 'Незабаром ми надішлемо одне коротке запитання, щоб дізнатися, чи вирішено вашу проблему.',
        notArrived: 'Якщо кошти не з’являться на вашому акаунті протягом доби, дайте відповідь на цей лист — людина розбереться.',
      }),

    'compensation-payout-delayed': (v) =>
      compensationPayoutDelayed(v, {
        subject: 'Виплата компенсації затримується',
        lead: 'Ми схвалили компенсацію за вашою скаргою, але платіж поки не пройшов.',
        caseNumberLabel: CASE_NUMBER,
        approvedAmountLabel: 'Схвалена сума',
        handling: 'Працівник нашої команди вже з’ясовує, у чому річ, і напише вам, щойно кошти надійдуть на ваш акаунт.',
        nothingToDo: 'Вибачте за очікування. Нічого робити не потрібно; якщо хочете зв’язатися з людиною, дайте відповідь на цей лист.',
      }),

    'decision-escalated': (v, ctx) => ({
      subject: 'Ваше звернення передано старшому працівникові',
      blocks: [
        {
          type: 'paragraph',
          text: 'Для вашого звернення потрібне рішення старшого працівника, тому ми передали його далі. Це займе трохи більше часу, ніж ми казали.',
        },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Новий строк', value: ctx.within(v.newTimeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Вибачте за очікування. Нічого робити не потрібно; якщо хочете щось додати, дайте відповідь на цей лист.' },
      ],
    }),

    reopened: (v, ctx) => ({
      subject: 'Ми знову відкрили ваше звернення',
      blocks: [
        { type: 'paragraph', text: 'Дякуємо, що дали нам знати: проблему не вирішено. Ми знову відкрили ваше звернення, і працівник знову ним займеться.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Зв’яжемося з вами', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Якщо хочете щось розповісти, дайте відповідь на цей лист — він потрапить просто до вашого звернення.' },
      ],
    }),

    closed: () => ({
      subject: 'Ваше звернення закрито',
      blocks: [
        {
          type: 'paragraph',
          text: 'Ми закрили ваше звернення. Дякуємо за терпіння, поки ми розбиралися, і за те, що розповіли про проблему, — це допомагає нам ставати кращими.',
        },
        { type: 'paragraph', text: 'Якщо проблема повториться або у вас є запитання щодо цього звернення, дайте відповідь на цей лист — його прочитає людина.' },
      ],
    }),

    'needs-attention': (v, ctx) => ({
      subject: 'Новини щодо вашого звернення: ним займається працівник',
      blocks: [
        { type: 'paragraph', text: 'Розгляд вашого звернення триває довше, ніж ми очікували, тому тепер ним особисто займається працівник нашої команди.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Зв’яжемося з вами', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Вибачте за затримку. Нічого робити не потрібно; якщо хочете щось додати, дайте відповідь на цей лист.' },
      ],
    }),

    'closed-by-staff': (v) =>
      closedByStaff(v, {
        subject: 'Наша команда закрила ваше звернення',
        lead: 'Працівник нашої команди з розгляду скарг закрив ваше звернення.',
        reasonIntro: REASON_INTRO,
        disagree: 'Якщо ви не згодні, дайте відповідь на цей лист — людина ще раз розгляне ваше звернення.',
        outsideHelp: OUTSIDE_HELP,
      }),
    'agent-message': (v) => agentMessage(v, { subject: 'Повідомлення від нашої команди щодо вашої скарги', lead: 'Співробітник нашої команди написав вам щодо вашого звернення.', reply: 'Щоб відповісти, просто надішліть відповідь на цей лист — вона потрапить прямо до вашого звернення.', caseNumberLabel: CASE_NUMBER }),
  },
};
