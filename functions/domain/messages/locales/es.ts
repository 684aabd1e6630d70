// Spanish, neutral and formal ("usted"): customers writing a complaint expect respect first.
import { agentMessage } from '../agent-message';
import { closedByStaff } from '../closed-by-staff';
import { compensationPaid } from '../compensation-paid';
import { compensationPayoutDelayed } from '../compensation-payout-delayed';
import type { Locale } from '../locale';

const CASE_NUMBER = 'Número de caso';
/** Said when the decision-maker approved less than was proposed, in the approval and again with the payment. */
const LOWER_AMOUNT =
  'Tras revisar su caso, la persona responsable aprobó un importe menor que el propuesto inicialmente. Si cree que es un error, responda a este correo y una persona lo volverá a revisar.';
const REASON_INTRO = 'El motivo (en inglés):';
/** Where else the customer can go; said on a refusal and when staff close a case. */
const OUTSIDE_HELP =
  'Si el asunto sigue sin resolverse para usted, también puede presentar su reclamación ante un servicio independiente de resolución de conflictos o ante el regulador financiero de su país.';

export const es: Locale = {
  language: 'es',
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
  timeFrame: {
    hours: (n, plural) => `en un plazo de ${n} ${plural === 'one' ? 'hora' : 'horas'}`,
    days: (n, plural) => `en un plazo de ${n} ${plural === 'one' ? 'día' : 'días'}`,
  },
  greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
  signOff: ['Un saludo,', 'El equipo de reclamaciones'],
  footer: (caseNumber) => [
    `Caso ${caseNumber}. Para hablar con una persona, basta con responder a este correo.`,
    'Nunca le pediremos su frase semilla, su clave privada ni su contraseña.',
  ],
  messages: {
    acknowledgement: (v, ctx) => ({
      subject: 'Hemos recibido su reclamación',
      blocks: [
        { type: 'paragraph', text: 'Gracias por escribirnos. Hemos recibido su reclamación y una persona de nuestro equipo la revisará personalmente.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Le responderemos', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'heading', text: 'Qué pasará ahora' },
        {
          type: 'steps',
          items: [
            'Leeremos su reclamación y revisaremos su cuenta y las transacciones que haya mencionado.',
            `Le escribiremos ${ctx.within(v.timeFrameHours)} para contarle lo que hayamos encontrado o, si necesitamos más tiempo, para explicarle por qué y cuándo tendrá noticias nuestras.`,
            'Si necesitamos algo más de usted, se lo pediremos por correo. Ahora mismo no tiene que hacer nada.',
          ],
        },
        {
          type: 'paragraph',
          text: v.talkToPerson
            ? 'Nos pidió hablar con una persona, así que alguien de nuestro equipo se pondrá en contacto con usted directamente.'
            : '¿Prefiere hablar con una persona? Responda a este correo y díganoslo: alguien de nuestro equipo se encargará.',
        },
        v.secretsRedacted
          ? {
              type: 'callout',
              tone: 'alert',
              title: 'Importante: hemos eliminado un dato secreto de su mensaje',
              paragraphs: [
                'Su mensaje parecía contener una frase semilla, una clave privada o una contraseña. La eliminamos antes de guardar su reclamación, así que nuestro equipo no la verá.',
                'Si compartió una real, considérela comprometida: transfiera sus fondos cuanto antes a una billetera nueva, con una frase semilla nueva, y cambie su contraseña.',
                'Nunca le pediremos su frase semilla, su clave privada ni su contraseña. No las comparta nunca con nadie.',
              ],
            }
          : {
              type: 'callout',
              tone: 'warning',
              title: 'Proteja su cuenta',
              paragraphs: [
                'Nunca le pediremos su frase semilla (frase de recuperación), su clave privada ni su contraseña: ni por correo, ni por chat, ni por teléfono. No las comparta nunca con nadie, aunque diga ser de nuestro equipo.',
              ],
            },
        { type: 'paragraph', text: 'Conserve este correo: responder a él es la forma más rápida de llegar a la persona que lleva su caso.' },
      ],
    }),

    resolution: (v, ctx) => ({
      subject: 'Resultado de la revisión de su reclamación',
      blocks: [
        { type: 'paragraph', text: 'Hemos terminado de revisar su reclamación. Esto es lo que hemos encontrado.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Tema', value: ctx.categoryLabel(v.category) },
          ],
        },
        ...(v.findings.length > 0 ? [{ type: 'english-notes' as const, intro: 'Notas de nuestro equipo (en inglés):', lines: v.findings }] : []),
        ...(v.evidence.length > 0
          ? [
              {
                type: 'evidence' as const,
                title: 'Transacciones que revisamos',
                hint: 'Cada enlace abre la transacción en un explorador de blockchain público.',
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
                    ? `También hemos propuesto una compensación para usted. Una persona responsable la revisará y le comunicaremos la decisión por correo ${ctx.within(v.decisionTimeFrameHours)}.`
                    : 'También hemos propuesto una compensación para usted. Una persona responsable la revisará y le comunicaremos la decisión por correo en cuanto se tome.',
              },
            ]
          : []),
        { type: 'paragraph', text: 'Después le enviaremos una breve pregunta para saber si esto resolvió su reclamación.' },
        { type: 'paragraph', text: 'Si algo no está claro o no está de acuerdo, responda a este correo: una persona lo leerá y le contestará.' },
      ],
    }),

    'satisfaction-question': (v, ctx) => ({
      subject: '¿Resolvimos su reclamación?',
      blocks: [
        { type: 'paragraph', text: 'Hace poco le escribimos sobre su reclamación y nos gustaría saber: ¿la resolvimos?' },
        { type: 'action', label: 'Responder a la pregunta', url: v.answerUrl, fallback: 'Si el botón no funciona, copie este enlace en su navegador:' },
        { type: 'paragraph', text: 'Le llevará menos de un minuto. Si la respuesta es no, una persona retomará su caso.' },
        {
          type: 'paragraph',
          text: `Por favor, responda ${ctx.withinDays(v.respondWithinDays)}. Si para entonces no sabemos nada de usted, cerraremos el caso; aun así, podrá responder a este correo y una persona lo leerá.`,
        },
        { type: 'paragraph', text: 'El enlace solo funciona una vez y es solo para usted, así que no reenvíe este correo.' },
      ],
    }),

    'compensation-approved': (v) => ({
      subject: 'Su compensación ha sido aprobada',
      blocks: [
        { type: 'paragraph', text: 'Buenas noticias: hemos aprobado una compensación por su reclamación.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Importe', value: `${v.amount} ${v.asset}`, ltr: true },
          ],
        },
        ...(v.lowered ? [{ type: 'paragraph' as const, text: LOWER_AMOUNT }] : []),
        { type: 'paragraph', text: 'Le avisaremos cuando se haya realizado el pago.' },
        { type: 'paragraph', text: 'Después le enviaremos una breve pregunta para saber si esto resolvió su reclamación.' },
      ],
    }),

    'compensation-rejected': (v) => ({
      subject: 'Nuestra decisión sobre la compensación',
      blocks: [
        { type: 'paragraph', text: 'Hemos revisado su caso con atención y hemos decidido no ofrecer una compensación.' },
        { type: 'english-notes', intro: REASON_INTRO, lines: [v.reason] },
        {
          type: 'paragraph',
          text: 'Sabemos que no es la respuesta que esperaba. Si no está de acuerdo o tiene información que no hayamos visto, responda a este correo y una persona lo revisará.',
        },
        { type: 'paragraph', text: OUTSIDE_HELP },
      ],
    }),

    'compensation-paid': (v) =>
      compensationPaid(v, {
        subject: 'Hemos pagado su compensación',
        lead: 'Hemos abonado su compensación en la cuenta que tiene con nosotros.',
        caseNumberLabel: CASE_NUMBER,
        amountLabel: 'Importe',
        referenceLabel: 'Referencia del pago',
        lowered: LOWER_AMOUNT,
        question: 'Pronto le enviaremos una pregunta corta para saber si esto resolvió su reclamación.',
        notArrived: 'Si en un día no ve el dinero en su cuenta, responda a este correo y una persona lo revisará.',
      }),

    'compensation-payout-delayed': (v) =>
      compensationPayoutDelayed(v, {
        subject: 'El pago de su compensación se está retrasando',
        lead: 'Aprobamos una compensación por su reclamación, pero el pago todavía no se ha completado.',
        caseNumberLabel: CASE_NUMBER,
        approvedAmountLabel: 'Importe aprobado',
        handling: 'Una persona de nuestro equipo ya se está ocupando de ello y le escribirá en cuanto el dinero esté en su cuenta.',
        nothingToDo: 'Disculpe la espera. No tiene que hacer nada; si quiere hablar con una persona, responda a este correo.',
      }),

    'decision-escalated': (v, ctx) => ({
      subject: 'Su caso ha pasado a una persona con más responsabilidad',
      blocks: [
        {
          type: 'paragraph',
          text: 'Su caso necesita la decisión de una persona con más responsabilidad en nuestro equipo, así que se lo hemos trasladado. Esto llevará algo más de tiempo del que le indicamos.',
        },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Nuevo plazo', value: ctx.within(v.newTimeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Sentimos la espera. No tiene que hacer nada; si quiere añadir algo, responda a este correo.' },
      ],
    }),

    reopened: (v, ctx) => ({
      subject: 'Hemos reabierto su caso',
      blocks: [
        { type: 'paragraph', text: 'Gracias por decirnos que su reclamación no quedó resuelta. Hemos reabierto su caso y una persona volverá a encargarse de él.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Le escribiremos', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Si hay algo que quiera contarnos, responda a este correo: llegará directamente a su caso.' },
      ],
    }),

    closed: () => ({
      subject: 'Su caso está cerrado',
      blocks: [
        {
          type: 'paragraph',
          text: 'Hemos cerrado su caso. Gracias por su paciencia mientras lo revisábamos y por contarnos el problema: nos ayuda a mejorar.',
        },
        { type: 'paragraph', text: 'Si el problema vuelve a aparecer o tiene alguna pregunta sobre este caso, responda a este correo y una persona lo leerá.' },
      ],
    }),

    'needs-attention': (v, ctx) => ({
      subject: 'Novedades sobre su caso: una persona se está encargando',
      blocks: [
        { type: 'paragraph', text: 'Su caso está tardando más de lo previsto, así que ahora lo lleva personalmente alguien de nuestro equipo.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Le escribiremos', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Disculpe la demora. No tiene que hacer nada; si quiere añadir algo, responda a este correo.' },
      ],
    }),

    'closed-by-staff': (v) =>
      closedByStaff(v, {
        subject: 'Nuestro equipo ha cerrado su caso',
        lead: 'Una persona de nuestro equipo de reclamaciones ha cerrado su caso.',
        reasonIntro: REASON_INTRO,
        disagree: 'Si no está de acuerdo, responda a este correo y una persona revisará su caso.',
        outsideHelp: OUTSIDE_HELP,
      }),
    'agent-message': (v) => agentMessage(v, { subject: 'Un mensaje de nuestro equipo sobre su reclamación', lead: 'Una persona de nuestro equipo le ha escrito sobre su caso.', reply: 'Para contestar, responda a este correo: su respuesta llegará directamente a su caso.', caseNumberLabel: CASE_NUMBER }),
  },
};
