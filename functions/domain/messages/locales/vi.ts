// Vietnamese, addressing the customer as "bạn": warm and direct, as modern fintech apps do.
import { agentMessage } from '../agent-message';
import { closedByStaff } from '../closed-by-staff';
import { compensationPaid } from '../compensation-paid';
import { compensationPayoutDelayed } from '../compensation-payout-delayed';
import type { Locale } from '../locale';

const CASE_NUMBER = 'Mã hồ sơ';
/** Said when the decision-maker approved less than was proposed, in the approval and again with the payment. */
const LOWER_AMOUNT =
  'Sau khi xem xét hồ sơ, người có thẩm quyền đã phê duyệt số tiền thấp hơn mức đề xuất ban đầu. Nếu bạn cho rằng điều này chưa đúng, hãy trả lời email này và một nhân viên sẽ xem xét lại.';
const REASON_INTRO = 'Lý do (bằng tiếng Anh):';
/** Where else the customer can go; said on a refusal and when staff close a case. */
const OUTSIDE_HELP =
  'Nếu vấn đề vẫn chưa được giải quyết thỏa đáng, bạn cũng có thể gửi khiếu nại đến một tổ chức giải quyết tranh chấp độc lập hoặc cơ quan quản lý tài chính tại quốc gia của bạn.';

