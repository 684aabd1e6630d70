// Spanish, neutral and formal ("usted"): customers writing a complaint expect respect first.
import type { Locale } from '../locale';

export const es: Locale = {
  language: 'es',
  withinHours: '{count, plural, one {en un plazo de # hora} other {en un plazo de # horas}}',
  withinDays: '{count, plural, one {en un plazo de # día} other {en un plazo de # días}}',
  categories: {
    account_access: 'Acceso a la cuenta',
    withdrawal_or_deposit_delay: 'Retraso en un retiro o depósito',
    unauthorized_transaction_or_fraud: 'Transacción no autorizada o fraude',
    identity_verification_kyc: 'Verificación de identidad (KYC)',
    fees_or_pricing: 'Comisiones o precios',
    trading_or_order_issue: 'Problema con operaciones u órdenes',
    data_privacy_or_breach: 'Privacidad o filtración de datos',
    customer_service_quality: 'Calidad de la atención al cliente',
    other: 'Otro asunto',
  },
  greeting: 'Hola:',
  greetingByName: 'Hola, {name}:',
  signOff: ['Un saludo,', 'El equipo de reclamaciones'],
  footer: {
    reachPerson: 'Caso {caseNumber}. Para hablar con una persona, basta con responder a este correo.',
    neverAsk: 'Nunca le pediremos su frase semilla, su clave privada ni su contraseña.',
  },
  shared: {
    caseNumberLabel: 'Número de caso',
    loweredAmount:
      'Tras revisar su caso, la persona responsable aprobó un importe menor que el propuesto inicialmente. Si cree que es un error, responda a este correo y una persona lo volverá a revisar.',
    reasonIntro: 'El motivo (en inglés):',
    outsideHelp:
      'Si el asunto sigue sin resolverse para usted, también puede presentar su reclamación ante un servicio independiente de resolución de conflictos o ante el regulador financiero de su país.',
    questionFollows: 'Después le enviaremos una breve pregunta para saber si esto resolvió su reclamación.',
  },
  messages: {
    acknowledgement: {
      subject: 'Hemos recibido su reclamación',
      lead: 'Gracias por escribirnos. Hemos recibido su reclamación y una persona de nuestro equipo la revisará personalmente.',
      replyByLabel: 'Le responderemos',
      nextHeading: 'Qué pasará ahora',
      stepRead: 'Leeremos su reclamación y revisaremos su cuenta y las transacciones que haya mencionado.',
      stepWrite:
        'Le escribiremos {within} para contarle lo que hayamos encontrado o, si necesitamos más tiempo, para explicarle por qué y cuándo tendrá noticias nuestras.',
      stepAsk: 'Si necesitamos algo más de usted, se lo pediremos por correo. Ahora mismo no tiene que hacer nada.',
      personRequested: 'Nos pidió hablar con una persona, así que alguien de nuestro equipo se pondrá en contacto con usted directamente.',
      personOffer: '¿Prefiere hablar con una persona? Responda a este correo y díganoslo: alguien de nuestro equipo se encargará.',
      secretRemoved: {
        title: 'Importante: hemos eliminado un dato secreto de su mensaje',
        paragraphs: [
          'Su mensaje parecía contener una frase semilla, una clave privada o una contraseña. La eliminamos antes de guardar su reclamación, así que nuestro equipo no la verá.',
          'Si compartió una real, considérela comprometida: transfiera sus fondos cuanto antes a una billetera nueva, con una frase semilla nueva, y cambie su contraseña.',
          'Nunca le pediremos su frase semilla, su clave privada ni su contraseña. No las comparta nunca con nadie.',
        ],
      },
      keepSafe: {
        title: 'Proteja su cuenta',
        paragraphs: [
          'Nunca le pediremos su frase semilla (frase de recuperación), su clave privada ni su contraseña: ni por correo, ni por chat, ni por teléfono. No las comparta nunca con nadie, aunque diga ser de nuestro equipo.',
        ],
      },
      keepEmail: 'Conserve este correo: responder a él es la forma más rápida de llegar a la persona que lleva su caso.',
    },
    resolution: {
      subject: 'Resultado de la revisión de su reclamación',
      lead: 'Hemos terminado de revisar su reclamación. Esto es lo que hemos encontrado.',
      topicLabel: 'Tema',
      findingsIntro: 'Notas de nuestro equipo (en inglés):',
      evidenceTitle: 'Transacciones que revisamos',
      evidenceHint: 'Cada enlace abre la transacción en un explorador de blockchain público.',
      compensationWithin:
        'También hemos propuesto una compensación para usted. Una persona responsable la revisará y le comunicaremos la decisión por correo {within}.',
      compensationSoon:
        'También hemos propuesto una compensación para usted. Una persona responsable la revisará y le comunicaremos la decisión por correo en cuanto se tome.',
      disagree: 'Si algo no está claro o no está de acuerdo, responda a este correo: una persona lo leerá y le contestará.',
    },
    'satisfaction-question': {
      subject: '¿Resolvimos su reclamación?',
      lead: 'Hace poco le escribimos sobre su reclamación y nos gustaría saber: ¿la resolvimos?',
      answerButton: 'Responder a la pregunta',
      linkFallback: 'Si el botón no funciona, copie este enlace en su navegador:',
      quick: 'Le llevará menos de un minuto. Si la respuesta es no, una persona retomará su caso.',
      answerWithin:
        'Por favor, responda {within}. Si para entonces no sabemos nada de usted, cerraremos el caso; aun así, podrá responder a este correo y una persona lo leerá.',
      linkOnce: 'El enlace solo funciona una vez y es solo para usted, así que no reenvíe este correo.',
    },
    'compensation-approved': {
      subject: 'Su compensación ha sido aprobada',
      lead: 'Buenas noticias: hemos aprobado una compensación por su reclamación.',
      amountLabel: 'Importe',
      paymentFollows: 'Le avisaremos cuando se haya realizado el pago.',
    },
    'compensation-rejected': {
      subject: 'Nuestra decisión sobre la compensación',
      lead: 'Hemos revisado su caso con atención y hemos decidido no ofrecer una compensación.',
      disagree:
        'Sabemos que no es la respuesta que esperaba. Si no está de acuerdo o tiene información que no hayamos visto, responda a este correo y una persona lo revisará.',
    },
    'compensation-paid': {
      subject: 'Hemos pagado su compensación',
      lead: 'Hemos abonado su compensación en la cuenta que tiene con nosotros.',
      amountLabel: 'Importe',
      referenceLabel: 'Referencia del pago',
      question: 'Pronto le enviaremos una pregunta corta para saber si esto resolvió su reclamación.',
      notArrived: 'Si en un día no ve el dinero en su cuenta, responda a este correo y una persona lo revisará.',
    },
    'compensation-payout-delayed': {
      subject: 'El pago de su compensación se está retrasando',
      lead: 'Aprobamos una compensación por su reclamación, pero el pago todavía no se ha completado.',
      approvedAmountLabel: 'Importe aprobado',
      handling: 'Una persona de nuestro equipo ya se está ocupando de ello y le escribirá en cuanto el dinero esté en su cuenta.',
      nothingToDo: 'Disculpe la espera. No tiene que hacer nada; si quiere hablar con una persona, responda a este correo.',
    },
    'decision-escalated': {
      subject: 'Su caso ha pasado a una persona con más responsabilidad',
      lead: 'Su caso necesita la decisión de una persona con más responsabilidad en nuestro equipo, así que se lo hemos trasladado. Esto llevará algo más de tiempo del que le indicamos.',
      timeFrameLabel: 'Nuevo plazo',
      closing: 'Sentimos la espera. No tiene que hacer nada; si quiere añadir algo, responda a este correo.',
    },
    reopened: {
      subject: 'Hemos reabierto su caso',
      lead: 'Gracias por decirnos que su reclamación no quedó resuelta. Hemos reabierto su caso y una persona volverá a encargarse de él.',
      timeFrameLabel: 'Le escribiremos',
      closing: 'Si hay algo que quiera contarnos, responda a este correo: llegará directamente a su caso.',
    },
    closed: {
      subject: 'Su caso está cerrado',
      lead: 'Hemos cerrado su caso. Gracias por su paciencia mientras lo revisábamos y por contarnos el problema: nos ayuda a mejorar.',
      comeBack: 'Si el problema vuelve a aparecer o tiene alguna pregunta sobre este caso, responda a este correo y una persona lo leerá.',
    },
    'needs-attention': {
      subject: 'Novedades sobre su caso: una persona se está encargando',
      lead: 'Su caso está tardando más de lo previsto, así que ahora lo lleva personalmente alguien de nuestro equipo.',
      timeFrameLabel: 'Le escribiremos',
      closing: 'Disculpe la demora. No tiene que hacer nada; si quiere añadir algo, responda a este correo.',
    },
    'closed-by-staff': {
      subject: 'Nuestro equipo ha cerrado su caso',
      lead: 'Una persona de nuestro equipo de reclamaciones ha cerrado su caso.',
      disagree: 'Si no está de acuerdo, responda a este correo y una persona revisará su caso.',
    },
    'agent-message': {
      subject: 'Un mensaje de nuestro equipo sobre su reclamación',
      lead: 'Una persona de nuestro equipo le ha escrito sobre su caso.',
      reply: 'Para contestar, responda a este correo: su respuesta llegará directamente a su caso.',
    },
  },
};
