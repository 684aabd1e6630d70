// Portuguese as written in Brazil ("você"), which readers in Portugal also follow easily.
import { agentMessage } from '../agent-message';
import { closedByStaff } from '../closed-by-staff';
import { compensationPaid } from '../compensation-paid';
import { compensationPayoutDelayed } from '../compensation-payout-delayed';
import type { Locale } from '../locale';

const CASE_NUMBER = 'Número do caso';
/** Said when the decision-maker approved less than was proposed, in the approval and again with the payment. */
const LOWER_AMOUNT =
  'Depois de analisar seu caso, a pessoa responsável aprovou um valor menor do que o proposto inicialmente. Se você acha que isso está errado, responda a este e-mail e uma pessoa vai analisar de novo.';
const REASON_INTRO = 'O motivo (em inglês):';
/** Where else the customer can go; said on a refusal and when staff close a case. */
const OUTSIDE_HELP =
  'Se a questão continuar sem solução para você, também é possível levar sua reclamação a um serviço independente de resolução de conflitos ou ao órgão regulador financeiro do seu país.';

export const pt: Locale = {
  language: 'pt',
  categories: {
    account_access: 'Acesso à conta',
    withdrawal_or_deposit_delay: 'Atraso em saque ou depósito',
    unauthorized_transaction_or_fraud: 'Transação não autorizada ou fraude',
    identity_verification_kyc: 'Verificação de identidade (KYC)',
    fees_or_pricing: 'Tarifas ou preços',
    trading_or_order_issue: 'Problema com negociação ou ordem',
    data_privacy_or_breach: 'Privacidade ou vazamento de dados',
    customer_service_quality: 'Qualidade do atendimento',
    other: 'Outro assunto',
  },
  timeFrame: {
    hours: (n, plural) => `em até ${n} ${plural === 'one' ? 'hora' : 'horas'}`,
    days: (n, plural) => `em até ${n} ${plural === 'one' ? 'dia' : 'dias'}`,
  },
  greeting: (name) => (name ? `Olá, ${name},` : 'Olá,'),
  signOff: ['Atenciosamente,', 'Equipe de reclamações'],
  footer: (caseNumber) => [
    `Caso ${caseNumber}. Para falar com uma pessoa, basta responder a este e-mail.`,
    'Nunca pediremos sua frase-semente, sua chave privada ou sua senha.',
  ],
  messages: {
    acknowledgement: (v, ctx) => ({
      subject: 'Recebemos sua reclamação',
      blocks: [
        { type: 'paragraph', text: 'Obrigado por entrar em contato. Recebemos sua reclamação, e uma pessoa da nossa equipe vai analisá-la pessoalmente.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Responderemos', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'heading', text: 'O que acontece agora' },
        {
          type: 'steps',
          items: [
            'Vamos ler sua reclamação e verificar sua conta e as transações que você mencionou.',
            `Vamos escrever para você ${ctx.within(v.timeFrameHours)} contando o que encontramos — ou, se precisarmos de mais tempo, explicando o motivo e quando você terá notícias nossas.`,
            'Se precisarmos de mais alguma informação, pediremos por e-mail. Você não precisa fazer nada agora.',
          ],
        },
        {
          type: 'paragraph',
          text: v.talkToPerson
            ? 'Você pediu para falar com uma pessoa, então alguém da nossa equipe vai entrar em contato diretamente com você.'
            : 'Prefere falar com uma pessoa? Responda a este e-mail e nos avise — alguém da nossa equipe vai cuidar disso.',
        },
        v.secretsRedacted
          ? {
              type: 'callout',
              tone: 'alert',
              title: 'Importante: removemos um dado secreto da sua mensagem',
              paragraphs: [
                'Sua mensagem parecia conter uma frase-semente, uma chave privada ou uma senha. Nós a removemos antes de salvar sua reclamação, então nossa equipe não vai vê-la.',
                'Se você compartilhou uma verdadeira, considere-a comprometida: transfira seus fundos o quanto antes para uma carteira nova, com uma nova frase-semente, e troque sua senha.',
                'Nunca pediremos sua frase-semente, sua chave privada ou sua senha. Nunca as compartilhe com ninguém.',
              ],
            }
          : {
              type: 'callout',
              tone: 'warning',
              title: 'Proteja sua conta',
              paragraphs: [
                'Nunca pediremos sua frase-semente (frase de recuperação), sua chave privada ou sua senha — nem por e-mail, nem por chat, nem por telefone. Nunca as compartilhe com ninguém, mesmo que a pessoa diga ser da nossa equipe.',
              ],
            },
        { type: 'paragraph', text: 'Guarde este e-mail: responder a ele é o jeito mais rápido de falar com a pessoa que cuida do seu caso.' },
      ],
    }),

    resolution: (v, ctx) => ({
      subject: 'O resultado da análise da sua reclamação',
      blocks: [
        { type: 'paragraph', text: 'Terminamos de analisar sua reclamação. Veja o que encontramos.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Assunto', value: ctx.categoryLabel(v.category) },
          ],
        },
        ...(v.findings.length > 0 ? [{ type: 'english-notes' as const, intro: 'Notas da nossa equipe (em inglês):', lines: v.findings }] : []),
        ...(v.evidence.length > 0
          ? [
              {
                type: 'evidence' as const,
                title: 'Transações que verificamos',
                hint: 'Cada link abre a transação em um explorador de blockchain público.',
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
                    ? `Também propusemos uma compensação para você. Uma pessoa responsável vai analisá-la, e enviaremos a decisão por e-mail ${ctx.within(v.decisionTimeFrameHours)}.`
                    : 'Também propusemos uma compensação para você. Uma pessoa responsável vai analisá-la, e enviaremos a decisão por e-mail assim que ela for tomada.',
              },
            ]
          : []),
        { type: 'paragraph', text: 'Depois, enviaremos uma pergunta rápida para saber se isso resolveu sua reclamação.' },
        { type: 'paragraph', text: 'Se algo não estiver claro ou se você não concordar, responda a este e-mail — uma pessoa vai ler e responder.' },
      ],
    }),

    'satisfaction-question': (v, ctx) => ({
      subject: 'Resolvemos sua reclamação?',
      blocks: [
        { type: 'paragraph', text: 'Escrevemos para você recentemente sobre sua reclamação e gostaríamos de saber: nós a resolvemos?' },
        { type: 'action', label: 'Responder à pergunta', url: v.answerUrl, fallback: 'Se o botão não funcionar, copie este link no seu navegador:' },
        { type: 'paragraph', text: 'Leva menos de um minuto. Se a resposta for não, uma pessoa vai retomar seu caso.' },
        {
          type: 'paragraph',
          text: `Por favor, responda ${ctx.withinDays(v.respondWithinDays)}. Se não tivermos notícias suas até lá, encerraremos o caso — mas você ainda poderá responder a este e-mail, e uma pessoa vai ler.`,
        },
        { type: 'paragraph', text: 'O link só funciona uma vez e é só para você, então não encaminhe este e-mail.' },
      ],
    }),

    'compensation-approved': (v) => ({
      subject: 'Sua compensação foi aprovada',
      blocks: [
        { type: 'paragraph', text: 'Boa notícia: aprovamos uma compensação pela sua reclamação.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Valor', value: `${v.amount} ${v.asset}`, ltr: true },
          ],
        },
        ...(v.lowered ? [{ type: 'paragraph' as const, text: LOWER_AMOUNT }] : []),
        { type: 'paragraph', text: 'Avisaremos você quando o pagamento for feito.' },
        { type: 'paragraph', text: 'Depois, enviaremos uma pergunta rápida para saber se isso resolveu sua reclamação.' },
      ],
    }),

    'compensation-rejected': (v) => ({
      subject: 'Nossa decisão sobre a compensação',
      blocks: [
        { type: 'paragraph', text: 'Analisamos seu caso com atenção e decidimos não oferecer compensação.' },
        { type: 'english-notes', intro: REASON_INTRO, lines: [v.reason] },
        {
          type: 'paragraph',
          text: 'Sabemos que não é a resposta que você esperava. Se não concordar, ou se tiver informações que não vimos, responda a este e-mail e uma pessoa vai analisar.',
        },
        { type: 'paragraph', text: OUTSIDE_HELP },
      ],
    }),

    'compensation-paid': (v) =>
      compensationPaid(v, {
        subject: 'Sua compensação foi paga',
        lead: 'Creditamos sua compensação na conta que você tem conosco.',
        caseNumberLabel: CASE_NUMBER,
        amountLabel: 'Valor',
        referenceLabel: 'Referência do pagamento',
        lowered: LOWER_AMOUNT,
        question: 'Em breve, enviaremos uma pergunta rápida para saber se isso resolveu sua reclamação.',
        notArrived: 'Se o dinheiro não aparecer na sua conta em até um dia, responda a este e-mail e uma pessoa vai verificar.',
      }),

    'compensation-payout-delayed': (v) =>
      compensationPayoutDelayed(v, {
        subject: 'O pagamento da sua compensação está atrasado',
        lead: 'Aprovamos uma compensação pela sua reclamação, mas o pagamento ainda não foi concluído.',
        caseNumberLabel: CASE_NUMBER,
        approvedAmountLabel: 'Valor aprovado',
        handling: 'Uma pessoa da nossa equipe já está cuidando disso e vai escrever para você assim que o dinheiro estiver na sua conta.',
        nothingToDo: 'Desculpe pela espera. Você não precisa fazer nada; se quiser falar com uma pessoa, responda a este e-mail.',
      }),

    'decision-escalated': (v, ctx) => ({
      subject: 'Seu caso foi encaminhado a uma pessoa mais experiente',
      blocks: [
        {
          type: 'paragraph',
          text: 'Seu caso precisa da decisão de uma pessoa mais experiente da nossa equipe, então nós o encaminhamos. Isso leva um pouco mais de tempo do que informamos antes.',
        },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Novo prazo', value: ctx.within(v.newTimeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Desculpe pela espera. Você não precisa fazer nada; se quiser acrescentar algo, responda a este e-mail.' },
      ],
    }),

    reopened: (v, ctx) => ({
      subject: 'Reabrimos seu caso',
      blocks: [
        { type: 'paragraph', text: 'Obrigado por nos avisar que sua reclamação não foi resolvida. Reabrimos seu caso, e uma pessoa vai retomá-lo.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Entraremos em contato', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Se quiser nos contar algo, responda a este e-mail — a mensagem vai direto para o seu caso.' },
      ],
    }),

    closed: () => ({
      subject: 'Seu caso foi encerrado',
      blocks: [
        {
          type: 'paragraph',
          text: 'Encerramos seu caso. Obrigado pela paciência enquanto o analisávamos e por nos contar sobre o problema — isso nos ajuda a melhorar.',
        },
        { type: 'paragraph', text: 'Se o problema voltar ou se tiver alguma dúvida sobre este caso, responda a este e-mail e uma pessoa vai ler.' },
      ],
    }),

    'needs-attention': (v, ctx) => ({
      subject: 'Atualização do seu caso: uma pessoa está cuidando dele',
      blocks: [
        { type: 'paragraph', text: 'Seu caso está demorando mais do que o previsto, então agora uma pessoa da nossa equipe está cuidando dele pessoalmente.' },
        {
          type: 'facts',
          rows: [
            { label: CASE_NUMBER, value: v.caseNumber, ltr: true },
            { label: 'Entraremos em contato', value: ctx.within(v.timeFrameHours) },
          ],
        },
        { type: 'paragraph', text: 'Desculpe pela demora. Você não precisa fazer nada; se quiser acrescentar algo, responda a este e-mail.' },
      ],
    }),

    'closed-by-staff': (v) =>
      closedByStaff(v, {
        subject: 'Nossa equipe encerrou seu caso',
        lead: 'Uma pessoa da nossa equipe de reclamações encerrou seu caso.',
        reasonIntro: REASON_INTRO,
        disagree: 'Se você não concordar, responda a este e-mail e uma pessoa vai analisar seu caso de novo.',
        outsideHelp: OUTSIDE_HELP,
      }),
    'agent-message': (v) => agentMessage(v, { subject: 'Uma mensagem da nossa equipe sobre sua reclamação', lead: 'Uma pessoa da nossa equipe escreveu para você sobre o seu caso.', reply: 'Para responder, basta responder a este e-mail: a resposta vai direto para o seu caso.', caseNumberLabel: CASE_NUMBER }),
  },
};
