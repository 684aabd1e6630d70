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
    'password was changed', 'email was changed', 'my password has been changed', 'used my account', 'using my account',
    'пароль изменен', 'пароль был изменен', 'почта изменена', 'змінено пароль', 'змінено пошту', 'використав мій акаунт',
    'использовал мой аккаунт', 'تم تغيير كلمه المرور', 'استخدم حسابي', 'mat khau da bi doi', 'dung tai khoan cua toi',
    'senha foi alterada', 'email foi alterado', 'usou minha conta', 'contrasena fue cambiada', 'uso mi cuenta', '密码被修改',
    '邮箱被修改', '用我的账户',
    'got past 2fa', 'got past my 2fa', 'bypassed 2fa', 'bypassed my 2fa', 'bypass 2fa', 'api key was created', 'api key created without',
    // ru
    'взлом*', 'взломал*', 'угнали', 'угон*', 'неизвестн* вход', 'вход с незнаком*', 'вход с нового устройства', 'незнаком* устройств*',
    'сменили пароль', 'сменили почту', 'поменяли пароль', 'поменяли почту', 'обошли 2фа', 'обошли двухфактор*', 'кто то зашел',
    'кто то вошел', 'посторонний вход',
    // uk
    // "зламати" is both "hack" and "break" ("ноут зламався"): only forms that mean hacking.
    'зламали', 'зламано', 'зламаний акаунт', 'акаунт зламан*', 'зламаного акаунт*', 'злам акаунт*', 'мене зламали', 'невідом* вхід', 'вхід з невідом*', 'вхід з нового пристрою', 'невідом* пристр*', 'змінили пароль',
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
    'fraud', 'fraude', 'шахрайств*', 'мошенничеств*', 'stolen', 'stole', 'steal*', 'theft', 'drained', 'emptied', 'wiped out', 'my api key was used', 'api key was used',
    'used my api key', 'api key was abused', 'someone withdrew', 'someone stole', 'someone sent', 'withdrew all my',
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
    'опустошил*', 'обнулил*', 'спустошив*', 'спустошил*', 'без моєї участі', 'вкрал*', 'вкраден*', 'крадіжк*', 'викрал*', 'чужу адресу', 'чужий гаманець', 'хтось використовує',
    'не мої', 'не мій', 'не від мене', 'невідом* списан*', 'невідом* транзакц*', 'невідом* платеж*', 'дивн* списан*',
    // ar
    'فرغ', 'فرغوا', 'مفتاح api الخاص بي', 'لم اقم', 'ما عملت', 'لم افعل', 'بدون اذني', 'بدون علمي', 'غير مصرح', 'سرق', 'سحبوا كل', 'عنوان غير معروف', 'عنوان غريب',
    'شخص يستخدم', 'ليست لي', 'ليس لي', 'معاملات غريبه', 'عمليه غريبه', 'خصومات غير معروفه', 'معاملات لم',
    // vi
    'khong thuc hien', 'khong he thuc hien', 'khong xac nhan', 'khong phai toi', 'danh cap', 'trom', 'bi rut', 'rut sach', 'rut het',
    'giao dich la', 'bi dung de', 'ai do dung', 'khong phai cua toi', 'bi tru tien la', 'khoan tru la',
    // pt
    'nao fui eu', 'nao fiz', 'nao autorizei', 'nao reconheco', 'roubaram', 'roubad*', 'roubou', 'sacaram tudo', 'sacaram todo',
    'esvaziou', 'esvaziaram', 'chave de api foi usada', 'alguem esta usando', 'alguem usou', 'nao e minha', 'nao sao minhas', 'cobranca estranha', 'cobrancas estranhas',
    'transacao estranha', 'cobrancas desconhecidas', 'cobranca desconhecida', 'dispositivo novo',
    // es
    'no fui yo', 'yo no fui', 'no hice', 'no autorice', 'no reconozco', 'robaron', 'robad*', 'retiraron todo',
    'vacio mi', 'vaciaron', 'usaron mi api', 'alguien esta usando', 'alguien uso', 'no es mio', 'no son mios', 'cargo extrano', 'cargos extranos', 'cargos desconocidos',
    'cargo desconocido', 'transaccion extrana', 'dispositivo nuevo',
    // zh
    '清空', '盗空', '密钥被用', '不知情', 'khong he dat lenh', '不明交易', '陌生交易', '有人盗刷', '盗刷', '不是我的', '不是我操作', '不是我本人', '非本人', '没有授权', '未授权', '未经授权', '被转走', '偷', '没做过的交易', '我没做过', '不明扣款', '陌生地址',
    '陌生钱包',
  ],
  phishing: [
    // en
    'phish*', 'fake site', 'fake website', 'fake email', 'fake support', 'fake app', 'fake link', 'fake page', 'fake payment',
    'impersonat*', 'pretending to be', 'pretended to be', 'posing as', 'claimed to be', 'said he was from', 'said they were from',
    'scammer*', 'scammed', 'seed phrase', 'recovery phrase', 'private key', '24 words', '12 words', 'seed words', 'gave the code',
    'gave them the code', 'told them the code', 'shared the code', 'продиктував', 'продиктовала', 'дав код', 'passei o codigo',
    'di el codigo', '告诉了验证码', '把验证码给', 'safe wallet', 'secure wallet', 'safe account',
    'clicked the link', 'clicked a link', 'scam call', 'connected my wallet', 'claim airdrop', 'airdrop site', 'drainer',
    'official looking', 'anydesk', 'teamviewer', 'rustdesk', 'remote access', 'удаленный доступ', 'удалённый доступ', 'віддалений доступ',
    'acesso remoto', 'acceso remoto', '远程控制', '远程协助', 'подключил кошел*', 'підключив гаманець', 'ربطت محفظتي', 'ket noi vi', 'conectei minha carteira',
    'conecte mi billetera', '连接钱包',
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

// Takeovers are often told without a single security word: "someone added a new address to my
// whitelist and emptied my wallet". A third party acting on the account is the signal, so these
// pairs fire a reason when one cue from each list occurs anywhere in the complaint.
const THIRD_PARTY = [
  'someone', 'somebody', 'a hacker', 'the hacker', 'a stranger', 'unknown person', 'unknown people', 'кто то', 'ктото', 'неизвестн*',
  'посторонн*', 'хтось', 'невідом*', 'сторонн*', 'شخص', 'احد ما', 'حد دخل', 'ai do', 'nguoi la', 'alguem', 'alguien', 'um estranho',
  'un desconocido', '有人', '陌生人', '别人',
];
const ACCOUNT_CHANGE = [
  'changed my', 'changed the email', 'changed the password', 'added a new address', 'added an address', 'new address to my', 'whitelist',
  'logged in', 'logged into', 'accessed my', 'reset my password', 'disabled my 2fa', 'new device', 'api key', 'сменил*', 'поменял*',
  'добавил* адрес', 'добавил* новый адрес', 'белый список', 'вошел', 'зашел', 'api ключ*', 'змінив*', 'додав* адрес*', 'додав* нову адресу',
  'білого списку', 'білий список', 'зайшов', 'увійшов', 'اضاف عنوان', 'القايمه البيضاء', 'غير الايميل', 'غير كلمه', 'دخل حسابي',
  'them dia chi', 'danh sach rut tien', 'doi email', 'doi mat khau', 'dang nhap vao', 'adicionou um endereco', 'whitelist de saque',
  'trocou', 'mudou a senha', 'entrou na minha conta', 'agrego una direccion', 'lista blanca', 'cambio el correo', 'cambio la contrasena',
  'entro a mi cuenta', '白名单', '加了新地址', '改了密码', '改了邮箱', '登录了我的',
];
const MONEY_OUT = [
  'withdrew', 'withdrawn', 'sent out', 'transferred out', 'took my', 'took all', 'moved my', 'bought', 'sold my', 'placed trades',
  'made trades', 'transferred', 'купили', 'купив', 'mua het', 'compraram', 'compraron', '转到了', '转到别的', '买了', 'вывел*', 'вывели', 'перевел* мои', 'снял*', 'списал* все', 'вивів', 'вивели', 'перевів', 'зняв', 'سحب', 'سحبوا', 'حول',
  'rut', 'chuyen di', 'sacou', 'sacaram', 'transferiu', 'retiro', 'retiraron', 'transfirio', '提走', '转走', '提现了', '转出',
];

type CueList =
  | 'third-party'
  | 'account-change'
  | 'money-out'
  | 'funds-vanished'
  | 'funds'
  | 'contacted'
  | 'instructed'
  | 'other-people'
  | 'personal-data'
  | 'login-elsewhere';
type CueTag = SecurityReason | CueList;

// Funds that vanished ("after the call my balance is 0") are reported far more often than they are
// explained; with a word for the funds, that is enough to send the case to security.
const FUNDS_VANISHED = [
  'нуль', 'ноль', 'на нуле', 'по нулям', 'راح رصيدي', 'راح كل', 'everything is gone', 'balance is 0', 'balance is zero', 'zero balance', 'all gone', 'is gone', 'are gone', 'disappeared', 'vanished', 'went missing',
  'пропали', 'исчезли', 'ушли все', 'обнулил*', 'зникли', 'пропали', 'обнулив*', 'обнулил*', 'اختفت', 'اختفي', 'راحت كل', 'mat sach',
  'mat het', 'bien mat', 'zerou', 'zerada', 'sumiu', 'sumiram', 'desaparecio', 'desaparecieron', 'quedo en cero', '全没了', '不见了',
  '清零', '都没了',
];
const FUNDS = [
  'everything', 'всё', 'все', 'усе', 'рахунку', 'كل شي', 'tat ca', 'tudo', 'todo', '全部', 'money', 'funds', 'balance', 'coins', 'crypto', 'usdt', 'btc', 'eth', 'деньги', 'средства', 'монеты', 'баланс*', 'кошти', 'гроші',
  'монети', 'اموالي', 'فلوس', 'رصيد', 'العملات', 'tien', 'coin', 'so du', 'dinheiro', 'saldo', 'moedas', 'minha conta', 'plata',
  'dinero', 'fondos', 'mi cuenta', '钱', '币', '资产', '余额',
];
// "A man called from your security department and asked me to install an app": exchanges do not
// call; a call or message plus an instruction to install or move is social engineering.
const CONTACTED = [
  'called me', 'a man called', 'someone called', 'phoned me', 'messaged me', 'texted me', 'позвонил*', 'написал* в', 'подзвонил*',
  'написав', 'اتصل بي', 'كلمني', 'nhan tin', 'goi dien', 'co nguoi goi', 'me ligaram', 'me ligou', 'me llamaron', 'me llamo',
  '打电话', '给我打', '私信',
];
const INSTRUCTED = [
  'install', 'download an app', 'move my coins', 'transfer my funds', 'security department', 'установить', 'перевести монеты',
  'службы безопасности', 'встановити', 'служби безпеки', 'تثبيت', 'قسم الامان', 'cai app', 'cai dat', 'bo phan an ninh', 'instalar',
  'seguranca da', 'seguridad del', '安装', '装一个', '安全部门',
];

// A login the customer reports from somewhere, followed by money leaving: "logged in from Vietnam,
// I live in Canada, then my SOL was transferred out".
const LOGIN_ELSEWHERE = [
  'logged in from', 'login from', 'sign in from', 'signed in from', 'вход из', 'вход с', 'вхід з', 'вхід із', 'دخول من', 'تسجيل دخول من',
  'dang nhap tu', 'login de', 'acesso de', 'inicio de sesion desde', '登录地点', '异地', '从国外登录',
];

// Other people's personal data in front of the customer ("I can see hundreds of other customers'
// emails") is an exposure, though no word says "leak".
const OTHER_PEOPLE = [
  'other customers', 'other clients', 'other users', 'another customer', 'another user', 'someone elses', 'других клиентов',
  'других пользователей', 'інших клієнтів', 'інших користувачів', 'العملاء الاخرين', 'مستخدمين اخرين', 'khach hang khac',
  'outros clientes', 'outros usuarios', 'otros clientes', 'otros usuarios', '其他客户', '其他用户', 'all recipients', 'в копии', 'в копії',
  'المستلمين ظاهرين', 'hien het nguoi nhan', 'destinatarios visiveis', 'destinatarios visibles', '收件人都显示',
];
const PERSONAL_DATA = [
  'emails', 'email addresses', 'names', 'addresses', 'phone numbers', 'passport*', 'personal data', 'data', 'почты', 'почт', 'имена',
  'данные', 'паспорт*', 'пошти', 'пошт', 'імена', 'дані', 'ايميلات', 'بيانات', 'اسماء', 'email', 'thong tin', 'du lieu', 'dados',
  'nomes', 'correos', 'datos', 'nombres', '邮箱', '信息', '数据', '姓名',
];

const COMBINATIONS: ReadonlyArray<{ readonly reason: SecurityReason; readonly lists: readonly [CueList, CueList] }> = [
  { reason: 'account_takeover', lists: ['third-party', 'account-change'] },
  { reason: 'unauthorized_transaction', lists: ['third-party', 'money-out'] },
  { reason: 'unauthorized_transaction', lists: ['funds-vanished', 'funds'] },
  { reason: 'phishing', lists: ['contacted', 'instructed'] },
  { reason: 'data_exposure', lists: ['other-people', 'personal-data'] },
  { reason: 'account_takeover', lists: ['login-elsewhere', 'money-out'] },
];


const INDEX = new CueIndex<CueTag>([
  ...SECURITY_REASONS.flatMap((reason) => SECURITY_CUES[reason].map((source) => ({ needle: cueNeedle(source), value: reason as CueTag }))),
  ...THIRD_PARTY.map((source) => ({ needle: cueNeedle(source), value: 'third-party' as CueTag })),
  ...ACCOUNT_CHANGE.map((source) => ({ needle: cueNeedle(source), value: 'account-change' as CueTag })),
  ...MONEY_OUT.map((source) => ({ needle: cueNeedle(source), value: 'money-out' as CueTag })),
  ...FUNDS_VANISHED.map((source) => ({ needle: cueNeedle(source), value: 'funds-vanished' as CueTag })),
  ...FUNDS.map((source) => ({ needle: cueNeedle(source), value: 'funds' as CueTag })),
  ...CONTACTED.map((source) => ({ needle: cueNeedle(source), value: 'contacted' as CueTag })),
  ...INSTRUCTED.map((source) => ({ needle: cueNeedle(source), value: 'instructed' as CueTag })),
  ...OTHER_PEOPLE.map((source) => ({ needle: cueNeedle(source), value: 'other-people' as CueTag })),
  ...PERSONAL_DATA.map((source) => ({ needle: cueNeedle(source), value: 'personal-data' as CueTag })),
  ...LOGIN_ELSEWHERE.map((source) => ({ needle: cueNeedle(source), value: 'login-elsewhere' as CueTag })),
]);

/** Same as detectSecurityMatter, for callers that already normalised the text. */
export function detectSecurityMatterInNormalized(normalized: string): SecurityMatter {
  const found = new Set(INDEX.find(normalized));
  for (const combination of COMBINATIONS) {
    if (combination.lists.every((list) => found.has(list))) found.add(combination.reason);
  }
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
