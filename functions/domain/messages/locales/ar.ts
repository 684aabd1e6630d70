// Arabic (Modern Standard), written so that it reads correctly to a man or a
// woman: no gendered imperatives, "يُرجى" + verbal noun instead. Western
// digits, to match case numbers and amounts.
import { agentMessage } from '../agent-message';
import { closedByStaff } from '../closed-by-staff';
import { compensationPaid } from '../compensation-paid';
import { compensationPayoutDelayed } from '../compensation-payout-delayed';
import type { Locale } from '../locale';

const CASE_NUMBER = 'رقم الحالة';
/** Said when the decision-maker approved less than was proposed, in the approval and again with the payment. */
const LOWER_AMOUNT =
  'بعد مراجعة حالتك، وافق المسؤول على مبلغ أقل من المبلغ المقترح في البداية. إذا رأيت أن هذا غير صحيح، يكفي الرد على هذه الرسالة وسيعيد شخص من فريقنا النظر فيه.';
const REASON_INTRO = 'السبب (باللغة الإنجليزية):';
/** Where else the customer can go; said on a refusal and when staff close a case. */
const OUTSIDE_HELP =
  'وإذا بقيت المسألة دون حل، فقد يكون بإمكانك أيضًا رفع شكواك إلى جهة مستقلة لتسوية النزاعات أو إلى الجهة التنظيمية المالية في بلدك.';

