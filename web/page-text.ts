// The words on the small server-rendered pages, in every supported language.
// Kept apart from the markup so a translator touches only this file; the
// compiler checks that every language fills in every string.
import type { SupportedLanguage } from '../functions/domain/messages';
import type { PageChrome } from './theme';

export type FormField = 'name' | 'email' | 'accountId' | 'description' | 'transactionHashes' | 'language' | 'wantsHuman';

export interface PageText {
  readonly chrome: PageChrome;
  readonly caseNumberLabel: string;
  readonly received: {
    readonly title: string;
    readonly emailed: string;
    readonly keep: string;
    readonly nextTitle: string;
    readonly steps: readonly [string, string, string];
    readonly backToForm: string;
  };
  readonly errors: {
    readonly title: string;
    readonly intro: string;
    readonly back: string;
    readonly startAgain: string;
    readonly fields: Readonly<Record<FormField, string>>;
    /** Label for errors that belong to no field (the body, a header). */
    readonly general: string;
  };
  readonly confirm: {
    readonly title: string;
    readonly intro: string;
    readonly caseLabel: string;
    readonly yes: string;
    readonly no: string;
    readonly noHint: string;
    readonly ratingLegend: string;
    readonly optional: string;
    readonly ratingLow: string;
    readonly ratingHigh: string;
    readonly commentLabel: string;
    readonly commentHint: string;
    readonly submit: string;
  };
  readonly thanks: {
    readonly title: string;
    readonly yesHeading: string;
    readonly yesBody: string;
    readonly noHeading: string;
    /** `within` is a phrase such as "within 24 hours", or undefined when no time frame was given. */
    noBody(within: string | undefined): string;
    readonly addMore: string;
  };
  readonly expired: {
    readonly title: string;
    readonly body: string;
    readonly reach: string;
    readonly newComplaint: string;
  };
}

