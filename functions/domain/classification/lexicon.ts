// Hand-written multilingual cues for the nine complaint categories: what the offline classifier
// knows. Scored by lexicon-scorer.ts; combined with the security rule by category-scoring.ts.
// Extend it from misclassified examples (`npx tsx scripts/eval.ts --data <file> --errors 30` shows
// which cues fired), then rerun training/fit-offline-weights.ts and the tests.
//
// Cues are written in the form normalizeForMatching() produces: lower case, Latin diacritics
// removed ("não" -> "nao", "rút tiền" -> "rut tien", "contraseña" -> "contrasena"), Arabic
// hamza/alef/ta-marbuta folded ("إيداع" -> "ايداع", "كلمة" -> "كلمه"), ё -> е, apostrophes inside
// words dropped ("ф'ючерс" -> "фючерс"), English negations spelt out ("hasn't" -> "has not").
// A cue matches at a word start and must end at a word end, unless it ends in "*" (any ending).
// Cues in Chinese or Arabic script match anywhere (no spaces between words / attached clitics).
import type { Category } from './types';

export interface CueGroup {
  /** 3-4: names the category on its own; 2: clear sign; 1-1.5: context that only helps. */
  readonly weight: number;
  /** Set when a synergy (below) refers to the group. */
  readonly name?: string;
  readonly cues: readonly string[];
}

/**
 * Evidence that counts for more together than apart: "withdrawal" alone is context and "pending"
 * alone is vague, but both together are the typical delay complaint.
 */
export interface CueSynergy {
  readonly category: Category;
  readonly groups: readonly [string, string];
  readonly bonus: number;
}

export const CUE_SYNERGIES: readonly CueSynergy[] = [
  { category: 'withdrawal_or_deposit_delay', groups: ['waiting', 'money-movement'], bonus: 2.5 },
  // "I can see hundreds of other customers' emails": neither half says privacy on its own.
  { category: 'data_privacy_or_breach', groups: ['other-people', 'personal-data'], bonus: 3 },
];