export const vi: Locale = {
  language: 'vi',
  categories: {
    account_access: 'Truy cập tài khoản',
    withdrawal_or_deposit_delay: 'Chậm rút hoặc nạp tiền',
    unauthorized_transaction_or_fraud: 'Giao dịch trái phép hoặc lừa đảo',
    identity_verification_kyc: 'Xác minh danh tính (KYC)',
    fees_or_pricing: 'Phí hoặc giá',
    trading_or_order_issue: 'Vấn đề về giao dịch hoặc lệnh',
    data_privacy_or_breach: 'Quyền riêng tư hoặc rò rỉ dữ liệu',
    customer_service_quality: 'Chất lượng chăm sóc khách hàng',
    other: 'Vấn đề khác',
  },
  timeFrame: {
    hours: (n) => `trong vòng ${n} giờ`,
    days: (n) => `trong vòng ${n} ngày`,
  },
  greeting: (name) => (name ? `Chào ${name},` : 'Chào bạn,'),
  signOff: ['Trân trọng,', 'Đội ngũ xử lý khiếu nại'],
  footer: (caseNumber) => [
    `Hồ sơ ${caseNumber}. Để trao đổi với nhân viên, bạn chỉ cần trả lời email này.`,
    'Chúng tôi sẽ không bao giờ hỏi cụm từ khôi phục, khóa riêng tư hay mật khẩu của bạn.',
  ],
  messages: {
    acknowledgement: (v, ctx) => ({
      subject: 'Chúng tôi đã nhận được khiếu nại của bạn',
      blocks: [
        { type: 'paragraph', text: 'Cảm ơn bạn đã liên hệ. Chúng tôi đã nhận được khiếu nại của bạn, và một nhân viên trong đội ngũ sẽ trực tiếp xem xét.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Chúng tôi sẽ phản hồi', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'heading', text: 'Các bước tiếp theo' },
        {
          type: 'steps',
          items: [
            'Chúng tôi sẽ đọc khiếu nại và kiểm tra tài khoản của bạn cũng như các giao dịch bạn đã nêu.',
            `Chúng tôi sẽ gửi email cho bạn ${ctx.within(v.timeFrameHours)} về những gì đã tìm hiểu được — hoặc, nếu cần thêm thời gian, sẽ giải thích lý do và cho bạn biết khi nào có phản hồi.`,
            'Nếu cần thêm thông tin, chúng tôi sẽ hỏi bạn qua email. Hiện tại bạn không cần làm gì thêm.',
          ],
        },
        {
          type: 'paragraph',
          text: v.talkToPerson
            ? 'Bạn đã yêu cầu được trao đổi với nhân viên, vì vậy một thành viên trong đội ngũ sẽ liên hệ trực tiếp với bạn.'
            : 'Bạn muốn trao đổi với nhân viên? Hãy trả lời email này và cho chúng tôi biết — một thành viên trong đội ngũ sẽ tiếp nhận.',
        },
        v.secretsRedacted
          ? {
              type: 'callout',
              tone: 'alert',
              title: 'Quan trọng: chúng tôi đã xóa thông tin bí mật khỏi tin nhắn của bạn',
              paragraphs: [
                'Tin nhắn của bạn dường như có chứa cụm từ khôi phục, khóa riêng tư hoặc mật khẩu. Chúng tôi đã xóa thông tin đó trước khi lưu khiếu nại, nên nhân viên của chúng tôi sẽ không nhìn thấy.',
                'Nếu đó là thông tin thật, hãy coi như nó đã bị lộ: chuyển tiền của bạn sang một ví mới với cụm từ khôi phục mới càng sớm càng tốt, và đổi mật khẩu.',
                'Chúng tôi sẽ không bao giờ hỏi cụm từ khôi phục, khóa riêng tư hay mật khẩu của bạn. Đừng bao giờ chia sẻ chúng với bất kỳ ai.',
              ],
            }
          : {
              type: 'callout',
              tone: 'warning',
              title: 'Giữ an toàn cho tài khoản của bạn',
              paragraphs: [
                'Chúng tôi sẽ không bao giờ hỏi cụm từ khôi phục (seed phrase), khóa riêng tư (private key) hay mật khẩu của bạn — dù qua email, chat hay điện thoại. Đừng bao giờ chia sẻ chúng với bất kỳ ai, kể cả người tự xưng là nhân viên của chúng tôi.',
              ],
            },
        { type: 'paragraph', text: 'Hãy giữ lại email này: trả lời email này là cách nhanh nhất để liên hệ với người đang phụ trách hồ sơ của bạn.' },
      ],
    }),

    resolution: (v, ctx) => ({
      subject: 'Kết quả xem xét khiếu nại của bạn',
      blocks: [
        { type: 'paragraph', text: 'Chúng tôi đã xem xét xong khiếu nại của bạn. Dưới đây là những gì chúng tôi tìm thấy.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Chủ đề', value: ctx.categoryLabel(v.category) },
          ],
        },
        ...(v.findings.length > 0 ? [{ type: 'english-notes' as const, intro: 'Ghi chú của đội ngũ chúng tôi (bằng tiếng Anh):', lines: v.findings }] : []),
        ...(v.evidence.length > 0
          ? [
              {
                type: 'evidence' as const,
                title: 'Các giao dịch chúng tôi đã kiểm tra',
                hint: 'Mỗi liên kết mở giao dịch trên một trình khám phá blockchain công khai.',
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
                    ? `Chúng tôi cũng đã đề xuất bồi thường cho bạn. Người có thẩm quyền sẽ xem xét đề xuất này, và chúng tôi sẽ gửi quyết định cho bạn qua email ${ctx.within(v.decisionTimeFrameHours)}.`
                    : 'Chúng tôi cũng đã đề xuất bồi thường cho bạn. Người có thẩm quyền sẽ xem xét đề xuất này, và chúng tôi sẽ gửi quyết định cho bạn qua email ngay khi có.',
              },
            ]
          : []),
        { type: 'paragraph', text: 'Sau đó, chúng tôi sẽ gửi một câu hỏi ngắn để biết khiếu nại của bạn đã được giải quyết chưa.' },
        { type: 'paragraph', text: 'Nếu có điều gì chưa rõ hoặc bạn không đồng ý, hãy trả lời email này — một nhân viên sẽ đọc và phản hồi bạn.' },
      ],
    }),

    'satisfaction-question': (v, ctx) => ({
      subject: 'Chúng tôi đã giải quyết được khiếu nại của bạn chưa?',
      blocks: [
        { type: 'paragraph', text: 'Gần đây chúng tôi đã gửi email cho bạn về khiếu nại. Chúng tôi muốn biết: vấn đề của bạn đã được giải quyết chưa?' },
        { type: 'action', label: 'Trả lời câu hỏi', url: v.answerUrl, fallback: 'Nếu nút không hoạt động, hãy sao chép liên kết này vào trình duyệt:' },
        { type: 'paragraph', text: 'Chỉ mất chưa đến một phút. Nếu câu trả lời là không, một nhân viên sẽ tiếp tục xử lý hồ sơ của bạn.' },
        {
          type: 'paragraph',
          text: `Vui lòng trả lời ${ctx.withinDays(v.respondWithinDays)}. Nếu đến lúc đó chúng tôi chưa nhận được phản hồi, chúng tôi sẽ đóng hồ sơ — nhưng bạn vẫn có thể trả lời email này, và một nhân viên sẽ đọc.`,
        },
        { type: 'paragraph', text: 'Liên kết chỉ dùng được một lần và dành riêng cho bạn, vì vậy vui lòng không chuyển tiếp email này.' },
      ],
    }),

    'compensation-approved': (v) => ({
      subject: 'Khoản bồi thường của bạn đã được phê duyệt',
      blocks: [
        { type: 'paragraph', text: 'Tin vui: chúng tôi đã phê duyệt khoản bồi thường cho khiếu nại của bạn.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Số tiền', value: `${v.amount} ${v.asset}`, ltr: true },
          ],
        },
        ...(v.lowered ? [{ type: 'paragraph' as const, text: LOWER_AMOUNT }] : []),
        { type: 'paragraph', text: 'Chúng tôi sẽ báo cho bạn khi khoản thanh toán được thực hiện.' },
        { type: 'paragraph', text: 'Sau đó, chúng tôi sẽ gửi một câu hỏi ngắn để biết khiếu nại của bạn đã được giải quyết chưa.' },
      ],
    }),

    'compensation-rejected': (v) => ({
      subject: 'Quyết định của chúng tôi về việc bồi thường',
      blocks: [
        { type: 'paragraph', text: 'Chúng tôi đã xem xét kỹ hồ sơ của bạn và quyết định không bồi thường.' },
        { type: 'english-notes', intro: REASON_INTRO, lines: [v.reason] },
        {
          type: 'paragraph',
          text: 'Chúng tôi hiểu đây không phải câu trả lời bạn mong đợi. Nếu bạn không đồng ý hoặc có thông tin mà chúng tôi chưa xem xét, hãy trả lời email này và một nhân viên sẽ xem xét.',
        },
        { type: 'paragraph', text: OUTSIDE_HELP },
      ],
    }),

    'compensation-paid': (v) =>
      compensationPaid(v, {
        subject: 'Khoản bồi thường của bạn đã được thanh toán',
        lead: 'Chúng tôi đã chuyển khoản bồi thường vào tài khoản của bạn trên nền tảng của chúng tôi.',
        caseNumberLabel: CASE_NUMBER,
        amountLabel: 'Số tiền',
        referenceLabel: 'Mã tham chiếu thanh toán',
        lowered: LOWER_AMOUNT,
        question: 'Sắp tới, chúng tôi sẽ gửi một câu hỏi ngắn để biết khiếu nại của bạn đã được giải quyết chưa.',
        notArrived: 'Nếu sau một ngày số tiền vẫn chưa hiển thị trong tài khoản, hãy trả lời email này và một nhân viên sẽ kiểm tra.',
      }),

    'compensation-payout-delayed': (v) =>
      compensationPayoutDelayed(v, {
        subject: 'Khoản bồi thường của bạn đang bị chậm chi trả',
        lead: 'Chúng tôi đã phê duyệt khoản bồi thường cho khiếu nại của bạn, nhưng giao dịch chi trả chưa hoàn tất.',
        caseNumberLabel: CASE_NUMBER,
        approvedAmountLabel: 'Số tiền được duyệt',
        handling: 'Một nhân viên trong đội ngũ đang kiểm tra việc này và sẽ báo cho bạn ngay khi tiền vào tài khoản.',
        nothingToDo: 'Xin lỗi vì đã để bạn chờ. Bạn không cần làm gì thêm; nếu muốn trao đổi với nhân viên, hãy trả lời email này.',
      }),

    'decision-escalated': (v, ctx) => ({
      subject: 'Hồ sơ của bạn đã được chuyển lên cấp cao hơn',
      blocks: [
        {
          type: 'paragraph',
          text: 'Hồ sơ của bạn cần quyết định từ một thành viên cấp cao trong đội ngũ, nên chúng tôi đã chuyển tiếp. Việc này sẽ mất thêm một chút thời gian so với thông báo trước đó.',
        },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Thời hạn mới', value: ctx.within(v.newTimeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Xin lỗi vì để bạn phải chờ. Bạn không cần làm gì thêm; nếu muốn bổ sung thông tin, hãy trả lời email này.' },
      ],
    }),

    reopened: (v, ctx) => ({
      subject: 'Chúng tôi đã mở lại hồ sơ của bạn',
      blocks: [
        { type: 'paragraph', text: 'Cảm ơn bạn đã cho chúng tôi biết khiếu nại chưa được giải quyết. Chúng tôi đã mở lại hồ sơ, và một nhân viên sẽ tiếp tục xử lý.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Chúng tôi sẽ liên hệ', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Nếu bạn muốn chia sẻ thêm điều gì, hãy trả lời email này — thư sẽ được chuyển thẳng vào hồ sơ của bạn.' },
      ],
    }),

    closed: () => ({
      subject: 'Hồ sơ của bạn đã được đóng',
      blocks: [
        {
          type: 'paragraph',
          text: 'Chúng tôi đã đóng hồ sơ của bạn. Cảm ơn bạn đã kiên nhẫn trong thời gian chúng tôi xem xét, và đã cho chúng tôi biết về vấn đề — điều đó giúp chúng tôi cải thiện.',
        },
        { type: 'paragraph', text: 'Nếu vấn đề tái diễn hoặc bạn có câu hỏi về hồ sơ này, hãy trả lời email này và một nhân viên sẽ đọc.' },
      ],
    }),

    'needs-attention': (v, ctx) => ({
      subject: 'Cập nhật hồ sơ: một nhân viên đang trực tiếp xử lý',
      blocks: [
        { type: 'paragraph', text: 'Hồ sơ của bạn đang mất nhiều thời gian hơn dự kiến, vì vậy một thành viên trong đội ngũ hiện đang trực tiếp xử lý.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Chúng tôi sẽ liên hệ', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Xin lỗi vì sự chậm trễ. Bạn không cần làm gì thêm; nếu muốn bổ sung thông tin, hãy trả lời email này.' },
      ],
    }),

    'closed-by-staff': (v) =>
      closedByStaff(v, {
        subject: 'Đội ngũ của chúng tôi đã đóng hồ sơ của bạn',
        lead: 'Một nhân viên trong đội ngũ xử lý khiếu nại đã đóng hồ sơ của bạn.',
        reasonIntro: REASON_INTRO,
        disagree: 'Nếu bạn không đồng ý, hãy trả lời email này và một nhân viên sẽ xem xét lại hồ sơ.',
        outsideHelp: OUTSIDE_HELP,
      }),
    'agent-message': (v) => agentMessage(v, { subject: 'Tin nhắn từ đội ngũ của chúng tôi về khiếu nại của bạn', lead: 'Một nhân viên trong đội ngũ của chúng tôi đã viết cho bạn về hồ sơ của bạn.', reply: 'Để trả lời, bạn chỉ cần trả lời email này — nội dung sẽ được chuyển thẳng vào hồ sơ của bạn.', caseNumberLabel: CASE_NUMBER }),
  },
};
