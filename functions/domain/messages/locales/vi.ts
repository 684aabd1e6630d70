// Vietnamese, addressing the customer as "bạn": warm and direct, as modern fintech apps do.
import type { Locale } from '../locale';

export const vi: Locale = {
  language: 'vi',
  // Vietnamese has no plural forms: one `other` case.
  withinHours: '{count, plural, other {trong vòng # giờ}}',
  withinDays: '{count, plural, other {trong vòng # ngày}}',
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
  greeting: 'Chào bạn,',
  greetingByName: 'Chào {name},',
  signOff: ['Trân trọng,', 'Đội ngũ xử lý khiếu nại'],
  footer: {
    reachPerson: 'Hồ sơ {caseNumber}. Để trao đổi với nhân viên, bạn chỉ cần trả lời email này.',
    neverAsk: 'Chúng tôi sẽ không bao giờ hỏi cụm từ khôi phục, khóa riêng tư hay mật khẩu của bạn.',
  },
  shared: {
    caseNumberLabel: 'Mã hồ sơ',
    loweredAmount:
      'Sau khi xem xét hồ sơ, người có thẩm quyền đã phê duyệt số tiền thấp hơn mức đề xuất ban đầu. Nếu bạn cho rằng điều này chưa đúng, hãy trả lời email này và một nhân viên sẽ xem xét lại.',
    reasonIntro: 'Lý do (bằng tiếng Anh):',
    outsideHelp:
      'Nếu vấn đề vẫn chưa được giải quyết thỏa đáng, bạn cũng có thể gửi khiếu nại đến một tổ chức giải quyết tranh chấp độc lập hoặc cơ quan quản lý tài chính tại quốc gia của bạn.',
    questionFollows: 'Sau đó, chúng tôi sẽ gửi một câu hỏi ngắn để biết khiếu nại của bạn đã được giải quyết chưa.',
  },
  messages: {
    acknowledgement: {
      subject: 'Chúng tôi đã nhận được khiếu nại của bạn',
      lead: 'Cảm ơn bạn đã liên hệ. Chúng tôi đã nhận được khiếu nại của bạn, và một nhân viên trong đội ngũ sẽ trực tiếp xem xét.',
      replyByLabel: 'Chúng tôi sẽ phản hồi',
      nextHeading: 'Các bước tiếp theo',
      stepRead: 'Chúng tôi sẽ đọc khiếu nại và kiểm tra tài khoản của bạn cũng như các giao dịch bạn đã nêu.',
      stepWrite:
        'Chúng tôi sẽ gửi email cho bạn {within} về những gì đã tìm hiểu được — hoặc, nếu cần thêm thời gian, sẽ giải thích lý do và cho bạn biết khi nào có phản hồi.',
      stepAsk: 'Nếu cần thêm thông tin, chúng tôi sẽ hỏi bạn qua email. Hiện tại bạn không cần làm gì thêm.',
      personRequested: 'Bạn đã yêu cầu được trao đổi với nhân viên, vì vậy một thành viên trong đội ngũ sẽ liên hệ trực tiếp với bạn.',
      personOffer: 'Bạn muốn trao đổi với nhân viên? Hãy trả lời email này và cho chúng tôi biết — một thành viên trong đội ngũ sẽ tiếp nhận.',
      secretRemoved: {
        title: 'Quan trọng: chúng tôi đã xóa thông tin bí mật khỏi tin nhắn của bạn',
        paragraphs: [
          'Tin nhắn của bạn dường như có chứa cụm từ khôi phục, khóa riêng tư hoặc mật khẩu. Chúng tôi đã xóa thông tin đó trước khi lưu khiếu nại, nên nhân viên của chúng tôi sẽ không nhìn thấy.',
          'Nếu đó là thông tin thật, hãy coi như nó đã bị lộ: chuyển tiền của bạn sang một ví mới với cụm từ khôi phục mới càng sớm càng tốt, và đổi mật khẩu.',
          'Chúng tôi sẽ không bao giờ hỏi cụm từ khôi phục, khóa riêng tư hay mật khẩu của bạn. Đừng bao giờ chia sẻ chúng với bất kỳ ai.',
        ],
      },
      keepSafe: {
        title: 'Giữ an toàn cho tài khoản của bạn',
        paragraphs: [
          'Chúng tôi sẽ không bao giờ hỏi cụm từ khôi phục (seed phrase), khóa riêng tư (private key) hay mật khẩu của bạn — dù qua email, chat hay điện thoại. Đừng bao giờ chia sẻ chúng với bất kỳ ai, kể cả người tự xưng là nhân viên của chúng tôi.',
        ],
      },
      keepEmail: 'Hãy giữ lại email này: trả lời email này là cách nhanh nhất để liên hệ với người đang phụ trách hồ sơ của bạn.',
    },
    resolution: {
      subject: 'Kết quả xem xét khiếu nại của bạn',
      lead: 'Chúng tôi đã xem xét xong khiếu nại của bạn. Dưới đây là những gì chúng tôi tìm thấy.',
      topicLabel: 'Chủ đề',
      findingsIntro: 'Ghi chú của đội ngũ chúng tôi (bằng tiếng Anh):',
      evidenceTitle: 'Các giao dịch chúng tôi đã kiểm tra',
      evidenceHint: 'Mỗi liên kết mở giao dịch trên một trình khám phá blockchain công khai.',
      compensationWithin:
        'Chúng tôi cũng đã đề xuất bồi thường cho bạn. Người có thẩm quyền sẽ xem xét đề xuất này, và chúng tôi sẽ gửi quyết định cho bạn qua email {within}.',
      compensationSoon:
        'Chúng tôi cũng đã đề xuất bồi thường cho bạn. Người có thẩm quyền sẽ xem xét đề xuất này, và chúng tôi sẽ gửi quyết định cho bạn qua email ngay khi có.',
      disagree: 'Nếu có điều gì chưa rõ hoặc bạn không đồng ý, hãy trả lời email này — một nhân viên sẽ đọc và phản hồi bạn.',
    },
    'satisfaction-question': {
      subject: 'Chúng tôi đã giải quyết được khiếu nại của bạn chưa?',
      lead: 'Gần đây chúng tôi đã gửi email cho bạn về khiếu nại. Chúng tôi muốn biết: vấn đề của bạn đã được giải quyết chưa?',
      answerButton: 'Trả lời câu hỏi',
      linkFallback: 'Nếu nút không hoạt động, hãy sao chép liên kết này vào trình duyệt:',
      quick: 'Chỉ mất chưa đến một phút. Nếu câu trả lời là không, một nhân viên sẽ tiếp tục xử lý hồ sơ của bạn.',
      answerWithin:
        'Vui lòng trả lời {within}. Nếu đến lúc đó chúng tôi chưa nhận được phản hồi, chúng tôi sẽ đóng hồ sơ — nhưng bạn vẫn có thể trả lời email này, và một nhân viên sẽ đọc.',
      linkOnce: 'Liên kết chỉ dùng được một lần và dành riêng cho bạn, vì vậy vui lòng không chuyển tiếp email này.',
    },
    'compensation-approved': {
      subject: 'Khoản bồi thường của bạn đã được phê duyệt',
      lead: 'Tin vui: chúng tôi đã phê duyệt khoản bồi thường cho khiếu nại của bạn.',
      amountLabel: 'Số tiền',
      paymentFollows: 'Chúng tôi sẽ báo cho bạn khi khoản thanh toán được thực hiện.',
    },
    'compensation-rejected': {
      subject: 'Quyết định của chúng tôi về việc bồi thường',
      lead: 'Chúng tôi đã xem xét kỹ hồ sơ của bạn và quyết định không bồi thường.',
      disagree:
        'Chúng tôi hiểu đây không phải câu trả lời bạn mong đợi. Nếu bạn không đồng ý hoặc có thông tin mà chúng tôi chưa xem xét, hãy trả lời email này và một nhân viên sẽ xem xét.',
    },
    'compensation-paid': {
      subject: 'Khoản bồi thường của bạn đã được thanh toán',
      lead: 'Chúng tôi đã chuyển khoản bồi thường vào tài khoản của bạn trên nền tảng của chúng tôi.',
      amountLabel: 'Số tiền',
      referenceLabel: 'Mã tham chiếu thanh toán',
      question: 'Sắp tới, chúng tôi sẽ gửi một câu hỏi ngắn để biết khiếu nại của bạn đã được giải quyết chưa.',
      notArrived: 'Nếu sau một ngày số tiền vẫn chưa hiển thị trong tài khoản, hãy trả lời email này và một nhân viên sẽ kiểm tra.',
    },
    'compensation-payout-delayed': {
      subject: 'Khoản bồi thường của bạn đang bị chậm chi trả',
      lead: 'Chúng tôi đã phê duyệt khoản bồi thường cho khiếu nại của bạn, nhưng giao dịch chi trả chưa hoàn tất.',
      approvedAmountLabel: 'Số tiền được duyệt',
      handling: 'Một nhân viên trong đội ngũ đang kiểm tra việc này và sẽ báo cho bạn ngay khi tiền vào tài khoản.',
      nothingToDo: 'Xin lỗi vì đã để bạn chờ. Bạn không cần làm gì thêm; nếu muốn trao đổi với nhân viên, hãy trả lời email này.',
    },
    'decision-escalated': {
      subject: 'Hồ sơ của bạn đã được chuyển lên cấp cao hơn',
      lead: 'Hồ sơ của bạn cần quyết định từ một thành viên cấp cao trong đội ngũ, nên chúng tôi đã chuyển tiếp. Việc này sẽ mất thêm một chút thời gian so với thông báo trước đó.',
      timeFrameLabel: 'Thời hạn mới',
      closing: 'Xin lỗi vì để bạn phải chờ. Bạn không cần làm gì thêm; nếu muốn bổ sung thông tin, hãy trả lời email này.',
    },
    reopened: {
      subject: 'Chúng tôi đã mở lại hồ sơ của bạn',
      lead: 'Cảm ơn bạn đã cho chúng tôi biết khiếu nại chưa được giải quyết. Chúng tôi đã mở lại hồ sơ, và một nhân viên sẽ tiếp tục xử lý.',
      timeFrameLabel: 'Chúng tôi sẽ liên hệ',
      closing: 'Nếu bạn muốn chia sẻ thêm điều gì, hãy trả lời email này — thư sẽ được chuyển thẳng vào hồ sơ của bạn.',
    },
    closed: {
      subject: 'Hồ sơ của bạn đã được đóng',
      lead: 'Chúng tôi đã đóng hồ sơ của bạn. Cảm ơn bạn đã kiên nhẫn trong thời gian chúng tôi xem xét, và đã cho chúng tôi biết về vấn đề — điều đó giúp chúng tôi cải thiện.',
      comeBack: 'Nếu vấn đề tái diễn hoặc bạn có câu hỏi về hồ sơ này, hãy trả lời email này và một nhân viên sẽ đọc.',
    },
    'needs-attention': {
      subject: 'Cập nhật hồ sơ: một nhân viên đang trực tiếp xử lý',
      lead: 'Hồ sơ của bạn đang mất nhiều thời gian hơn dự kiến, vì vậy một thành viên trong đội ngũ hiện đang trực tiếp xử lý.',
      timeFrameLabel: 'Chúng tôi sẽ liên hệ',
      closing: 'Xin lỗi vì sự chậm trễ. Bạn không cần làm gì thêm; nếu muốn bổ sung thông tin, hãy trả lời email này.',
    },
    'closed-by-staff': {
      subject: 'Đội ngũ của chúng tôi đã đóng hồ sơ của bạn',
      lead: 'Một nhân viên trong đội ngũ xử lý khiếu nại đã đóng hồ sơ của bạn.',
      disagree: 'Nếu bạn không đồng ý, hãy trả lời email này và một nhân viên sẽ xem xét lại hồ sơ.',
    },
    'agent-message': {
      subject: 'Tin nhắn từ đội ngũ của chúng tôi về khiếu nại của bạn',
      lead: 'Một nhân viên trong đội ngũ của chúng tôi đã viết cho bạn về hồ sơ của bạn.',
      reply: 'Để trả lời, bạn chỉ cần trả lời email này — nội dung sẽ được chuyển thẳng vào hồ sơ của bạn.',
    },
  },
};