export const CATEGORY_CUES: Readonly<Record<Category, readonly CueGroup[]>> = {
  account_access: [
    {
      weight: 2,
      cues: [
        'session expired', 'session has expired', 'session timeout', 'logs me out', 'logged me out', 'kicks me out',
        'cannot get in', 'try to get in', 'get into the app', 'cannot access', 'unable to access', 'no access',
        'cannot open my account', 'stuck on the login', 'email code', 'new device verification', 'device verification',
        'сессия истекла', 'сесси*', 'не пускает', 'выбрасывает', 'не могу попасть', 'не могу открыть аккаунт', 'нет доступа',
        'доступа нет', 'сесія*', 'сесії', 'не пускає', 'викидає', 'не можу потрапити', 'немає доступу', 'не можу зайти',
        'انتهت الجلسه', 'الجلسه', 'لا استطيع الدخول', 'ما اقدر ادخل', 'ما يفتح الحساب', 'لا يمكنني الدخول', 'دخول الحساب',
        'het phien', 'phien dang nhap', 'khong vao', 'khong dang nhap', 'dang xuat', 'van khong vao', 'sessao expirada',
        'sessao', 'nao consigo entrar', 'nao consigo acessar', 'sem conseguir entrar', 'me desloga', 'sesion expirada',
        'sesion', 'no puedo entrar', 'no puedo ingresar', 'no puedo acceder', 'me saca de la app', '会话过期', '登录过期', '登录失效',
        '被踢出', '无法登录', '登不上', '进不了',
      ],
    },
    {
      weight: 3,
      cues: [
        // en
        'log in', 'login*', 'log into', 'logging in', 'logged out', 'sign in', 'signin', 'sign into', 'locked out',
        'lock me out', 'password*', 'passcode*', 'pw', 'pwd', '2fa', 'two factor', 'twofactor', 'authenticator*',
        'authentication code', 'verification code*', 'sms code*', 'email code*', 'security code', 'otp', 'reset code',
        'access my account', 'access to my account', 'access my acc', 'account locked', 'account is locked',
        'account disabled', 'account is disabled', 'account blocked', 'pin blocked', 'pin is blocked', 'blocked pin',
        'unlock my', 'get into my account', 'cannot get in', 'passkey*', 'yubikey', 'captcha',
        // ru
        'войти', 'зайти', 'залогин*', 'логин*', 'авторизац*', 'авторизова*', 'пароль*', 'пароля', 'паролем', '2фа', 'двухфактор*',
        'аутентификатор*', 'аутентификац*', 'код подтвержден*', 'смс код*', 'код из смс', 'код смс', 'код для входа', 'разблокир*',
        'доступ к аккаунт*', 'доступ к акк*', 'доступ к личн*', 'восстановить доступ', 'восстановлени* доступ*', 'сброс* парол*',
        'выкидывает', 'капча', 'гугл аутентификатор',
        // uk
        'увійти', 'залогін*', 'логін*', 'авторизу*', 'двофактор*', 'автентифікатор*', 'автентифікац*', 'код підтвердження',
        'розблок*', 'доступ до акаунт*', 'доступ до облікового', 'відновити доступ', 'скидання пароля', 'обліковий запис',
        'облікового запису', 'гугл автентифікатор',
        // ar
        'تسجيل الدخول', 'الدخول', 'ادخل', 'كلمه المرور', 'كلمه السر', 'المصادقه', 'رمز التحقق', 'كود التحقق', 'اوثنتيكيتور',
        'استعاده الوصول', 'الوصول الي الحساب', 'اعاده التعيين', 'فتح الحساب', 'قفل حسابي', 'تم قفل',
        // vi
        'dang nhap', 'mat khau', 'xac thuc 2', 'google authenticator', 'ma otp', 'ma xac minh', 'ma xac nhan', 'ma xac thuc',
        'bi khoa', 'mo khoa', 'khong vao duoc', 'khong vao dc', 'vao duoc tai khoan', 'khong truy cap', 'quyen truy cap',
        'vo hieu hoa', 'dat lai mat khau', 'quen mat khau',
        // pt
        'entrar na conta', 'entrar na minha conta', 'acessar a conta', 'acessar minha conta', 'acesso a conta', 'acesso a minha conta',
        'logar', 'senha*', 'autenticador*', 'codigo sms', 'codigo de verificacao', 'desbloque*', 'sem acesso', 'recuperar o acesso',
        'redefinicao', 'redefinir',
        // es
        'iniciar sesion', 'entrar a la cuenta', 'entrar a mi cuenta', 'ingresar a mi cuenta', 'acceder a mi cuenta',
        'acceso a mi cuenta', 'acceso a la cuenta', 'loguear*', 'contrasena*', 'codigo de verificacion', 'desbloque*', 'sin acceso',
        'recuperar el acceso', 'restablec*',
        // zh
        '登录', '登陆', '登不', '登入', '密码', '验证码', '谷歌验证', '二次验证', '双重验证', '身份验证器', '解锁', '进不去', '无法访问', '锁定',
        '停用', '找回账户', '重置',
      ],
    },
    {
      weight: 1.5,
      cues: [
        'access', 'locked', 'lockout', 'account disabled', 'отключен*', 'вимкнен*', 'account frozen', 'account is frozen', 'frozen account', 'reset', 'forgot*',
        'pin is blocked', 'pin has been blocked', 'pin got blocked', 'pin locked', 'pin is locked', 'unblock my pin', 'unblock pin',
        'unlock my pin', 'wrong pin',
        'вход', 'доступ*', 'заблокир*', 'заморож*', 'вхід', 'заблоков*', 'заморож*', 'доступу', 'пароль',
        'دخول', 'مقفل', 'مجمد', 'معطل',
        'khoa', 'dong bang', 'login', 'truy cap',
        'acesso', 'acessar', 'bloquead*', 'congelad*', 'desativad*', 'login',
        'acceso', 'acceder', 'bloquead*', 'congelad*', 'deshabilitad*', 'ingresar',
        '冻结',
      ],
    },
  ],

  withdrawal_or_deposit_delay: [
    {
      weight: 0.8,
      name: 'money-movement',
      cues: [
        'sent', 'send', 'moved', 'move out', 'transferred', 'funds', 'money', 'balance', 'receiving', 'incoming', 'outgoing',
        'to my wallet', 'to my own wallet', 'from my bank', 'from another exchange', 'on chain', 'blockchain', 'отправил*',
        'отправлен*', 'перевел*', 'перевела', 'перевели', 'средства', 'деньги', 'баланс*', 'кошел*', 'на счет', 'счету',
        'с другой биржи', 'депнул', 'деп', 'надіслав*', 'надіслала', 'відправив*', 'переказав', 'переказала', 'кошти', 'гроші',
        'баланс*', 'гаманець', 'гаманця', 'на рахунку', 'з іншої біржі', 'ارسلت', 'ارسال', 'حولت', 'حولت فلوس', 'الاموال',
        'فلوس', 'اموالي', 'الرصيد', 'عندكم', 'من البنك', 'من منصه اخري', 'chuyen', 'gui', 'chuyen tien', 'tien', 've vi',
        'vi rieng', 'len san', 'tu san khac', 'ngan hang', 'mandei', 'enviei', 'transferi', 'dinheiro', 'saldo',
        'minha carteira', 'da minha conta', 'pra corretora', 'de outra corretora', 'mande', 'envie', 'transferi', 'dinero',
        'plata', 'saldo', 'mi wallet', 'mi billetera', 'al exchange', 'desde mi banco', 'de otro exchange', '转了', '转到', '转钱',
        '转入', '转出', '钱包', '余额', '从银行', '银行', '平台余额', '资金',
      ],
    },
    {
      weight: 2,
      name: 'waiting',
      cues: [
        'in process', 'in progress', 'being processed', 'still processing', 'how long', 'how much longer',
        'nothing on the blockchain', 'nothing on chain', 'not on the blockchain', 'not on chain', 'nothing arrived',
        'balance is zero', 'balance is 0', 'shows 0', 'still 0', 'still zero', 'balance still', 'not in my wallet',
        'not in my account', 'not in my balance', 'left my bank', 'debited from my bank', 'money is gone from my bank',
        'several days', 'days now', 'business days', 'working days', 'в процессе', 'сколько можно ждать', 'сколько ждать',
        'до сих пор нет', 'в сети нет', 'в блокчейне нет', 'пусто', 'по нулям', 'ноль', 'списалось', 'списали с карты',
        'второй день', 'третий день', 'который день', 'позавчера', 'неделю жду', 'в процесі', 'скільки можна чекати',
        'скільки чекати', 'досі немає', 'в мережі нічого', 'пусто', 'нуль', 'списалось', 'другий день', 'третій день',
        'позавчора', 'тиждень чекаю', 'قيد التنفيذ', 'الي متي', 'الى متى', 'لا شيء علي الشبكه', 'لا شيء على الشبكه', 'صفر',
        'انخصمت', 'خصمت من حسابي البنكي', 'اليوم الثاني', 'من يومين', 'منذ ايام', 'ما وصلتني', 'dang xu ly', 'den bao gio',
        'doi den bao gio', 'tren mang khong co', 'khong co gi', 'van 0', 'van la 0', 'ngan hang tru', 'ngay thu 2', 'hom kia',
        'may ngay', 'chua nhan duoc', 'em andamento', 'ate quando', 'na rede nao', 'zerad*', 'saiu da minha conta',
        'saiu da conta', 'segundo dia', 'anteontem', 'faz dias', 'ha dias', 'en proceso', 'hasta cuando', 'en la red no',
        'en cero', 'me descontaron', 'segundo dia', 'anteayer', 'hace dias', 'varios dias', '进行中', '要等到什么时候', '等多久', '链上查不到',
        '查不到', '余额还是0', '余额为0', '已经扣款', '第二天', '第三天', '前天', '好几天',
      ],
    },
    {
      weight: 3,
      cues: [
        // en
        'withdrawal pending', 'withdrawal is pending', 'withdrawal stuck', 'withdrawal is stuck', 'deposit not credited',
        'not been credited', 'not credited', 'not received', 'has not arrived', 'have not arrived', 'not arrived',
        'did not arrive', 'never arrived', 'never received', 'not reflected', 'has not been received', 'have not received',
        'not showing up', 'not show up', 'has not shown up', 'not showing in my', 'where is my money', 'where are my funds',
        'where is my withdrawal', 'where is my deposit', 'balance not updated', 'balance is still', 'wrong network',
        'destination tag', 'without the memo', 'without memo', 'forgot the memo', 'forgot to put the memo', 'missing deposit',
        'has not been credited', 'still not credited',
        // ru
        'не пришл*', 'не пришел', 'не зачислен*', 'не зачисл*', 'не поступил*', 'не дошл*', 'не дошел', 'не вернул*', 'где мои деньги',
        'где деньги', 'где мои средства', 'не отобража*', 'ошибся сетью', 'не той сети', 'другой сети', 'не обновил*',
        // uk
        'не надійш*', 'не прийшл*', 'не прийшов', 'не зарахов*', 'не повернул*', 'не оновив*', 'де мої гроші', 'де гроші', 'де кошти',
        'де мої кошти',
        // ar
        'لم يصل', 'لم تصل', 'ما وصل', 'ما وصلت', 'لم يتم تحديث', 'لم يضف', 'لم ترجع', 'اين اموالي', 'شبكه خاطيه', 'لم يتم ايداع',
        // vi
        'chua ve', 'chua nhan', 'chua duoc cong', 'chua thay', 'khong nhan duoc', 'chua toi', 'chua den', 'tien cua toi dau',
        'sai mang', 'nham mang', 'chua duoc xu ly',
        // pt
        'nao caiu', 'nao chegou', 'nao foi creditado', 'nao creditad*', 'nao entrou', 'nao voltaram', 'nao voltou', 'nao atualizou',
        'nao apareceu', 'cade meu dinheiro', 'rede errada',
        // es
        'no llega', 'no llego', 'no ha llegado', 'no se acredita', 'no se acredito', 'no aparece', 'no volvieron', 'no volvio',
        'donde esta mi dinero', 'red equivocada', 'no se acredito',
        // zh
        '没到账', '未到账', '不到账', '没有到账', '还没到', '没收到', '未收到', '转错网络', '余额没有更新', '余额没更新', '没有退回',
      ],
    },
    {
      weight: 2,
      name: 'waiting',
      cues: [
        'in review', 'under review for', 'очіку*', 'ожида*', 'لم يظهر', 'ما ظهر', 'عالق', 'عالقه', '显示成功', '账户里没有', '没有到',
        'wrong tag', 'without the tag', 'correct tag', 'be credited', 'credit it', 'без тега', 'без мемо', 'когда зачислят',
        'коли зарахують', 'التاق', 'متي يتم اضافتها', 'bao gio duoc cong', 'sem a tag', 'creditar', 'sin el tag', 'acredit*', '标签',
        '上账',
        'pending', 'stuck', 'processing', 'still waiting', 'failed', 'declined', 'rejected', 'cancelled', 'canceled', 'bounced',
        'returned', 'not go through', 'did not go through', 'not gone through',
        'отклонен*', 'отменен*', 'не прошел', 'не прошла', 'вернули', 'відхилен*', 'скасован*', 'не пройшов',
        'رفض', 'مرفوض', 'فشل', 'الغاء', 'bi tu choi', 'that bai', 'bi huy', 'recusad*', 'falhou', 'cancelad*', 'rechazad*', 'fallo',
        '失败', '被拒', '被取消', '驳回', 'on hold', 'delayed', 'delay*', 'suspended', 'under risk review',
        'risk review', 'hours ago', 'days ago', 'hash', 'txid', 'tx id', 'tx hash', 'confirmations', 'confirmed on',
        'etherscan', 'tronscan', 'bscscan', 'explorer', 'memo', 'reverted', 'declined transfer', 'transfer declined', 'failed transfer',
        'transfer failed', 'transfer was declined', 'cancelled automatically',
        'висит', 'завис*', 'в обработке', 'обработк*', 'ожидани*', 'задерж*', 'приостановл*', 'хеш*', 'мемо', 'транзакц*',
        'висить', 'обробк*', 'очікуван*', 'затрим*', 'призупин*',
        'معلق', 'قيد الانتظار', 'قيد المعالجه', 'تاخير', 'متاخر', 'ميمو', 'البلوكشين', 'المستكشف', 'ايقاف', 'توقف',
        'dang cho', 'cho xu ly', 'treo', 'bi ket', 'memo', 'tam ngung rut',
        'pendente', 'travad*', 'processando', 'suspens*',
        'pendiente', 'atascad*', 'procesando', 'suspendid*', 'demora*', 'retrasad*',
        '处理中', '等待中', '卡住', '卡了', '链上', '区块', '暂停提', '延迟', 'pending',
      ],
    },
    {
      weight: 0.8,
      name: 'money-movement',
      cues: [
        'withdraw*', 'withdrw*', 'withdrawl*', 'deposit*', 'transfer*', 'top up', 'topup', 'payout*', 'cash out', 'cashout', 'wire',
        'sepa', 'bank transfer', 'refund is missing', 'refund not', 'cheque', 'cash deposit',
        'вывод*', 'вывест*', 'вывел', 'снятие', 'пополн*', 'депозит*', 'перевод*', 'зачислен*', 'на карту', 'на баланс*', 'выплат*',
        'виведен*', 'вивід*', 'вивести', 'поповн*', 'переказ*', 'зарахуван*', 'на картку',
        'سحب', 'ايداع', 'تحويل', 'حوالة', 'محفظتي', 'المحفظه', 'رصيدي',
        'rut', 'nap', 'chuyen khoan', 'so du',
        'saque*', 'sacar', 'saquei', 'deposit*', 'transferencia*', 'pix', 'ted', 'carteira',
        'retiro*', 'retirar', 'retire', 'deposit*', 'transferencia*', 'billetera', 'wallet',
        '提现', '提币', '充值', '充币', '转账', '到账', '提到', '汇款', '入金', '出金',
      ],
    },
  ],

  unauthorized_transaction_or_fraud: [
    {
      weight: 4,
      cues: [
        'safe wallet', 'secure wallet', 'safe account', 'claimed to be', 'said he was from', 'said they were from',
        'posing as', 'got past 2fa', 'bypassed 2fa', 'bypass 2fa', 'bypassed my 2fa', 'got past my 2fa', 'how did they',
        'without my approval', 'i was asleep', 'someone else did', 'someone took', 'безопасный кошел*', 'безопасный счет',
        'типа менеджер', 'якобы менеджер', 'представил*', 'обошли 2фа', 'обошли', 'как они', 'без моего участия',
        'мой счет под угрозой', 'счет под угрозой', 'безпечний гаманець', 'безпечний рахунок', 'нібито менеджер', 'обійшли',
        'як вони', 'під загрозою', 'без моєї участі', 'محفظه امنه', 'محفظه آمنه', 'حسابي في خطر', 'قال انه مدير', 'قال انه من',
        'تجاوزوا', 'كيف دخلوا', 'بدون علمي', 'vi an toan', 'tai khoan gap nguy hiem', 'xung la', 'tu xung', 'qua duoc 2fa',
        'vuot qua 2fa', 'sao ho', 'khong phai toi', 'carteira segura', 'conta em risco', 'conta tava em risco',
        'disse que era', 'se dizendo', 'passaram pelo 2fa', 'burlaram', 'como passaram', 'billetera segura',
        'cuenta en riesgo', 'cuenta estaba en riesgo', 'dijo ser', 'diciendo que era', 'pasaron el 2fa', 'como pasaron',
        '安全钱包', '安全账户', '账户有风险', '自称', '绕过', '怎么绕过', '不是我',
      ],
    },
    {
      weight: 4,
      cues: [
        // en
        'hacked', 'hacker*', 'hack', 'hacking', 'compromised', 'stolen', 'stole', 'steal*', 'theft', 'thief', 'fraudulent',
        'fraudster*', 'scammer*', 'scammed', 'phish*', 'unauthori*', 'did not authori*', 'never authori*', 'not authori*',
        'i did not make', 'i never made', 'never made', 'did not make this', 'did not make it', 'was not me', 'not me',
        'i did not do this', 'i did not do it', 'someone logged', 'someone accessed', 'someone withdrew', 'someone stole',
        'unknown login', 'unknown device', 'unrecognised', 'unrecognized', 'do not recognise', 'do not recognize',
        'not recognise', 'not recognize', 'did not recognise', 'did not recognize', 'drained', 'sim swap*', 'swapped my sim',
        'sim card was swapped', 'impersonat*', 'pretending to be', 'fake support', 'fake payment', 'fake website', 'fake email',
        'seed phrase', 'private key', 'account takeover', 'taken over', 'did not place', 'never placed', 'do not recall',
        'police report', 'card was stolen', 'stolen card', 'card stolen', 'lost or stolen', 'never approved', 'did not approve',
        'without my permission', 'without my consent', 'without my knowledge', 'i never did', 'not done by me',
        // ru
        'взлом*', 'взломал*', 'хакер*', 'украл*', 'украден*', 'кража', 'кражи', 'похитил*', 'похищен*', 'мошенник*', 'мошенничеств*',
        'обманул*', 'обманули', 'фишинг*', 'фейков*', 'не делал', 'не совершал', 'не подтверждал', 'не авторизовал', 'не разрешал',
        'без моего ведома', 'без моего согласия', 'это не я', 'неизвестн* вход', 'незнаком* устройств*', 'чужой адрес', 'чужой кошел*',
        'левый кошел*', 'левый адрес', 'неизвестный адрес', 'угнали', 'угон*', 'сид фраз*', 'якобы из', 'представился',
        'не совершала', 'не делала',
        // uk
        // "зламати" is both "hack" and "break" ("ноут зламався"): only forms that mean hacking.
    'зламали', 'зламано', 'зламаний акаунт', 'акаунт зламан*', 'зламаного акаунт*', 'злам акаунт*', 'мене зламали', 'вкрал*', 'вкраден*', 'крадіжк*', 'шахра*', 'ошукал*', 'обдурил*', 'фішинг*', 'фейков*',
        'не робив', 'не робила', 'не здійснював', 'не підтверджував', 'без моєї згоди', 'не давав згоди', 'невідом* вхід',
        'невідом* пристр*', 'чужу адресу', 'чужий гаманець', 'нібито від', 'назвався', 'викрал*',
        // ar
        'اختراق', 'اخترق', 'اتهكر', 'هكر', 'تهكير', 'مهكر', 'سرق', 'محتال', 'احتيال', 'تصيد', 'مزور', 'لم اقم', 'ما عملت', 'لم افعل',
        'بدون اذني', 'عنوان غير معروف', 'عنوان غريب', 'جهاز غريب', 'انتحل', 'تدعي انها', 'غير مصرح', 'حد دخل', 'شخص ما دخل',
        'شخص ما سحب',
        // vi
        'bi hack', 'hack', 'chiem quyen', 'danh cap', 'trom', 'bi lua', 'gia mao', 'gia danh', 'khong he thuc hien', 'khong thuc hien',
        'khong xac nhan', 'dia chi la', 'thiet bi la', 'giao dich la', 'mat het', 'mat sach', 'phishing',
        // pt
        'hackead*', 'invadi*', 'invasao', 'roubad*', 'roubaram', 'roubou', 'golpista*', 'cai num golpe', 'cai num golpe',
        'cai em golpe', 'fraude*', 'nao fui eu', 'nao fiz', 'nao autorizei', 'nao reconheco', 'se passando', 'fingiu', 'comprovante falso',
        'email falso',
        // es
        'hackear*', 'hackeo', 'hackearon', 'robaron', 'robad*', 'estafador*', 'me estafaron', 'fraude*', 'no fui yo', 'yo no fui',
        'no hice', 'no autorice', 'no reconozco', 'haciendose pasar', 'se hizo pasar', 'entraron a mi cuenta', 'comprobante falso',
        'correo falso',
        // zh
        '被盗', '盗号', '被黑', '黑客', '被骗', '诈骗', '骗子', '钓鱼', '冒充', '不是我操作', '不是我本人', '非本人', '没有授权', '未授权',
        '未经授权', '陌生设备', '陌生地址', '陌生钱包', '异地登录', '偷', '盗', '假的付款', '没做过的交易', '我没做过',
      ],
    },
    {
      weight: 3,
      cues: [
        'password was changed', 'used my account', 'logged in from', 'login from', 'transferred out', '24 words', 'seed words',
        'пароль изменен', 'змінено пароль', 'продиктував', 'використав мій акаунт', 'вход из', 'вхід з', 'تم تغيير كلمه المرور',
        'استخدم حسابي', 'راح رصيدي', 'dung tai khoan cua toi', 'khong he dat lenh', 'senha foi alterada', 'usou minha conta',
        'contrasena fue cambiada', 'uso mi cuenta', '密码被修改', '用我的账户', '不知情', '转到了别的', 'на балансі нуль', 'на балансе ноль',
        'anydesk', 'teamviewer', 'rustdesk', 'remote access', 'install an app', 'install the app', 'security department',
        'удаленный доступ', 'удалённый доступ', 'службы безопасности', 'установить приложение', 'віддалений доступ', 'служби безпеки',
        'встановити програму', 'قسم الامان', 'تثبيت برنامج', 'bo phan an ninh', 'cai app', 'acesso remoto', 'seguranca da corretora',
        'instalar um app', 'acceso remoto', 'seguridad del exchange', 'instalar una app', '远程控制', '安全部门', '装一个',
        'reversed the transfer', 'bank reversed', 'bank cancelled the transfer', 'банк отменил', 'банк скасував', 'البنك الغي',
        'ngan hang huy', 'banco estornou', 'banco revirtio', '撤回',
        'balance is 0', 'balance is zero', 'all gone', 'disappeared', 'vanished', 'исчезли', 'ушли все', 'обнулил*', 'зникли',
        'اختفت', 'mat sach', 'zerou', 'sumiu', 'quedo en cero', '全没了', '清零',
        'emptied', 'drained', 'wiped out', 'api key was used', 'used my api key', 'connected my wallet', 'claim airdrop', 'whitelist',
        'опустошил*', 'обнулил*', 'белый список', 'api ключ*', 'подключил кошел*', 'спустошив*', 'білого списку', 'підключив гаманець',
        'فرغ', 'القايمه البيضاء', 'مفتاح api', 'rut sach', 'bi dung de', 'danh sach rut tien an toan', 'esvaziou', 'chave de api foi usada',
        'conectei minha carteira', 'vacio mi', 'usaron mi api', 'lista blanca', 'conecte mi billetera', '清空', '白名单', '密钥被用',
        '连接钱包',
        'fraud', 'used my card', 'using my card', 'card was used', 'card has been used', 'card being used', 'card is being used',
        'improperly used', 'without permission', 'without me knowing', 'not by me', 'says i did', 'says that i did', 'said i did',
        'shows that i did', 'do not know where this', 'where this transaction came from', 'where this payment came from',
        'where this charge came from', 'where this debit came from', 'dispute a charge', 'dispute a payment', 'disputing a charge',
        'make a dispute', 'chargeback',
        'lost my card', 'card is lost', 'card was lost', 'card got lost', 'cannot find my card', 'card is missing', 'missing my card',
        'card was taken', 'lost my wallet', 'wallet was stolen', 'strange withdrawal*', 'odd withdrawal*', 'weird withdrawal*',
        'did not perform', 'not performed by me', 'took money out', 'taken money out', 'is not mine', 'not mine', 'and i did not',
        'but i did not',
        'потерял карту', 'потеряла карту', 'карта потеряна', 'украли карту', 'загубив картку', 'загубила картку', 'втратив картку',
        'فقدت بطاقتي', 'ضاعت بطاقتي', 'ضاعت البطاقه', 'mat the', 'perdi meu cartao', 'perdi o cartao', 'perdi mi tarjeta',
        '卡丢了', '银行卡丢失', '卡片丢失',
      ],
    },
    {
      weight: 2,
      cues: [
        'scam', 'scams', 'fake', 'somebody', 'suspicious', 'freeze my account', 'freeze it', 'freeze everything', 'lost my card',
        'lost card', 'card lost', 'compromis*', 'direct debit', 'unknown', 'strange', 'someone', 'i did not', 'never did',
        'мошен*', 'обман*', 'развод*', 'скам*', 'пропали', 'пропал*', 'заморозьте', 'неизвестн*', 'подозрительн*', 'сим карт*',
        'обман*', 'зникли', 'заморозьте', 'невідом*', 'підозріл*',
        'نصب', 'اختفت', 'جمدوا', 'جهاز جديد', 'مشبوه',
        'scam', 'dong bang ngay', 'lua dao',
        'golpe*', 'falso', 'falsa', 'desconhecid*', 'estranh*', 'congelem', 'bloqueiem', 'suspeit*', 'roubo',
        'estafa*', 'falso', 'desconocid*', 'extran*', 'congelen*', 'bloqueen', 'sospechos*', 'robo',
        '可疑', '陌生', '不明扣款', '冻结',
      ],
    },
  ],

  identity_verification_kyc: [
    {
      // Verification blocks everything else ("KYC pending, can't withdraw"): when it is named, it is the cause.
      weight: 4.5,
      cues: [
        'kyc', 'ekyc', 'identity verification', 'verify my identity', 'verification of identity', 'кус', 'верификац*', 'верифікац*',
        'التحقق من الهويه', 'توثيق الحساب', 'xac minh danh tinh', 'verificacao de identidade', 'verificacion de identidad', '实名认证',
        '身份认证', '身份验证',
      ],
    },
    {
      weight: 3,
      cues: [
        'видеоверификац*', 'відеоверифікац*', 'صورتي الشخصيه', 'الصوره الشخصيه', 'video verification',
        'kyc', 'ekyc', 'verify my identity', 'verify identity', 'identity verification', 'verification of identity', 'verifying my identity',
        'identity', 'indentity', 'passport', 'driver licen*', 'drivers licen*', 'driving licen*', 'driver s licen*', 'selfie*', 'liveness',
        'proof of address', 'proof of residence', 'utility bill', 'source of funds', 'source of wealth', 'due diligence',
        'residence permit', 'id card', 'national id', 'id document', 'photo id', 'document expired',
        'верификац*', 'верифа', 'верифу', 'верифицир*', 'кус', 'паспорт*', 'селфи', 'подтверждени* адреса', 'подтверждени* личности',
        'источник* средств', 'происхождени* средств', 'удостоверени*', 'личност*',
        'верифікац*', 'верифіку*', 'особи', 'паспорт*', 'селфі', 'підтвердження адреси', 'походження коштів', 'посвідк*', 'посвідчен*',
        'перевірка особи',
        'التحقق من الهويه', 'الهويه', 'هويه', 'هويت', 'التوثيق', 'توثيق', 'جواز السفر', 'جواز', 'سيلفي', 'اثبات العنوان', 'مصدر الاموال',
        'رخصه القياده', 'kyc',
        'xac minh danh tinh', 'danh tinh', 'cccd', 'cmnd', 'can cuoc', 'ho chieu', 'giay to', 'khuon mat', 'bang lai', 'nguon tien',
        'xac minh lai', 'xac nhan dia chi',
        'verificacao de identidade', 'identidade', 'rg', 'cnh', 'passaporte', 'comprovante de residencia', 'comprovante de endereco',
        'origem dos fundos', 'nova verificacao',
        'verificacion de identidad', 'identidad', 'dni', 'cedula', 'pasaporte', 'comprobante de domicilio', 'origen de fondos',
        'licencia de conducir', 'verificar de nuevo',
        '身份认证', '身份验证', '实名', '认证', '护照', '身份证', '证件', '人脸', '自拍', '地址证明', '资金来源', '驾照', '重新认证',
      ],
    },
    {
      weight: 1.5,
      cues: [
        'verif*', 'verificaton', 'document*', 'upload*', 'under review', 'face', 'rejected', 'photo',
        'документ*', 'на проверке', 'проверк*', 'фото', 'лицо', 'отклонил*',
        'документ*', 'на перевірці', 'перевірк*', 'фото', 'обличчя', 'відхил*',
        'التحقق', 'المستندات', 'مستند', 'قيد المراجعه', 'المراجعه', 'صوره',
        'xac minh', 'xac thuc', 'cho duyet', 'tu choi',
        'verificacao', 'verificar', 'documento*', 'em analise', 'selfie', 'recusad*', 'foto',
        'verificacion', 'verificar', 'documento*', 'en revision', 'rechaz*', 'foto',
        '审核', '上传', '照片', '被拒',
      ],
    },
  ],

  fees_or_pricing: [
    {
      weight: 3.5,
      cues: [
        'funding fee*', 'funding rate', 'inactivity fee', 'maker fee', 'taker fee', 'ставк* финансирования', 'ставк* фінансування',
        'رسوم التمويل', 'phi funding', 'taxa de financiamento', 'tasa de financiamiento', '资金费率', '资金费',
      ],
    },
    {
      weight: 2,
      cues: [
        'less than', 'received less', 'got less', 'less than shown', 'less than expected', 'less than quoted', 'where did',
        'calculator', 'quote', 'quoted', 'shown price', 'paid more', 'overpaid', 'difference', 'upfront', 'not disclosed',
        'undisclosed', 'deducted', 'меньше чем', 'меньше, чем', 'пришло меньше', 'куда делись', 'калькулятор*',
        'заплатил больше', 'разница', 'разницу', 'удержал*', 'менше ніж', 'прийшло менше', 'куди поділись', 'калькулятор*',
        'заплатив більше', 'різниц*', 'утрима*', 'اقل', 'اقل بكثير', 'وين راحت', 'الحاسبه', 'دفعت اكثر', 'الفرق', 'it hon',
        'nhan it', 'di dau', 'may tinh', 'tra nhieu hon', 'chenh', 'menos do que', 'recebi menos', 'cade os', 'calculadora',
        'paguei mais', 'diferenca', 'descontad*', 'menos de lo que', 'me llego menos', 'donde quedaron', 'calculadora',
        'pague mas', 'diferencia', 'descontad*', '少很多', '到手', '少了', '去哪了', '计算器', '多付', '差额', '扣了',
      ],
    },
    {
      weight: 3,
      cues: [
        'fee', 'fees', 'feee*', 'commission*', 'spread', 'overcharg*', 'charged twice', 'charged me twice', 'double charged',
        'charged double', 'hidden charge*', 'hidden fee*', 'exchange rate', 'conversion rate', 'gas fee', 'network fee', 'markup',
        'mark up', 'too expensive', 'pricing', 'extra charge', 'charge on my statement', 'funding rate', 'tariff',
        'комисси*', 'комса', 'комиссион*', 'спред*', 'переплат*', 'курс обмен*', 'курс конверт*', 'неправильный курс', 'хуже рыночного',
        'скрыт* комисс*', 'списали дважды', 'списали плату дважды', 'лишнее списание', 'тариф*',
        'комісі*', 'спред', 'переплат*', 'курс обміну', 'курс конверт*', 'неправильний курс', 'гірший за ринковий', 'двічі списали',
        'списали плату', 'тариф*',
        'رسوم', 'عموله', 'عمولات', 'سعر الصرف', 'مخفيه', 'خصم مرتين', 'fee',
        'phi', 'phi rut', 'phi giao dich', 'phi an', 'ty gia', 'tru phi', 'thu phi', 'tru hai lan', 'spread', 'gia thi truong',
        'taxa*', 'tarifa*', 'cobrad* duas vezes', 'cobrado duas vezes', 'comiss*', 'spread', 'cotacao', 'escondid*',
        'comision*', 'tarifa*', 'cobraron dos veces', 'spread', 'tipo de cambio', 'oculta*',
        '手续费', '费用', '收费', '扣费', '扣了两次', '汇率', '差价', '点差', '网络费', '隐藏费', '多扣',
      ],
    },
    {
      weight: 1.5,
      cues: [
        'charge*', 'charged', 'price*', 'rate', 'rates', 'cost*', 'expensive', 'twice', 'дважды', 'двічі', 'مرتين', 'hai lan',
        'duas vezes', 'dos veces', '两次', 'cheaper', 'too high', 'refund the difference',
        'more than shown', 'free',
        'плат*', 'списал*', 'списани*', 'курс*', 'дорог*', 'цена', 'цену', 'цены', 'рыночн*', 'бесплатно', 'лишн*', 'грабеж',
        'плат*', 'списал*', 'списан*', 'курс*', 'дорог*', 'ціна', 'ціну', 'ціни', 'ринков*', 'безкоштовно', 'грабіж*',
        'السعر', 'سعر', 'مرتفع', 'غالي', 'تكلفه', 'مجاني', 'خصم',
        'dat qua', 'cao qua', 'mien phi', 'chenh lech', 'an cuop',
        'cobr*', 'preco*', 'caro', 'cara', 'absurd*', 'gratis', 'estorno', 'roubo',
        'cobr*', 'cargo*', 'precio*', 'caro', 'carisim*', 'altisim*', 'gratis', 'reembolso', 'robo',
        '价格', '贵', '免费', '扣', '抢钱', 'fee',
      ],
    },
  ],

  trading_or_order_issue: [
    {
      weight: 3.5,
      cues: [
        'trailing stop', 'трейлинг стоп', 'трейлінг стоп', 'robo de dca', 'bot de dca', 'bot dca', '追踪止损', '跟踪止损',
        'grid bot', 'trading bot', 'dca bot', 'copy trading', 'copy trade*', 'грид бот', 'торгов* бот', 'копитрейдинг*', 'грід бот',
        'بوت الشبكه', 'بوت التداول', 'bot grid', 'bot giao dich', 'copy trade', 'robo grid', 'robo de trading', 'bot de trading',
        '网格机器人', '交易机器人', '跟单', '网格',
      ],
    },
    {
      weight: 2,
      cues: [
        'placed a buy', 'placed a sell', 'placed an order', 'placed my order', 'went through at', 'filled at', 'executed at',
        'matching engine', 'engine', 'spike', 'volatility', 'price moved', 'limit', 'bought at', 'sold at', 'buy at',
        'sell at', 'поставил покупку', 'поставил продажу', 'выставил', 'лимитк*', 'сработал*', 'исполнил*', 'по цене',
        'движок', 'резком движении', 'волатильн*', 'поставив купівлю', 'поставив продаж', 'виставив', 'ліміт*', 'спрацювал*',
        'виконал*', 'за ціною', 'рушій', 'різкому русі', 'волатильн*', 'حطيت شراء', 'حطيت بيع', 'تنفذ', 'تنفذت', 'حد سعري',
        'الحركه القويه', 'التقلب', 'dat mua', 'dat ban', 'khop o', 'khop lenh', 'gia chay', 'bien dong', 'lenh gioi han',
        'coloquei compra', 'coloquei venda', 'executou', 'ordem limitada', 'no pico', 'volatilidade', 'puse una compra',
        'puse una venta', 'se ejecuto', 'orden limitada', 'en el pico', 'volatilidad', '挂的', '挂单', '买入', '卖出', '按', '成交了',
        '限价', '拉升', '暴跌', '波动',
      ],
    },
    {
      weight: 3,
      cues: [
        'limit order', 'market order', 'stop loss', 'stoploss', 'take profit', 'liquidat*', 'futures', 'perp', 'perpetual*', 'margin call',
        'leverage*', 'slippage', 'sell order', 'buy order', 'order book', 'orderbook', 'open orders', 'open order', 'close my position',
        'my position', 'cancel my order', 'cancel order*', 'order was filled', 'order filled', 'filled at', 'executed at', 'delist*',
        'buy button', 'sell button', 'price wick', 'wick', 'exchange my', 'trade history', 'order history',
        'ордер*', 'стоп лосс', 'стоп лос', 'стоплосс', 'тейк профит', 'тейк', 'ликвидац*', 'ликвидир*', 'фьючерс*', 'фьючи', 'фьючах',
        'маржин*', 'проскальзыв*', 'свеч*', 'п2п', 'апелляц*', 'стакан*', 'делистинг*', 'шорт*', 'лонг*', 'позици*', 'позицию',
        'тейк профіт', 'ліквід*', 'фючерс*', 'прослизан*', 'свічк*', 'апеляц*', 'позиці*', 'позицію',
        'وقف الخساره', 'جني الارباح', 'تصفيه', 'تصفيتي', 'العقود الاجله', 'الهامش', 'الرافعه', 'انزلاق', 'الاوامر', 'امر السوق',
        'الامر المحدد', 'شمعه', 'اغلاق الصفقه', 'p2p',
        'cat lo', 'chot loi', 'thanh ly', 'vi the', 'futures', 'hop dong tuong lai', 'ky quy', 'don bay', 'truot gia', 'chay tai khoan',
        'dat lenh', 'huy lenh', 'lenh gioi han', 'lenh thi truong', 'dong lenh', 'lenh short', 'lenh long', 'cay nen',
        'ordem limite', 'ordens abertas', 'ordem a mercado', 'liquidad*', 'futuros', 'alavanc*', 'posicao', 'fechar minha posicao',
        'pavio',
        'orden limite', 'ordenes abiertas', 'orden de mercado', 'liquidaron', 'liquidad*', 'futuros', 'apalanc*', 'deslizamiento',
        'posicion', 'mecha',
        '订单', '挂单', '限价', '市价', '止损', '止盈', '强平', '爆仓', '仓位', '平仓', '合约', '保证金', '杠杆', '滑点', '插针', '下单',
        '撤单', '卖家', '买家', '申诉', '下架', '放币',
      ],
    },
    {
      weight: 2,
      cues: [
        'p2p', 'c2c',
      ],
    },
    {
      weight: 1.5,
      cues: [
        'order', 'orders', 'position*', 'margin', 'trade*', 'trading', 'executed', 'filled', 'short', 'long', 'convert*', 'seller',
        'buyer', 'appeal', 'spot', 'candle', 'chart', 'crash*', 'froze', 'outage', 'lag*', 'glitch*', 'exchange via app',
        'сделк*', 'торгов*', 'продавец', 'покупател*', 'маржа', 'маржу', 'исполн*', 'спот*', 'конверт*', 'глюч*', 'лег*', 'лагает',
        'угод*', 'торгів*', 'продавець', 'маржа', 'маржу', 'викона*', 'конверт*',
        'صفقه', 'التداول', 'البائع', 'المشتري', 'تنفيذ', 'تم تنفيذه', 'تداول', 'توقفت',
        'lenh', 'khop', 'nguoi ban', 'nguoi mua', 'short', 'long', 'giao dich', 'lag',
        'ordem', 'ordens', 'executad*', 'negociac*', 'vendedor', 'margem', 'travou',
        'orden', 'ordenes', 'ejecut*', 'operacion', 'vendedor', 'margen', 'se colgo',
        '交易', '成交', '卖', '买', '卡死', '闪兑',
      ],
    },
  ],

  data_privacy_or_breach: [
    {
      weight: 0.5,
      name: 'other-people',
      cues: [
        'other customers', 'other clients', 'other users', 'other people', 'another customer', 'another user', 'someone elses',
        'других клиентов', 'других пользователей', 'чужие', 'чужих', 'інших клієнтів', 'інших користувачів', 'чужі', 'чужих',
        'العملاء الاخرين', 'مستخدمين اخرين', 'شخص اخر', 'khach hang khac', 'nguoi khac', 'outros clientes', 'outras pessoas',
        'outros usuarios', 'otros clientes', 'otras personas', 'otros usuarios', '其他客户', '其他用户', '别人的',
        'all recipients', 'in cc', 'в копии', 'в копії', 'المستلمين', 'nguoi nhan', 'destinatarios', '收件人',
      ],
    },
    {
      weight: 0.5,
      name: 'personal-data',
      cues: [
        'emails', 'email addresses', 'names', 'addresses', 'phone numbers', 'passport*', 'personal data', 'data', 'details',
        'почты', 'почт', 'имена', 'адреса', 'данные', 'паспорт*', 'пошти', 'пошт', 'імена', 'адреси', 'дані', 'ايميلات', 'بيانات', 'اسماء',
        'email', 'thong tin', 'du lieu', 'dados', 'nomes', 'correos', 'datos', 'nombres', '邮箱', '信息', '数据', '姓名', 'visible',
        'visiveis', 'visibles', 'ظاهرين', 'hien het', '显示',
      ],
    },
    {
      weight: 3.5,
      cues: [
        'my contacts', 'precise location', 'what do you do with that data', 'what do you do with my data', 'доступ к контактам',
        'доступ до контактів', 'xem thong tin cua toi', 'cho phep ho xem', 'quais empresas', 'compartilharam meus dados', 'vendieron mis datos',
        '删掉我', '不想你们保存', '保存我的',
        'unsubscribe*', 'unsubscribing', 'opt out', 'opted out', 'stop sending me', 'remove my phone number', 'remove my email',
        'отписал*', 'отписк* от рассылк*', 'удалите мой номер', 'удалите мою почту', 'відписув*', 'відписал*', 'видаліть мій номер',
        'الغيت الاشتراك', 'احذفوا رقم', 'huy dang ky', 'xoa so dien thoai', 'cancelei a inscricao', 'descadastr*', 'numero removido',
        'me di de baja del', 'borren mi numero', '退订', '删掉我的手机号', '删除我的手机号',
      ],
    },
    {
      weight: 2.5,
      cues: [
        'can see the full name', 'see the full name', 'see their email', 'their email', 'full name and email', 'visible to',
        'visible to others', 'can see mine', 'other people can see', 'others can see',
        'видно полное имя', 'полное имя', 'видны другим', 'видно другим', 'мои данные видны', 'видно повне', 'повне імя',
        'бачать інші', 'видно іншим', 'мої дані бачать', 'الاسم الكامل', 'معلوماتي مكشوفه', 'مكشوفه', 'مكشوف', 'يظهر الاسم',
        'day du ho ten', 'ho ten va email', 'nguoi khac cung thay', 'lo ho ten', 'nome completo e email', 'ficam expostos',
        'expost*', 'aparece nome', 'nombre completo y el email', 'quedan expuestos', 'expuest*', 'aparece el nombre', '全名和邮箱',
        '对方的全名', '别人也能看到', '能看到对方',
      ],
    },
    {
      weight: 4,
      cues: [
        'privacy', 'personal data', 'personal information', 'personal info', 'my data', 'data breach', 'breach', 'leak*', 'gdpr',
        'ccpa', 'delete my data', 'deletion of', 'delete my personal', 'erase my', 'subject access', 'third party', 'third parties',
        'share my data', 'sharing my data', 'shared my', 'sold my data', 'someone elses', 'another customers', 'another customer',
        'another user', 'other customers', 'exposed my', 'data protection', 'know my name', 'knew my name', 'who did you share',
        'consent to processing', 'withdraw my consent', 'database leaked',
        'персональн* данн*', 'мои данные', 'моих данных', 'моим данным', 'утечк*', 'слит*', 'слили', 'конфиденциальн*',
        'обработку персональных', 'удалить мои данные', 'удалите мои', 'удалить все мои', 'третьим лицам', 'передаете мои',
        'чужие данные', 'чужого аккаунта', 'знают мое имя', 'продаются', 'персональные',
        'персональн* дан*', 'мої дані', 'моїх даних', 'витік*', 'витоку', 'конфіденційн*', 'обробку персональних', 'видалити мої',
        'видаліть', 'третім особам', 'чужі дані', 'чужі документи', 'чужого акаунта', 'чужу пошту', 'знають моє', 'продаються',
        'بياناتي', 'البيانات الشخصيه', 'بيانات شخص', 'تسريب', 'تسربت', 'الخصوصيه', 'حذف جميع بياناتي', 'حذف بياناتي', 'اطراف ثالثه',
        'تشاركون', 'شارك رقمي', 'يعرفون اسمي', 'تباع', 'رسايل تسويقيه', 'موافقتي على معالجه',
        'du lieu ca nhan', 'du lieu cua toi', 'thong tin ca nhan', 'ro ri', 'lo thong tin', 'lo du lieu', 'quyen rieng tu',
        'xoa du lieu', 'xoa toan bo du lieu', 'ben thu ba', 'chia se du lieu', 'biet ca ho ten', 'biet ten',
        'dados pessoais', 'meus dados', 'vazament*', 'vazaram', 'vazou', 'privacidade', 'lgpd', 'exclusao de todos', 'apaguem',
        'terceiros', 'compartilham meus', 'dados de outra pessoa', 'sabem meu nome',
        'datos personales', 'mis datos', 'filtracion', 'filtraron', 'filtrad*', 'privacidad', 'rgpd', 'eliminacion de todos',
        'borrenlos', 'terceros', 'comparten mis', 'datos de otra persona', 'saben mi nombre',
        '个人数据', '个人信息', '数据泄露', '信息泄露', '泄露', '泄漏', '隐私', '删除我', '第三方', '分享给', '别人的身份', '别人的账户',
        '被卖', '知道我的名字', '知道我的全名', '删除所有',
      ],
    },
    {
      weight: 1.5,
      cues: [
        'data', 'delete', 'exposed', 'exposure', 'database', 'spam', 'marketing', 'consent', 'someone else', 'phone number',
        'my email', 'my address', 'full name', 'name and', 'public profile',
        'данн*', 'удалит*', 'чужи*', 'согласи*', 'имя', 'фио', 'номер телефона',
        'дані', 'даних', 'видалит*', 'чуж*', 'згод*', 'імя', 'піб',
        'بيانات', 'حذف', 'اسمي', 'رقمي', 'شخص اخر', 'تسويقيه', 'انتهاك',
        'du lieu', 'thong tin', 'xoa', 'nguoi khac', 'ho ten', 'so dien thoai', 'sdt',
        'dados', 'exclusao', 'outra pessoa', 'nome completo', 'cpf', 'consentimento',
        'datos', 'eliminacion', 'otra persona', 'nombre completo', 'consentimiento',
        '数据', '信息', '删除', '别人', '全名', '手机号',
      ],
    },
  ],

  customer_service_quality: [
    {
      weight: 3.5,
      cues: [
        'marked resolved', 'marked as resolved', 'closed as resolved', 'closing tickets', 'closed without', 'пометили решено',
        'пометили как решено', 'закрывать тикеты', 'закрыли без', 'позначили вирішено', 'закривати тікети', 'закрили без', 'محلوله',
        'اغلاق التذاكر', 'danh dau da giai quyet', 'dong ticket', 'como resolvido', 'fechar chamado', 'como resuelto', 'cerrar tickets',
        '标记为已解决', '关工单', '关闭工单',
      ],
    },
    {
      weight: 2.5,
      cues: [
        'escalated', 'escalate*', 'takes ownership', 'no one takes', 'nobody takes', 'help desk', 'helpdesk', 'opened a case',
        'case open', 'relevant team', 'same answer', 'no one helps', 'nobody helps', 'nobody cares', 'передано', 'профильн*',
        'отдел*', 'никто ничего', 'никто не решает', 'никто не помогает', 'эскалир*', 'передано', 'профільн*', 'відділ*',
        'ніхто нічого', 'ніхто не вирішує', 'ніхто не допомагає', 'التصعيد', 'القسم المختص', 'لا احد يتحمل', 'المسووليه',
        'لا احد يساعد', 'محد يرد', 'bo phan lien quan', 'chiu trach nhiem', 'chang ai', 'khong ai giup', 'da chuyen bo phan',
        'escalado', 'setor responsavel', 'ninguem resolve', 'ninguem ajuda', 'solicitacao', 'lo escalaron', 'escalad*',
        'area correspondiente', 'nadie se hace cargo', 'nadie resuelve', 'nadie ayuda', '转交', '相关部门', '没人负责', '没人管', '没人处理',
        '没人解决',
      ],
    },
    {
      weight: 3,
      cues: [
        'customer service', 'customer support', 'support team', 'support agent', 'support is', 'your support', 'support does not',
        'support has not', 'support keeps', 'support only', 'chatbot', 'live chat', 'no response', 'no reply', 'not responding',
        'nobody answer*', 'no one answer*', 'nobody replies', 'never replied', 'never responded', 'rude', 'unprofessional',
        'canned', 'copy paste', 'copy and paste', 'callback', 'call back', 'ignoring me', 'ignored', 'terrible service',
        'worst service', 'poor service', 'bad service', 'awful service', 'human agent', 'talk to a human', 'real person',
        'train your staff', 'your agents', 'your staff', 'ticket closed', 'closed my ticket', 'closed the ticket',
        'оператор*', 'не отвечает', 'не отвечают', 'нет ответа', 'игнорир*', 'хамств*',
        'нахамил*', 'хамит', 'шаблон*', 'отписк*', 'копипаст*', 'живого человека', 'перезвон*', 'обслуживани*', 'пожаловаться на',
        'оператор*', 'не відповіда*', 'немає відповіді', 'ігнору*', 'грубіст*', 'грубий', 'шаблонн*',
        'живої людини', 'передзвон*', 'обслуговуван*', 'поскаржитися на', 'копіює відповіді',
        'خدمه العملاء', 'الدعم الفني', 'الموظف', 'لا ترد', 'لم يرد', 'ما يرد', 'لا يوجد رد', 'رد الي', 'ردود اليه',
        'الردود اليه', 'ردود جاهزه', 'وقح', 'يتجاهل', 'تتجاهل', 'شخص حقيقي', 'خدمه سيئه', 'المنسوخ', 'معامله موظف',
        'cskh', 'nhan vien', 'khong tra loi', 'khong phan hoi', 'thai do', 'tin nhan tu dong', 'nguoi that', 'vong vo',
        'copy paste', 'goi lai', 'dich vu kem', 'dich vu qua te',
        'atendimento', 'atendente*', 'nao responde', 'ninguem responde', 'sem resposta', 'respostas automaticas',
        'respostas prontas', 'resposta pronta', 'grosso', 'descaso', 'me ignora', 'humano', 'copia e cola', 'funcionario',
        'atencion al cliente', 'pesima atencion', 'no responde', 'no contesta', 'nadie contesta',
        'nadie responde', 'sin respuesta', 'respuestas automaticas', 'plantillas', 'grosero', 'me ignora', 'persona real',
        'copia y pega', 'empleado', 'falta de respeto',
        '人工', '工单', '机器人', '自动回复', '不回复', '没回复', '没人回', '态度', '模板', '敷衍', '回电话', '服务太差', '服务太烂',
        '不理我', '复制粘贴',
      ],
    },
    {
      weight: 1.5,
      cues: [
        'support', 'agent*', 'the agent', 'staff', 'ticket*', 'bot', 'chat', 'nobody', 'no one', 'useless', 'manager', 'reply', 'replies',
        'respond*', 'response*', 'answer*', 'service', 'complaint', 'waiting for', 'unacceptable',
        'поддержк*', 'техподдержк*', 'саппорт*', 'тикет*', 'обращени*', 'бот', 'чат', 'ответ*', 'сотрудник*', 'сервис', 'жалоб*', 'недопустимо',
        'підтримк*', 'тікет*', 'звернення', 'бот', 'чат', 'відповід*', 'співробітник*', 'працівник*', 'сервіс', 'неприпустимо',
        'الدعم', 'التذكره', 'تذاكر', 'الدردشه', 'الرد', 'موظف', 'خدمه', 'شكوي',
        'ho tro', 'ticket', 'bot', 'chat', 'phan hoi', 'tra loi', 'dich vu', 'support',
        'suporte', 'chamado*', 'ticket*', 'robo', 'bot', 'chat', 'resposta*', 'pessimo', 'inaceitavel',
        'soporte', 'agente', 'ticket*', 'bot', 'chat', 'respuesta*', 'pesim*', 'inaceptable', 'atencion',
        '客服', '回复', '服务', '投诉', '聊天', '客户',
      ],
    },
  ],

  other: [
    {
      weight: 2.5,
      cues: [
        'please add', 'add a way', 'add the option', 'feature request', 'would be nice', 'would be great', 'dark theme', 'dark mode',
        'добавьте возможность', 'было бы удобно', 'было бы удобнее', 'темная тема', 'додайте можливість', 'було б зручніше', 'темна тема',
        'اضيفوا', 'الوضع الليلي', 'them tinh nang', 'che do toi', 'coloquem a opcao', 'seria bem mais facil', 'tema escuro',
        'agreguen la opcion', 'seria mucho mas facil', 'modo oscuro', '希望能', '深色模式', '新功能',
      ],
    },
    {
      weight: 3,
      cues: [
        'corporate account', 'business account', 'company account', 'корпоративн* аккаунт', 'корпоративн* акаунт', 'бизнес аккаунт',
        'حساب شركه', 'tai khoan doanh nghiep', 'conta pj', 'conta empresarial', 'cuenta corporativa', 'cuenta empresa', '企业账户',
        '公司账户',
        'delete my account', 'delete account', 'deleting my account', 'account deleted', 'account to be deleted', 'close my account',
        'close an account', 'closing my account', 'terminate my account', 'quit this account', 'cancel my account',
        'change my name', 'change name', 'update my details', 'update my personal', 'change my personal', 'change my information',
        'change my details', 'edit my details', 'edit the personal details', 'change my address', 'update my address',
        'my address has changed', 'got married', 'name change', 'change my pin', 'change pin',
        'удалить аккаунт', 'закрыть аккаунт', 'удалить учетную запись', 'закрыть счет', 'изменить данные', 'сменить фамилию',
        'изменить адрес', 'обновить данные', 'видалити акаунт', 'закрити акаунт', 'змінити дані', 'змінити прізвище', 'змінити адресу',
        'حذف حسابي', 'اغلاق حسابي', 'الغاء حسابي', 'تغيير الاسم', 'تحديث بياناتي', 'تغيير العنوان',
        'xoa tai khoan', 'dong tai khoan', 'doi ten', 'cap nhat thong tin', 'doi dia chi',
        'excluir minha conta', 'encerrar minha conta', 'fechar minha conta', 'cancelar minha conta', 'alterar meus dados',
        'mudar meu nome', 'atualizar meus dados', 'mudar endereco',
        'eliminar mi cuenta', 'cerrar mi cuenta', 'borrar mi cuenta', 'dar de baja', 'cambiar mis datos', 'cambiar mi nombre',
        'actualizar mis datos', 'cambiar mi direccion',
        '注销', '删除账户', '关闭账户', '修改个人信息', '更改姓名', '修改地址', '更新资料',
      ],
    },
    {
      weight: 2,
      cues: [
        'earn', 'savings', 'apy', 'apr', 'interest', 'yield', 'export*', 'csv', 'accountant', 'trade history export',
        'statement for', 'launchpool', 'launchpad', 'promo', 'promotion', 'voucher', 'coupon', 'nft', 'earn', 'процент*',
        'доходност*', 'выгруз*', 'бухгалтер*', 'экспорт*', 'акци*', 'промо*', 'відсотк*', 'дохідн*', 'вивантаж*', 'бухгалтер*',
        'експорт*', 'акці*', 'الادخار', 'ارباح الادخار', 'فوايد', 'تصدير', 'المحاسب', 'محاسب', 'عرض ترويجي', 'tra lai', 'lai suat', 'xuat file',
        'ke toan', 'khuyen mai', 'tiet kiem', 'rendimento', 'juros', 'exportar', 'contador', 'promocao', 'intereses',
        'rendimiento', 'exportar', 'contador', 'promocion', '理财', '收益', '利息', '导出', '会计', '活动', '优惠券',
      ],
    },
    {
      weight: 2,
      cues: [
        'physical card', 'virtual card', 'card arrive', 'new card', 'apple pay', 'google pay', 'referral*', 'bonus',
        'airdrop*', 'staking', 'reward*', 'list the', 'listing', 'close my account', 'delete my account', 'terminate',
        'tax report', 'tax', 'annual report', 'language', 'dark mode', 'feature', 'desktop app', 'my profile', 'personal details',
        'which countries', 'countries', 'country', 'atm', 'contactless', 'change my pin', 'card delivery', 'cash back', 'cashback',
        'age limit', 'how old', 'top up limit', 'spare card', 'disposable', 'visa', 'mastercard', 'card payment', 'declined card',
        'пластиков* карт*', 'apple pay', 'реферал*', 'бонус*', 'аирдроп*', 'стейкинг*', 'листинг*', 'закрыть аккаунт', 'удалить аккаунт',
        'налогов*', 'язык*', 'стран', 'странах', 'страны', 'профил*',
        'пластиков* карт*', 'реферал*', 'бонус*', 'стейкінг*', 'лістинг*', 'закрити акаунт', 'видалити акаунт', 'податков*', 'мову',
        'мови', 'країн*', 'профіл*',
        'البطاقه', 'ابل باي', 'مكافاه', 'الاحاله', 'ادراج', 'اغلاق حسابي', 'الضرايب', 'لغه', 'اي دول', 'ملفي الشخصي',
        'the vat ly', 'apple pay', 'thuong gioi thieu', 'gioi thieu', 'niem yet', 'dong tai khoan', 'bao cao thue', 'thue', 'ngon ngu',
        'nuoc nao', 'ho so', 'staking', 'airdrop',
        'cartao fisico', 'bonus de indicacao', 'indicacao', 'listem', 'encerrar minha conta', 'imposto de renda', 'imposto', 'idioma',
        'paises', 'perfil',
        'tarjeta fisica', 'bono de referido', 'referido', 'listen el', 'cerrar mi cuenta', 'impuestos', 'idioma', 'paises', 'perfil',
        '实体卡', '推荐奖励', '邀请', '上线', '注销', '报税', '税', '语言', '国家', '个人资料', '空投', '质押',
      ],
    },
    {
      // Questions about how things work are usually "other", but a complaint asks questions too.
      weight: 0.5,
      cues: [
        'card', 'how do i', 'how can i', 'is it possible', 'do you support', 'where can i', 'how to',
        'карт*', 'как', 'можно ли', 'поддерживаете',
        'картк*', 'як', 'чи можна', 'підтримуєте',
        'بطاقه', 'كيف',
        'lam sao', 'co ho tro',
        'cartao', 'como', 'aceitam',
        'tarjeta', 'como', 'aceptan',
        '卡片', '怎么', '如何', '支持',
      ],
    },
  ],
};
