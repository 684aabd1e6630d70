// The fixed security rule: decides, before and independently of any classifier, whether a complaint
// is a security matter (account takeover, unauthorized transaction, phishing, data exposure).
// It is deliberately a reviewed word list rather than a model: it must be predictable, explainable
// and biased towards recall, since a missed takeover costs far more than a case sent to security
// by mistake. Cue syntax is the lexicon's (see lexicon.ts and cue-matcher.ts).
import { CueIndex, cueNeedle } from './cue-matcher';
import { normalizeForMatching, SECURITY_SCAN_CHARS } from './normalize';
import { SECURITY_REASONS, type SecurityReason } from './types';

export interface SecurityMatter {
  readonly isSecurity: boolean;
  readonly reasons: SecurityReason[];
}

const SECURITY_CUES: Readonly<Record<SecurityReason, readonly string[]>> = {
  account_takeover: [
    // en
    'hacked', 'hacker*', 'hack', 'hacking', 'account compromised', 'account was compromised', 'account is compromised',
    'account has been compromised', 'compromised account', 'my account is compromised', 'someone logged', 'someone accessed',
    'someone got into', 'someone else logged', 'someone has access', 'unknown login', 'unknown device', 'unrecognised login',
    'unrecognized login', 'unrecognised device', 'unrecognized device', 'login from a new device', 'login i did not', 'logins i did not',
    'changed my password without', 'changed my email without', 'email changed without', 'password changed without',
    'sim swap*', 'swapped my sim', 'sim card was swapped', 'account takeover', 'taken over', 'took over my account',
    'got past 2fa', 'got past my 2fa', 'bypassed 2fa', 'bypassed my 2fa', 'bypass 2fa', 'api key was created', 'api key created without',
    // ru
    'взлом*', 'взломал*', 'угнали', 'угон*', 'неизвестн* вход', 'вход с незнаком*', 'вход с нового устройства', 'незнаком* устройств*',
    'сменили пароль', 'сменили почту', 'поменяли пароль', 'поменяли почту', 'обошли 2фа', 'обошли двухфактор*', 'кто то зашел',
    'кто то вошел', 'посторонний вход',
    // uk
    'зламал*', 'зламан*', 'злам*', 'невідом* вхід', 'вхід з невідом*', 'вхід з нового пристрою', 'невідом* пристр*', 'змінили пароль',
    'змінили пошту', 'обійшли', 'хтось зайшов', 'хтось увійшов',
    // ar
    'اختراق', 'اخترق', 'اتهكر', 'مهكر', 'تهكير', 'هكر', 'جهاز غريب', 'جهاز غير معروف', 'غيروا الايميل', 'غيروا البريد',
    'غيروا كلمه المرور', 'حد دخل حسابي', 'شخص ما دخل', 'تجاوزوا المصادقه', 'دخول غير مصرح',
    // vi
    'bi hack', 'hack', 'chiem quyen', 'thiet bi la', 'dang nhap la', 'bi doi email', 'bi doi mat khau', 'qua duoc 2fa',
    'vuot qua 2fa',
    // pt
    'hackead*', 'hackearam', 'invadi*', 'invasao', 'trocaram o email', 'trocaram a senha', 'aparelho estranho', 'dispositivo estranho',
    'dispositivo desconhecido', 'passaram pelo 2fa',
    // es
    'hackear*', 'hackeo', 'hackearon', 'hackead*', 'entraron a mi cuenta', 'cambiaron el correo', 'cambiaron la contrasena',
    'dispositivo extrano', 'dispositivo desconocido', 'pasaron el 2fa',
    // zh
    '被盗', '盗号', '被黑', '黑客', '异地登录', '陌生设备', '邮箱被改', '密码被改', '绕过',
  ],
  unauthorized_transaction: [
    // en
    'unauthori*', 'did not authori*', 'never authori*', 'not authori*', 'i did not make', 'i never made', 'never made',
    'did not make this', 'did not make these', 'did not make it', 'was not me', 'not me', 'i did not do this', 'i did not do it',
    'stolen', 'stole', 'steal*', 'theft', 'drained', 'someone withdrew', 'someone stole', 'someone sent', 'withdrew all my',
    'do not recognise', 'do not recognize', 'did not recognise', 'did not recognize', 'not recognised', 'not recognized',
    'unrecognised transaction', 'unrecognized transaction', 'unrecognised payment', 'unrecognized payment', 'unrecognised charge',
    'unrecognized charge', 'fraudulent', 'compromised card', 'card was compromised', 'card has been compromised', 'card compromised',
    'did not place', 'never placed', 'do not recall', 'never approved', 'did not approve', 'without my permission',
    'without my consent', 'without my knowledge', 'without my approval', 'someone is using my', 'someone used my',
    'someone has my card', 'someone copied', 'someone made', 'is not mine', 'not mine', 'not from me', 'not made by me',
    'did not do', 'did not set up', 'not set up by me', 'fraud charge', 'fraudulent charge', 'strange payment', 'strange charge*',
    'strange transaction*', 'weird charge*', 'weird payment*', 'weird transaction*', 'unknown payment*', 'unknown charge*',
    'unknown transaction*', 'unknown withdrawal*', 'freeze my card', 'dispute fraud', 'strange withdrawal*', 'odd withdrawal*',
    'weird withdrawal*', 'did not perform', 'not performed by me', 'took money out', 'taken money out', 'someone took',
    'someone has taken', 'someone has took', 'withdrawing money from my account', 'someone else is using', 'someone else used',
    'someone is using', 'used my card without', 'card was used without', 'used without permission', 'without me knowing',
    'improperly used', 'not by me', 'says i did', 'says that i did',
    // ru
    'не делал', 'не делала', 'не совершал', 'не совершала', 'не подтверждал', 'не авторизовал', 'не разрешал', 'без моего ведома',
    'без моего согласия', 'без моего участия', 'это не я', 'украл*', 'украден*', 'кража', 'кражи', 'похитил*', 'похищен*',
    'чужой адрес', 'неизвестный адрес', 'чужой кошел*', 'левый кошел*', 'левый адрес', 'списания которые я не',
    'кто то использует', 'кто то воспользовался', 'не мои', 'не моя', 'не мой', 'не от меня', 'неизвестн* списани*',
    'неизвестн* транзакц*', 'неизвестн* платеж*', 'странн* списани*', 'странн* транзакц*', 'заблокируйте карту',
    // uk
    'не робив', 'не робила', 'не здійснював', 'не здійснювала', 'не підтверджував', 'без моєї згоди', 'не давав згоди',
    'без моєї участі', 'вкрал*', 'вкраден*', 'крадіжк*', 'викрал*', 'чужу адресу', 'чужий гаманець', 'хтось використовує',
    'не мої', 'не мій', 'не від мене', 'невідом* списан*', 'невідом* транзакц*', 'невідом* платеж*', 'дивн* списан*',
    // ar
    'لم اقم', 'ما عملت', 'لم افعل', 'بدون اذني', 'بدون علمي', 'غير مصرح', 'سرق', 'سحبوا كل', 'عنوان غير معروف', 'عنوان غريب',
    'شخص يستخدم', 'ليست لي', 'ليس لي', 'معاملات غريبه', 'عمليه غريبه', 'خصومات غير معروفه', 'معاملات لم',
    // vi
    'khong thuc hien', 'khong he thuc hien', 'khong xac nhan', 'khong phai toi', 'danh cap', 'trom', 'bi rut', 'rut sach', 'rut het',
    'giao dich la', 'ai do dung', 'khong phai cua toi', 'bi tru tien la', 'khoan tru la',
    // pt
    'nao fui eu', 'nao fiz', 'nao autorizei', 'nao reconheco', 'roubaram', 'roubad*', 'roubou', 'sacaram tudo', 'sacaram todo',
    'alguem esta usando', 'alguem usou', 'nao e minha', 'nao sao minhas', 'cobranca estranha', 'cobrancas estranhas',
    'transacao estranha', 'cobrancas desconhecidas', 'cobranca desconhecida', 'dispositivo novo',
    // es
    'no fui yo', 'yo no fui', 'no hice', 'no autorice', 'no reconozco', 'robaron', 'robad*', 'retiraron todo',
    'alguien esta usando', 'alguien uso', 'no es mio', 'no son mios', 'cargo extrano', 'cargos extranos', 'cargos desconocidos',
    'cargo desconocido', 'transaccion extrana', 'dispositivo nuevo',
    // zh
    '不明交易', '陌生交易', '有人盗刷', '盗刷', '不是我的', '不是我操作', '不是我本人', '非本人', '没有授权', '未授权', '未经授权', '被转走', '偷', '没做过的交易', '我没做过', '不明扣款', '陌生地址',
    '陌生钱包',
  ],
  phishing: [
    // en
    'phish*', 'fake site', 'fake website', 'fake email', 'fake support', 'fake app', 'fake link', 'fake page', 'fake payment',
    'impersonat*', 'pretending to be', 'pretended to be', 'posing as', 'claimed to be', 'said he was from', 'said they were from',
    'scammer*', 'scammed', 'seed phrase', 'recovery phrase', 'private key', 'safe wallet', 'secure wallet', 'safe account',
    'clicked the link', 'clicked a link', 'scam call',
    // ru
    'фишинг*', 'фейков*', 'поддельн*', 'якобы из', 'якобы от', 'представил*', 'мошенник*', 'мошенничеств*', 'выманил*',
    'продиктовал код', 'сид фраз*', 'безопасный кошел*', 'безопасный счет', 'обманул*',
    // uk
    'фішинг*', 'фейков*', 'підробн*', 'нібито від', 'нібито менеджер', 'назвався', 'шахра*', 'виманил*', 'безпечний гаманець',
    'ошукал*',
    // ar
    'تصيد', 'مزيف', 'مزيفه', 'مزور', 'انتحل', 'تدعي انها', 'محتال', 'احتيال', 'محفظه امنه',
    // vi
    'gia mao', 'gia danh', 'bi lua', 'phishing', 'link gia', 'web gia', 'xung la', 'vi an toan', 'ke lua dao',
    // pt
    'phishing', 'email falso', 'site falso', 'comprovante falso', 'se passando', 'fingiu', 'golpista*', 'cai num golpe',
    'cai em golpe', 'carteira segura',
    // es
    'correo falso', 'sitio falso', 'comprobante falso', 'haciendose pasar', 'se hizo pasar', 'estafador*', 'me estafaron',
    'billetera segura',
    // zh
    '钓鱼', '冒充', '假网站', '假的付款', '骗子', '被骗', '诈骗', '安全钱包', '自称',
  ],
  data_exposure: [
    // en
    'data breach', 'breach', 'leak*', 'exposed my', 'my data was exposed', 'someone elses data', 'someone elses account',
    'someone elses details', 'another customers', 'another customer', 'other customers', 'another user', 'sold my data',
    'my data is being sold', 'data is for sale', 'database leaked', 'know my name', 'knew my name', 'visible to others',
    'can see the full name',
    // ru
    'утечк*', 'слили', 'слит*', 'чужие данные', 'данные чужого', 'чужого аккаунта', 'данные продаются', 'знают мое имя',
    'видны другим', 'видно полное имя',
    // uk
    'витік*', 'витоку', 'злили', 'чужі дані', 'чужі документи', 'чужого акаунта', 'чужу пошту', 'дані продаються', 'знають моє',
    'бачать інші',
    // ar
    'تسريب', 'تسربت', 'بيانات شخص اخر', 'بيانات حساب شخص', 'تباع', 'يعرفون اسمي', 'معلوماتي مكشوفه',
    // vi
    'ro ri', 'lo thong tin', 'lo du lieu', 'lam lo', 'thong tin ca nhan cua nguoi khac', 'cua nguoi khac', 'bi ban tren mang',
    // pt
    'vazament*', 'vazaram', 'vazou', 'dados de outra pessoa', 'sabem meu nome', 'sendo vendidos', 'ficam expostos',
    // es
    'filtracion', 'filtraron', 'filtrad*', 'datos de otra persona', 'saben mi nombre', 'se venden', 'quedan expuestos',
    // zh
    '泄露', '泄漏', '别人的身份', '别人的账户', '被卖', '知道我的名字', '知道我的全名', '别人也能看到',
  ],
};

const INDEX = new CueIndex(
  SECURITY_REASONS.flatMap((reason) => SECURITY_CUES[reason].map((source) => ({ needle: cueNeedle(source), value: reason }))),
);

/** Same as detectSecurityMatter, for callers that already normalised the text. */
export function detectSecurityMatterInNormalized(normalized: string): SecurityMatter {
  const found = new Set(INDEX.find(normalized));
  const reasons = SECURITY_REASONS.filter((reason) => found.has(reason));
  return { isSecurity: reasons.length > 0, reasons };
}

/**
 * Whether `text` (any language) reports a security matter, and which kinds. Deterministic,
 * no I/O, never throws. Reasons come in SECURITY_REASONS order.
 */
export function detectSecurityMatter(text: string): SecurityMatter {
  return detectSecurityMatterInNormalized(normalizeForMatching(String(text ?? ''), SECURITY_SCAN_CHARS));
}