export const ar: Locale = {
  language: 'ar',
  categories: {
    account_access: 'الوصول إلى الحساب',
    withdrawal_or_deposit_delay: 'تأخر السحب أو الإيداع',
    unauthorized_transaction_or_fraud: 'معاملة غير مصرّح بها أو احتيال',
    identity_verification_kyc: 'التحقق من الهوية (KYC)',
    fees_or_pricing: 'الرسوم أو الأسعار',
    trading_or_order_issue: 'مشكلة في التداول أو الأوامر',
    data_privacy_or_breach: 'خصوصية البيانات أو تسريبها',
    customer_service_quality: 'جودة خدمة العملاء',
    other: 'أخرى',
  },
  timeFrame: {
    // Arabic counts: 1 and 2 take no numeral, 3–10 the plural, 11–99 the singular accusative, 100+ the singular.
    hours: (n, plural) => {
      if (plural === 'one') return 'خلال ساعة واحدة';
      if (plural === 'two') return 'خلال ساعتين';
      if (plural === 'few') return `خلال ${n} ساعات`;
      return `خلال ${n} ساعة`;
    },
    days: (n, plural) => {
      if (plural === 'one') return 'خلال يوم واحد';
      if (plural === 'two') return 'خلال يومين';
      if (plural === 'few') return `خلال ${n} أيام`;
      if (plural === 'many') return `خلال ${n} يومًا`;
      return `خلال ${n} يوم`;
    },
  },
  greeting: (name) => (name ? `مرحبًا ${name}،` : 'مرحبًا،'),
  signOff: ['مع أطيب التحيات،', 'فريق معالجة الشكاوى'],
  footer: (caseNumber) => [
    `الحالة ${caseNumber}. للتواصل مع أحد أفراد فريقنا، يكفي الرد على هذه الرسالة.`,
    'لن نطلب منك أبدًا عبارة الاسترداد أو المفتاح الخاص أو كلمة المرور.',
  ],
  messages: {
    acknowledgement: (v, ctx) => ({
      subject: 'تلقّينا شكواك',
      blocks: [
        { type: 'paragraph', text: 'شكرًا لتواصلك معنا. لقد تلقّينا شكواك، وسيطّلع عليها أحد أفراد فريقنا بنفسه.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'موعد ردّنا', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'heading', text: 'ما الذي سيحدث بعد ذلك' },
        {
          type: 'steps',
          items: [
            'سنقرأ شكواك ونراجع حسابك وأي معاملات ذكرتها.',
            `سنكتب إليك ${ctx.within(v.timeFrameHours)} لنخبرك بما توصّلنا إليه، أو لنوضّح السبب وموعد ردّنا إذا احتجنا إلى وقت أطول.`,
            'إذا احتجنا إلى أي معلومات إضافية، فسنطلبها منك عبر البريد الإلكتروني. لا يلزمك القيام بأي شيء الآن.',
          ],
        },
        {
          type: 'paragraph',
          text: v.talkToPerson
            ? 'لقد طلبت التحدث إلى شخص، لذا سيتواصل معك أحد أفراد فريقنا مباشرةً.'
            : 'للتحدث إلى شخص، يكفي الرد على هذه الرسالة وإخبارنا بذلك، وسيتولّى أحد أفراد فريقنا الأمر.',
        },
        v.secretsRedacted
          ? {
              type: 'callout',
              tone: 'alert',
              title: 'تنبيه مهم: حذفنا بيانات سرية من رسالتك',
              paragraphs: [
                'يبدو أن رسالتك تضمّنت عبارة استرداد أو مفتاحًا خاصًا أو كلمة مرور. لقد حذفناها قبل حفظ شكواك، فلن يراها أحد من فريقنا.',
                'إذا كانت حقيقية، فيجب اعتبارها مكشوفة: يُرجى نقل أموالك في أقرب وقت إلى محفظة جديدة بعبارة استرداد جديدة، وتغيير كلمة المرور.',
                'لن نطلب منك أبدًا عبارة الاسترداد أو المفتاح الخاص أو كلمة المرور. يُرجى عدم مشاركتها مع أي أحد.',
              ],
            }
          : {
              type: 'callout',
              tone: 'warning',
              title: 'أمان حسابك',
              paragraphs: [
                'لن نطلب منك أبدًا عبارة الاسترداد (Seed Phrase) أو المفتاح الخاص أو كلمة المرور، لا عبر البريد الإلكتروني ولا الدردشة ولا الهاتف. يُرجى عدم مشاركتها مع أي أحد، حتى لو ادّعى أنه من فريقنا.',
              ],
            },
        { type: 'paragraph', text: 'يُرجى الاحتفاظ بهذه الرسالة، فالرد عليها هو أسرع طريقة للوصول إلى الشخص الذي يتابع حالتك.' },
      ],
    }),

    resolution: (v, ctx) => ({
      subject: 'نتائج مراجعة شكواك',
      blocks: [
        { type: 'paragraph', text: 'انتهينا من مراجعة شكواك، وإليك ما توصّلنا إليه.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'الموضوع', value: ctx.categoryLabel(v.category) },
          ],
        },
        ...(v.findings.length > 0 ? [{ type: 'english-notes' as const, intro: 'ملاحظات فريقنا (باللغة الإنجليزية):', lines: v.findings }] : []),
        ...(v.evidence.length > 0
          ? [
              {
                type: 'evidence' as const,
                title: 'المعاملات التي راجعناها',
                hint: 'يفتح كل رابط المعاملة في مستكشف بلوك تشين عام.',
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
                    ? `كما اقترحنا تعويضًا لك. سيراجعه أحد المسؤولين، وسنرسل إليك القرار عبر البريد الإلكتروني ${ctx.within(v.decisionTimeFrameHours)}.`
                    : 'كما اقترحنا تعويضًا لك. سيراجعه أحد المسؤولين، وسنرسل إليك القرار عبر البريد الإلكتروني فور اتخاذه.',
              },
            ]
          : []),
        { type: 'paragraph', text: 'بعد ذلك، سنرسل إليك سؤالًا قصيرًا واحدًا لنعرف إن كانت شكواك قد حُلّت.' },
        { type: 'paragraph', text: 'إذا كان هناك ما هو غير واضح، أو في حال عدم موافقتك، يكفي الرد على هذه الرسالة، وسيقرؤها شخص من فريقنا ويرد عليك.' },
      ],
    }),

    'satisfaction-question': (v, ctx) => ({
      subject: 'هل حللنا شكواك؟',
      blocks: [
        { type: 'paragraph', text: 'راسلناك مؤخرًا بشأن شكواك، ونودّ أن نعرف: هل حُلّت المشكلة؟' },
        { type: 'action', label: 'الإجابة عن السؤال', url: v.answerUrl, fallback: 'إذا لم يعمل الزر، يُرجى نسخ هذا الرابط ولصقه في المتصفح:' },
        { type: 'paragraph', text: 'لن يستغرق ذلك أكثر من دقيقة. وإذا كانت الإجابة «لا»، فسيعود أحد أفراد فريقنا إلى متابعة حالتك.' },
        {
          type: 'paragraph',
          text: `يُرجى الإجابة ${ctx.withinDays(v.respondWithinDays)}. إذا لم يصلنا ردّك بحلول ذلك الوقت، فسنغلق الحالة، ومع ذلك يمكنك الرد على هذه الرسالة لاحقًا وسيقرؤها شخص من فريقنا.`,
        },
        { type: 'paragraph', text: 'هذا الرابط صالح لمرة واحدة ومخصّص لك وحدك، لذا يُرجى عدم إعادة توجيه هذه الرسالة.' },
      ],
    }),

    'compensation-approved': (v) => ({
      subject: 'تمت الموافقة على تعويضك',
      blocks: [
        { type: 'paragraph', text: 'أخبار سارّة: وافقنا على تعويض بخصوص شكواك.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'المبلغ', value: `${v.amount} ${v.asset}`, ltr: true },
          ],
        },
        ...(v.lowered ? [{ type: 'paragraph' as const, text: LOWER_AMOUNT }] : []),
        { type: 'paragraph', text: 'سنُعلمك عند إتمام الدفع.' },
        { type: 'paragraph', text: 'بعد ذلك، سنرسل إليك سؤالًا قصيرًا واحدًا لنعرف إن كانت شكواك قد حُلّت.' },
      ],
    }),

    'compensation-rejected': (v) => ({
      subject: 'قرارنا بشأن التعويض',
      blocks: [
        { type: 'paragraph', text: 'راجعنا حالتك بعناية، وقرّرنا عدم تقديم تعويض.' },
        { type: 'english-notes', intro: REASON_INTRO, lines: [v.reason] },
        {
          type: 'paragraph',
          text: 'ندرك أن هذا ليس الرد المأمول. في حال عدم موافقتك، أو إذا كانت لديك معلومات لم نطّلع عليها، يكفي الرد على هذه الرسالة وسيراجعها شخص من فريقنا.',
        },
        { type: 'paragraph', text: OUTSIDE_HELP },
      ],
    }),

    'compensation-paid': (v) =>
      compensationPaid(v, {
        subject: 'تم صرف تعويضك',
        lead: 'أودعنا مبلغ التعويض في حسابك لدينا.',
        caseNumberLabel: CASE_NUMBER,
        amountLabel: 'المبلغ',
        referenceLabel: 'مرجع الدفعة',
        lowered: LOWER_AMOUNT,
        question: 'سنرسل إليك قريبًا سؤالًا قصيرًا واحدًا لنعرف إن كانت شكواك قد حُلّت.',
        notArrived: 'إذا لم يظهر المبلغ في حسابك خلال يوم واحد، يكفي الرد على هذه الرسالة وسيتحقّق شخص من فريقنا من الأمر.',
      }),

    'compensation-payout-delayed': (v) =>
      compensationPayoutDelayed(v, {
        subject: 'تأخّر صرف تعويضك',
        lead: 'وافقنا على تعويض بخصوص شكواك، لكن عملية الدفع لم تكتمل بعد.',
        caseNumberLabel: CASE_NUMBER,
        approvedAmountLabel: 'المبلغ الموافق عليه',
        handling: 'يتابع أحد أفراد فريقنا الأمر الآن، وسيراسلك فور وصول المبلغ إلى حسابك.',
        nothingToDo: 'نعتذر عن الانتظار. لا يلزمك القيام بأي شيء، وللتواصل مع أحد أفراد فريقنا، يكفي الرد على هذه الرسالة.',
      }),

    'decision-escalated': (v, ctx) => ({
      subject: 'أُحيلت حالتك إلى مسؤول أعلى',
      blocks: [
        {
          type: 'paragraph',
          text: 'تحتاج حالتك إلى قرار من أحد كبار أعضاء فريقنا، لذا أحلناها إليه. سيستغرق ذلك وقتًا أطول قليلًا مما ذكرناه سابقًا.',
        },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'الموعد الجديد', value: ctx.within(v.newTimeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'نعتذر عن الانتظار. لا يلزمك القيام بأي شيء، وإذا أردت إضافة شيء، يكفي الرد على هذه الرسالة.' },
      ],
    }),

    reopened: (v, ctx) => ({
      subject: 'أعدنا فتح حالتك',
      blocks: [
        { type: 'paragraph', text: 'شكرًا لإخبارنا بأن شكواك لم تُحلّ. أعدنا فتح حالتك، وسيتابعها أحد أفراد فريقنا من جديد.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'سنتواصل معك', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'إذا أردت إخبارنا بأي شيء، يكفي الرد على هذه الرسالة، وسيصل ردّك مباشرةً إلى حالتك.' },
      ],
    }),

    closed: () => ({
      subject: 'أُغلقت حالتك',
      blocks: [
        {
          type: 'paragraph',
          text: 'أغلقنا حالتك. شكرًا على صبرك خلال مراجعتنا لها، وعلى إخبارنا بالمشكلة، فهذا يساعدنا على التحسّن.',
        },
        { type: 'paragraph', text: 'إذا عادت المشكلة أو كان لديك أي سؤال بشأن هذه الحالة، يكفي الرد على هذه الرسالة وسيقرؤها شخص من فريقنا.' },
      ],
    }),

    'needs-attention': (v, ctx) => ({
      subject: 'تحديث بشأن حالتك: يتولاها أحد أفراد فريقنا',
      blocks: [
        { type: 'paragraph', text: 'تستغرق معالجة حالتك وقتًا أطول مما توقّعنا، لذا يتولاها الآن أحد أفراد فريقنا بنفسه.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'سنتواصل معك', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'نعتذر عن التأخير. لا يلزمك القيام بأي شيء، وإذا أردت إضافة شيء، يكفي الرد على هذه الرسالة.' },
      ],
    }),

    'closed-by-staff': (v) =>
      closedByStaff(v, {
        subject: 'أغلق فريقنا حالتك',
        lead: 'أغلق أحد أعضاء فريق معالجة الشكاوى حالتك.',
        reasonIntro: REASON_INTRO,
        disagree: 'في حال عدم موافقتك، يكفي الرد على هذه الرسالة وسيراجع شخص من فريقنا حالتك.',
        outsideHelp: OUTSIDE_HELP,
      }),
    'agent-message': (v) => agentMessage(v, { subject: 'رسالة من فريقنا بخصوص شكواك', lead: 'كتب إليك أحد أعضاء فريقنا بخصوص حالتك.', reply: 'للرد، أجب على هذه الرسالة مباشرةً وسيصل ردك إلى حالتك.', caseNumberLabel: CASE_NUMBER }),
  },
};