export const PAGE_TEXT: Readonly<Record<SupportedLanguage, PageText>> = {
  en: {
    chrome: {
      skipToContent: 'Skip to main content',
      tagline: 'Complaints, handled by people',
      footer: ['We will never ask for your seed phrase, private key or password.', 'Need a person? Reply to any email we have sent you.'],
    },
    caseNumberLabel: 'Your case number',
    received: {
      title: 'We have received your complaint',
      emailed: 'We have emailed you an acknowledgement with this number. If it has not arrived in a few minutes, please check your spam folder.',
      keep: 'Keep your case number. Replying to our email is the quickest way to reach the person handling your case.',
      nextTitle: 'What happens next',
      steps: [
        'A person reads your complaint and checks your account and any transactions you mentioned.',
        'We write to you with what we found, within the time frame in our email.',
        'If you want to talk to a person at any point, reply to our email.',
      ],
      backToForm: 'Back to the complaint form',
    },
    errors: {
      title: 'Please check your complaint',
      intro: 'We could not accept your complaint yet. Please fix the following:',
      back: "Use your browser's Back button to return to the form — what you typed should still be there.",
      startAgain: 'Start again with an empty form',
      fields: {
        name: 'Your name',
        email: 'Email address',
        accountId: 'Account ID',
        description: 'What happened',
        transactionHashes: 'Transaction hashes',
        language: 'Language',
        wantsHuman: 'Talk to a person',
      },
      general: 'Form',
    },
    confirm: {
      title: 'Did we resolve your complaint?',
      intro: 'Your answer tells us whether to keep working on your case. It takes less than a minute.',
      caseLabel: 'Case',
      yes: 'Yes, it is resolved',
      no: 'No, it is not resolved',
      noHint: 'If it is not, a person will pick your case up again.',
      ratingLegend: 'How would you rate the way we handled it?',
      optional: '(optional)',
      ratingLow: 'Very poor',
      ratingHigh: 'Excellent',
      commentLabel: 'Anything you want to tell us?',
      commentHint: 'Optional, up to 1000 characters. Please do not include your seed phrase, private key or password.',
      submit: 'Send my answer',
    },
    thanks: {
      title: 'Thank you',
      yesHeading: 'Thank you for letting us know',
      yesBody: 'We are glad we could sort it out. If anything else comes up, reply to any of our emails and a person will read it.',
      noHeading: 'Thank you — we will look at it again',
      noBody: (within) => (within ? `A person will pick your case up again ${within} and email you.` : 'A person will pick your case up again and email you.'),
      addMore: 'If you want to add anything, reply to any of our emails.',
    },
    expired: {
      title: 'This link no longer works',
      body: 'The link has expired or has already been used. For your security, links in our emails work only once and only for a limited time.',
      reach: 'You can still reach a person: reply to any email we have sent you about your case, and it goes straight to the person handling it.',
      newComplaint: 'Make a new complaint',
    },
  },

  es: {
    chrome: {
      skipToContent: 'Saltar al contenido principal',
      tagline: 'Reclamaciones atendidas por personas',
      footer: [
        'Nunca le pediremos su frase semilla, su clave privada ni su contraseña.',
        '¿Necesita hablar con una persona? Responda a cualquiera de nuestros correos.',
      ],
    },
    caseNumberLabel: 'Su número de caso',
    received: {
      title: 'Hemos recibido su reclamación',
      emailed: 'Le hemos enviado un correo de confirmación con este número. Si no le llega en unos minutos, revise la carpeta de spam.',
      keep: 'Conserve su número de caso. Responder a nuestro correo es la forma más rápida de llegar a la persona que lleva su caso.',
      nextTitle: 'Qué pasará ahora',
      steps: [
        'Una persona leerá su reclamación y revisará su cuenta y las transacciones que haya mencionado.',
        'Le escribiremos con lo que hayamos encontrado, dentro del plazo indicado en nuestro correo.',
        'Si en algún momento quiere hablar con una persona, responda a nuestro correo.',
      ],
      backToForm: 'Volver al formulario de reclamación',
    },
    errors: {
      title: 'Revise su reclamación',
      intro: 'Todavía no hemos podido aceptar su reclamación. Corrija lo siguiente:',
      back: 'Use el botón Atrás de su navegador para volver al formulario: lo que escribió debería seguir ahí.',
      startAgain: 'Empezar de nuevo con un formulario vacío',
      fields: {
        name: 'Su nombre',
        email: 'Correo electrónico',
        accountId: 'ID de cuenta',
        description: 'Qué ocurrió',
        transactionHashes: 'Hashes de transacción',
        language: 'Idioma',
        wantsHuman: 'Hablar con una persona',
      },
      general: 'Formulario',
    },
    confirm: {
      title: '¿Resolvimos su reclamación?',
      intro: 'Su respuesta nos dice si debemos seguir trabajando en su caso. Le llevará menos de un minuto.',
      caseLabel: 'Caso',
      yes: 'Sí, está resuelta',
      no: 'No, no está resuelta',
      noHint: 'Si no lo está, una persona retomará su caso.',
      ratingLegend: '¿Cómo valora la forma en que la gestionamos?',
      optional: '(opcional)',
      ratingLow: 'Muy mal',
      ratingHigh: 'Excelente',
      commentLabel: '¿Quiere contarnos algo más?',
      commentHint: 'Opcional, hasta 1000 caracteres. No incluya su frase semilla, su clave privada ni su contraseña.',
      submit: 'Enviar mi respuesta',
    },
    thanks: {
      title: 'Gracias',
      yesHeading: 'Gracias por hacérnoslo saber',
      yesBody: 'Nos alegra haberlo resuelto. Si surge algo más, responda a cualquiera de nuestros correos y una persona lo leerá.',
      noHeading: 'Gracias: volveremos a revisarlo',
      noBody: (within) => (within ? `Una persona retomará su caso ${within} y le escribirá.` : 'Una persona retomará su caso y le escribirá.'),
      addMore: 'Si quiere añadir algo, responda a cualquiera de nuestros correos.',
    },
    expired: {
      title: 'Este enlace ya no funciona',
      body: 'El enlace ha caducado o ya se ha usado. Por su seguridad, los enlaces de nuestros correos solo funcionan una vez y durante un tiempo limitado.',
      reach: 'Puede seguir hablando con una persona: responda a cualquier correo que le hayamos enviado sobre su caso y llegará directamente a quien lo lleva.',
      newComplaint: 'Presentar una nueva reclamación',
    },
  },

  pt: {
    chrome: {
      skipToContent: 'Pular para o conteúdo principal',
      tagline: 'Reclamações tratadas por pessoas',
      footer: ['Nunca pediremos sua frase-semente, sua chave privada ou sua senha.', 'Precisa falar com uma pessoa? Responda a qualquer e-mail nosso.'],
    },
    caseNumberLabel: 'Número do seu caso',
    received: {
      title: 'Recebemos sua reclamação',
      emailed: 'Enviamos um e-mail de confirmação com este número. Se ele não chegar em alguns minutos, verifique a pasta de spam.',
      keep: 'Guarde o número do seu caso. Responder ao nosso e-mail é o jeito mais rápido de falar com a pessoa que cuida do seu caso.',
      nextTitle: 'O que acontece agora',
      steps: [
        'Uma pessoa lê sua reclamação e verifica sua conta e as transações que você mencionou.',
        'Escrevemos para você com o que encontramos, dentro do prazo informado no nosso e-mail.',
        'Se quiser falar com uma pessoa a qualquer momento, responda ao nosso e-mail.',
      ],
      backToForm: 'Voltar ao formulário de reclamação',
    },
    errors: {
      title: 'Confira sua reclamação',
      intro: 'Ainda não conseguimos aceitar sua reclamação. Corrija o seguinte:',
      back: 'Use o botão Voltar do navegador para retornar ao formulário — o que você digitou deve continuar lá.',
      startAgain: 'Começar de novo com um formulário vazio',
      fields: {
        name: 'Seu nome',
        email: 'E-mail',
        accountId: 'ID da conta',
        description: 'O que aconteceu',
        transactionHashes: 'Hashes de transação',
        language: 'Idioma',
        wantsHuman: 'Falar com uma pessoa',
      },
      general: 'Formulário',
    },
    confirm: {
      title: 'Resolvemos sua reclamação?',
      intro: 'Sua resposta nos diz se devemos continuar trabalhando no seu caso. Leva menos de um minuto.',
      caseLabel: 'Caso',
      yes: 'Sim, foi resolvida',
      no: 'Não, não foi resolvida',
      noHint: 'Se não foi, uma pessoa vai retomar seu caso.',
      ratingLegend: 'Como você avalia a forma como cuidamos dela?',
      optional: '(opcional)',
      ratingLow: 'Muito ruim',
      ratingHigh: 'Excelente',
      commentLabel: 'Quer nos contar mais alguma coisa?',
      commentHint: 'Opcional, até 1000 caracteres. Não inclua sua frase-semente, sua chave privada ou sua senha.',
      submit: 'Enviar minha resposta',
    },
    thanks: {
      title: 'Obrigado',
      yesHeading: 'Obrigado por nos avisar',
      yesBody: 'Que bom que conseguimos resolver. Se surgir mais alguma coisa, responda a qualquer e-mail nosso e uma pessoa vai ler.',
      noHeading: 'Obrigado — vamos analisar de novo',
      noBody: (within) =>
        within ? `Uma pessoa vai retomar seu caso ${within} e enviar um e-mail para você.` : 'Uma pessoa vai retomar seu caso e enviar um e-mail para você.',
      addMore: 'Se quiser acrescentar algo, responda a qualquer e-mail nosso.',
    },
    expired: {
      title: 'Este link não funciona mais',
      body: 'O link expirou ou já foi usado. Para sua segurança, os links dos nossos e-mails funcionam só uma vez e por tempo limitado.',
      reach: 'Você ainda pode falar com uma pessoa: responda a qualquer e-mail que enviamos sobre seu caso, e ele vai direto para quem cuida dele.',
      newComplaint: 'Fazer uma nova reclamação',
    },
  },

  ru: {
    chrome: {
      skipToContent: 'Перейти к основному содержанию',
      tagline: 'Жалобы рассматривают люди',
      footer: ['Мы никогда не попросим вашу сид-фразу, приватный ключ или пароль.', 'Нужен человек? Ответьте на любое наше письмо.'],
    },
    caseNumberLabel: 'Номер вашего обращения',
    received: {
      title: 'Мы получили вашу жалобу',
      emailed: 'Мы отправили вам письмо-подтверждение с этим номером. Если оно не придёт в течение нескольких минут, проверьте папку «Спам».',
      keep: 'Сохраните номер обращения. Ответить на наше письмо — самый быстрый способ связаться с сотрудником, который ведёт ваше обращение.',
      nextTitle: 'Что будет дальше',
      steps: [
        'Сотрудник прочитает вашу жалобу и проверит ваш аккаунт и транзакции, которые вы упомянули.',
        'Мы напишем вам, что выяснили, в срок, указанный в нашем письме.',
        'Если в любой момент захотите поговорить с человеком, ответьте на наше письмо.',
      ],
      backToForm: 'Вернуться к форме жалобы',
    },
    errors: {
      title: 'Проверьте жалобу',
      intro: 'Мы пока не можем принять вашу жалобу. Пожалуйста, исправьте следующее:',
      back: 'Нажмите в браузере кнопку «Назад», чтобы вернуться к форме, — введённый текст должен сохраниться.',
      startAgain: 'Начать заново с пустой формы',
      fields: {
        name: 'Ваше имя',
        email: 'Электронная почта',
        accountId: 'ID аккаунта',
        description: 'Что произошло',
        transactionHashes: 'Хеши транзакций',
        language: 'Язык',
        wantsHuman: 'Связаться с человеком',
      },
      general: 'Форма',
    },
    confirm: {
      title: 'Удалось ли нам решить вашу проблему?',
      intro: 'Ваш ответ подскажет нам, нужно ли продолжать работу по обращению. Это займёт меньше минуты.',
      caseLabel: 'Обращение',
      yes: 'Да, проблема решена',
      no: 'Нет, проблема не решена',
      noHint: 'Если нет, сотрудник снова возьмётся за ваше обращение.',
      ratingLegend: 'Как вы оцениваете нашу работу по обращению?',
      optional: '(необязательно)',
      ratingLow: 'Очень плохо',
      ratingHigh: 'Отлично',
      commentLabel: 'Хотите что-то добавить?',
      commentHint: 'Необязательно, до 1000 символов. Не указывайте сид-фразу, приватный ключ или пароль.',
      submit: 'Отправить ответ',
    },
    thanks: {
      title: 'Спасибо',
      yesHeading: 'Спасибо, что сообщили',
      yesBody: 'Мы рады, что проблему удалось решить. Если возникнет что-то ещё, ответьте на любое наше письмо — его прочитает человек.',
      noHeading: 'Спасибо — мы займёмся этим снова',
      noBody: (within) =>
        within ? `Сотрудник снова возьмётся за ваше обращение ${within} и напишет вам.` : 'Сотрудник снова возьмётся за ваше обращение и напишет вам.',
      addMore: 'Если хотите что-то добавить, ответьте на любое наше письмо.',
    },
    expired: {
      title: 'Эта ссылка больше не работает',
      body: 'Срок действия ссылки истёк, или она уже была использована. В целях безопасности ссылки в наших письмах работают только один раз и ограниченное время.',
      reach:
        'Вы по-прежнему можете связаться с человеком: ответьте на любое наше письмо по вашему обращению, и оно попадёт прямо к сотруднику, который его ведёт.',
      newComplaint: 'Подать новую жалобу',
    },
  },

  uk: {
    chrome: {
      skipToContent: 'Перейти до основного вмісту',
      tagline: 'Скарги розглядають люди',
      footer: ['Ми ніколи не попросимо вашу сід-фразу, приватний ключ чи пароль.', 'Потрібна людина? Дайте відповідь на будь-який наш лист.'],
    },
    caseNumberLabel: 'Номер вашого звернення',
    received: {
      title: 'Ми отримали вашу скаргу',
      emailed: 'Ми надіслали вам лист-підтвердження з цим номером. Якщо він не надійде за кілька хвилин, перевірте папку «Спам».',
      keep: 'Збережіть номер звернення. Відповісти на наш лист — найшвидший спосіб зв’язатися з працівником, який веде ваше звернення.',
      nextTitle: 'Що буде далі',
      steps: [
        'Працівник прочитає вашу скаргу й перевірить ваш акаунт і транзакції, які ви згадали.',
        'Ми напишемо вам, що з’ясували, у строк, зазначений у нашому листі.',
        'Якщо будь-коли захочете поговорити з людиною, дайте відповідь на наш лист.',
      ],
      backToForm: 'Повернутися до форми скарги',
    },
    errors: {
      title: 'Перевірте скаргу',
      intro: 'Ми поки не можемо прийняти вашу скаргу. Будь ласка, виправте таке:',
      back: 'Натисніть у браузері кнопку «Назад», щоб повернутися до форми, — введений текст має зберегтися.',
      startAgain: 'Почати знову з порожньої форми',
      fields: {
        name: 'Ваше ім’я',
        email: 'Електронна пошта',
        accountId: 'ID акаунта',
        description: 'Що сталося',
        transactionHashes: 'Хеші транзакцій',
        language: 'Мова',
        wantsHuman: 'Зв’язатися з людиною',
      },
      general: 'Форма',
    },
    confirm: {
      title: 'Чи вдалося нам вирішити вашу проблему?',
      intro: 'Ваша відповідь підкаже нам, чи потрібно продовжувати роботу над зверненням. Це займе менше хвилини.',
      caseLabel: 'Звернення',
      yes: 'Так, проблему вирішено',
      no: 'Ні, проблему не вирішено',
      noHint: 'Якщо ні, працівник знову візьметься за ваше звернення.',
      ratingLegend: 'Як ви оцінюєте нашу роботу над зверненням?',
      optional: '(необов’язково)',
      ratingLow: 'Дуже погано',
      ratingHigh: 'Чудово',
      commentLabel: 'Хочете щось додати?',
      commentHint: 'Необов’язково, до 1000 символів. Не вказуйте сід-фразу, приватний ключ чи пароль.',
      submit: 'Надіслати відповідь',
    },
    thanks: {
      title: 'Дякуємо',
      yesHeading: 'Дякуємо, що повідомили',
      yesBody: 'Ми раді, що проблему вдалося вирішити. Якщо виникне щось іще, дайте відповідь на будь-який наш лист — його прочитає людина.',
      noHeading: 'Дякуємо — ми займемося цим знову',
      noBody: (within) =>
        within ? `Працівник знову візьметься за ваше звернення ${within} і напише вам.` : 'Працівник знову візьметься за ваше звернення і напише вам.',
      addMore: 'Якщо хочете щось додати, дайте відповідь на будь-який наш лист.',
    },
    expired: {
      title: 'Це посилання більше не працює',
      body: 'Строк дії посилання минув, або його вже було використано. З міркувань безпеки посилання в наших листах працюють лише один раз і обмежений час.',
      reach:
        'Ви й далі можете зв’язатися з людиною: дайте відповідь на будь-який наш лист щодо вашого звернення, і він потрапить просто до працівника, який його веде.',
      newComplaint: 'Подати нову скаргу',
    },
  },

  ar: {
    chrome: {
      skipToContent: 'الانتقال إلى المحتوى الرئيسي',
      tagline: 'شكاوى يتولاها أشخاص حقيقيون',
      footer: ['لن نطلب منك أبدًا عبارة الاسترداد أو المفتاح الخاص أو كلمة المرور.', 'للتواصل مع شخص من فريقنا، يكفي الرد على أي رسالة أرسلناها إليك.'],
    },
    caseNumberLabel: 'رقم حالتك',
    received: {
      title: 'تلقّينا شكواك',
      emailed: 'أرسلنا إليك رسالة تأكيد تتضمّن هذا الرقم. إذا لم تصل خلال بضع دقائق، يُرجى التحقق من مجلد الرسائل غير المرغوب فيها.',
      keep: 'يُرجى الاحتفاظ برقم الحالة. الرد على رسالتنا هو أسرع طريقة للوصول إلى الشخص الذي يتابع حالتك.',
      nextTitle: 'ما الذي سيحدث بعد ذلك',
      steps: [
        'سيقرأ أحد أفراد فريقنا شكواك ويراجع حسابك وأي معاملات ذكرتها.',
        'سنكتب إليك بما توصّلنا إليه ضمن المهلة المذكورة في رسالتنا.',
        'للتحدث إلى شخص في أي وقت، يكفي الرد على رسالتنا.',
      ],
      backToForm: 'العودة إلى نموذج الشكوى',
    },
    errors: {
      title: 'يُرجى مراجعة شكواك',
      intro: 'لم نتمكّن من قبول شكواك بعد. يُرجى تصحيح ما يلي:',
      back: 'يُرجى استخدام زر الرجوع في المتصفح للعودة إلى النموذج، ومن المفترض أن يبقى ما كتبته كما هو.',
      startAgain: 'البدء من جديد بنموذج فارغ',
      fields: {
        name: 'الاسم',
        email: 'البريد الإلكتروني',
        accountId: 'معرّف الحساب',
        description: 'ما الذي حدث',
        transactionHashes: 'معرّفات المعاملات (Hash)',
        language: 'اللغة',
        wantsHuman: 'التحدث إلى شخص',
      },
      general: 'النموذج',
    },
    confirm: {
      title: 'هل حللنا شكواك؟',
      intro: 'تساعدنا إجابتك على معرفة ما إذا كان علينا مواصلة العمل على حالتك. لن يستغرق ذلك أكثر من دقيقة.',
      caseLabel: 'الحالة',
      yes: 'نعم، حُلّت',
      no: 'لا، لم تُحلّ',
      noHint: 'إذا لم تُحلّ، فسيعود أحد أفراد فريقنا إلى متابعة حالتك.',
      ratingLegend: 'ما تقييمك لطريقة تعاملنا مع شكواك؟',
      optional: '(اختياري)',
      ratingLow: 'سيئ جدًا',
      ratingHigh: 'ممتاز',
      commentLabel: 'هل هناك ما تودّ إخبارنا به؟',
      commentHint: 'اختياري، حتى 1000 حرف. يُرجى عدم كتابة عبارة الاسترداد أو المفتاح الخاص أو كلمة المرور.',
      submit: 'إرسال الإجابة',
    },
    thanks: {
      title: 'شكرًا لك',
      yesHeading: 'شكرًا لإخبارنا',
      yesBody: 'يسعدنا أننا تمكّنا من حل المشكلة. إذا طرأ أي شيء آخر، يكفي الرد على أي رسالة منا وسيقرؤها شخص من فريقنا.',
      noHeading: 'شكرًا لك، سنراجع الأمر من جديد',
      noBody: (within) => (within ? `سيعود أحد أفراد فريقنا إلى متابعة حالتك ${within} وسيراسلك.` : 'سيعود أحد أفراد فريقنا إلى متابعة حالتك وسيراسلك.'),
      addMore: 'لإضافة أي شيء، يكفي الرد على أي رسالة منا.',
    },
    expired: {
      title: 'هذا الرابط لم يعد صالحًا',
      body: 'انتهت صلاحية الرابط أو سبق استخدامه. حفاظًا على أمانك، لا تعمل الروابط في رسائلنا إلا مرة واحدة ولفترة محدودة.',
      reach: 'لا يزال بإمكانك التواصل مع شخص من فريقنا: يكفي الرد على أي رسالة أرسلناها إليك بشأن حالتك، وستصل مباشرةً إلى الشخص الذي يتابعها.',
      newComplaint: 'تقديم شكوى جديدة',
    },
  },

  vi: {
    chrome: {
      skipToContent: 'Chuyển đến nội dung chính',
      tagline: 'Khiếu nại được con người xử lý',
      footer: [
        'Chúng tôi sẽ không bao giờ hỏi cụm từ khôi phục, khóa riêng tư hay mật khẩu của bạn.',
        'Cần trao đổi với nhân viên? Hãy trả lời bất kỳ email nào chúng tôi đã gửi.',
      ],
    },
    caseNumberLabel: 'Mã hồ sơ của bạn',
    received: {
      title: 'Chúng tôi đã nhận được khiếu nại của bạn',
      emailed: 'Chúng tôi đã gửi cho bạn email xác nhận kèm mã này. Nếu sau vài phút bạn chưa nhận được, hãy kiểm tra thư mục thư rác.',
      keep: 'Hãy giữ lại mã hồ sơ. Trả lời email của chúng tôi là cách nhanh nhất để liên hệ với người đang phụ trách hồ sơ của bạn.',
      nextTitle: 'Các bước tiếp theo',
      steps: [
        'Một nhân viên sẽ đọc khiếu nại và kiểm tra tài khoản của bạn cũng như các giao dịch bạn đã nêu.',
        'Chúng tôi sẽ gửi cho bạn kết quả trong thời hạn nêu trong email.',
        'Nếu bất cứ lúc nào bạn muốn trao đổi với nhân viên, hãy trả lời email của chúng tôi.',
      ],
      backToForm: 'Quay lại biểu mẫu khiếu nại',
    },
    errors: {
      title: 'Vui lòng kiểm tra lại khiếu nại',
      intro: 'Chúng tôi chưa thể tiếp nhận khiếu nại của bạn. Vui lòng sửa các mục sau:',
      back: 'Hãy dùng nút Quay lại của trình duyệt để trở về biểu mẫu — nội dung bạn đã nhập vẫn sẽ còn đó.',
      startAgain: 'Bắt đầu lại với biểu mẫu trống',
      fields: {
        name: 'Họ tên',
        email: 'Email',
        accountId: 'ID tài khoản',
        description: 'Điều gì đã xảy ra',
        transactionHashes: 'Mã hash giao dịch',
        language: 'Ngôn ngữ',
        wantsHuman: 'Trao đổi với nhân viên',
      },
      general: 'Biểu mẫu',
    },
    confirm: {
      title: 'Chúng tôi đã giải quyết được khiếu nại của bạn chưa?',
      intro: 'Câu trả lời của bạn cho chúng tôi biết có cần tiếp tục xử lý hồ sơ hay không. Chỉ mất chưa đến một phút.',
      caseLabel: 'Hồ sơ',
      yes: 'Có, đã được giải quyết',
      no: 'Không, chưa được giải quyết',
      noHint: 'Nếu chưa, một nhân viên sẽ tiếp tục xử lý hồ sơ của bạn.',
      ratingLegend: 'Bạn đánh giá thế nào về cách chúng tôi xử lý?',
      optional: '(không bắt buộc)',
      ratingLow: 'Rất tệ',
      ratingHigh: 'Rất tốt',
      commentLabel: 'Bạn có muốn chia sẻ thêm điều gì không?',
      commentHint: 'Không bắt buộc, tối đa 1000 ký tự. Vui lòng không ghi cụm từ khôi phục, khóa riêng tư hay mật khẩu.',
      submit: 'Gửi câu trả lời',
    },
    thanks: {
      title: 'Cảm ơn bạn',
      yesHeading: 'Cảm ơn bạn đã cho chúng tôi biết',
      yesBody: 'Chúng tôi rất vui vì đã giải quyết được vấn đề. Nếu có điều gì khác, hãy trả lời bất kỳ email nào của chúng tôi và một nhân viên sẽ đọc.',
      noHeading: 'Cảm ơn bạn — chúng tôi sẽ xem xét lại',
      noBody: (within) =>
        within
          ? `Một nhân viên sẽ tiếp tục xử lý hồ sơ của bạn ${within} và gửi email cho bạn.`
          : 'Một nhân viên sẽ tiếp tục xử lý hồ sơ của bạn và gửi email cho bạn.',
      addMore: 'Nếu muốn bổ sung thông tin, hãy trả lời bất kỳ email nào của chúng tôi.',
    },
    expired: {
      title: 'Liên kết này không còn hiệu lực',
      body: 'Liên kết đã hết hạn hoặc đã được sử dụng. Để bảo mật cho bạn, liên kết trong email của chúng tôi chỉ dùng được một lần và trong thời gian giới hạn.',
      reach: 'Bạn vẫn có thể trao đổi với nhân viên: hãy trả lời bất kỳ email nào chúng tôi đã gửi về hồ sơ của bạn, thư sẽ đến thẳng người đang phụ trách.',
      newComplaint: 'Gửi khiếu nại mới',
    },
  },

  zh: {
    chrome: {
      skipToContent: '跳到主要内容',
      tagline: '由真人处理的投诉',
      footer: ['我们绝不会向您索要助记词、私钥或密码。', '需要联系工作人员？回复我们发给您的任意一封邮件即可。'],
    },
    caseNumberLabel: '您的案件编号',
    received: {
      title: '我们已收到您的投诉',
      emailed: '我们已向您发送一封包含此编号的确认邮件。如果几分钟内仍未收到，请检查垃圾邮件文件夹。',
      keep: '请保留您的案件编号。直接回复我们的邮件，是联系您案件负责人的最快方式。',
      nextTitle: '接下来会怎样',
      steps: [
        '工作人员会阅读您的投诉，并核查您的账户以及您提到的交易。',
        '我们会在邮件中告知的时限内，把调查结果发给您。',
        '任何时候想与工作人员沟通，直接回复我们的邮件即可。',
      ],
      backToForm: '返回投诉表单',
    },
    errors: {
      title: '请检查您的投诉',
      intro: '我们暂时无法受理您的投诉。请修改以下内容：',
      back: '请使用浏览器的“后退”按钮返回表单——您填写的内容应该仍然保留。',
      startAgain: '使用空白表单重新开始',
      fields: {
        name: '姓名',
        email: '电子邮箱',
        accountId: '账户 ID',
        description: '发生了什么',
        transactionHashes: '交易哈希',
        language: '语言',
        wantsHuman: '与工作人员沟通',
      },
      general: '表单',
    },
    confirm: {
      title: '您的投诉解决了吗？',
      intro: '您的回答将告诉我们是否需要继续处理您的案件。只需不到一分钟。',
      caseLabel: '案件',
      yes: '是，已经解决',
      no: '否，尚未解决',
      noHint: '如果尚未解决，工作人员会重新跟进您的案件。',
      ratingLegend: '您如何评价我们的处理方式？',
      optional: '（选填）',
      ratingLow: '非常差',
      ratingHigh: '非常好',
      commentLabel: '还有什么想告诉我们的吗？',
      commentHint: '选填，最多 1000 个字符。请勿填写助记词、私钥或密码。',
      submit: '提交回答',
    },
    thanks: {
      title: '谢谢您',
      yesHeading: '感谢您告诉我们',
      yesBody: '很高兴问题已经解决。如果还有其他情况，请回复我们的任意一封邮件，工作人员会阅读。',
      noHeading: '谢谢您——我们会重新处理',
      noBody: (within) => (within ? `工作人员会在${within}重新跟进您的案件，并通过邮件联系您。` : '工作人员会重新跟进您的案件，并通过邮件联系您。'),
      addMore: '如需补充信息，请回复我们的任意一封邮件。',
    },
    expired: {
      title: '此链接已失效',
      body: '此链接已过期或已被使用。为保障您的安全，我们邮件中的链接只能使用一次，且有效期有限。',
      reach: '您仍然可以联系工作人员：回复我们就您的案件发送的任意一封邮件，它会直接送达您的案件负责人。',
      newComplaint: '提交新的投诉',
    },
  },
};
