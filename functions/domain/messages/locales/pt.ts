// Portuguese as written in Brazil ("você"), which readers in Portugal also follow easily.
import type { Locale } from '../locale';

export const pt: Locale = {
  language: 'pt',
  withinHours: '{count, plural, one {em até # hora} other {em até # horas}}',
  withinDays: '{count, plural, one {em até # dia} other {em até # dias}}',
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
  greeting: 'Olá,',
  greetingByName: 'Olá, {name},',
  signOff: ['Atenciosamente,', 'Equipe de reclamações'],
  footer: {
    reachPerson: 'Caso {caseNumber}. Para falar com uma pessoa, basta responder a este e-mail.',
    neverAsk: 'Nunca pediremos sua frase-semente, sua chave privada ou sua senha.',
  },
  shared: {
    caseNumberLabel: 'Número do caso',
    loweredAmount:
      'Depois de analisar seu caso, a pessoa responsável aprovou um valor menor do que o proposto inicialmente. Se você acha que isso está errado, responda a este e-mail e uma pessoa vai analisar de novo.',
    reasonIntro: 'O motivo (em inglês):',
    outsideHelp:
      'Se a questão continuar sem solução para você, também é possível levar sua reclamação a um serviço independente de resolução de conflitos ou ao órgão regulador financeiro do seu país.',
    questionFollows: 'Depois, enviaremos uma pergunta rápida para saber se isso resolveu sua reclamação.',
  },
  messages: {
    acknowledgement: {
      subject: 'Recebemos sua reclamação',
      lead: 'Obrigado por entrar em contato. Recebemos sua reclamação, e uma pessoa da nossa equipe vai analisá-la pessoalmente.',
      replyByLabel: 'Responderemos',
      nextHeading: 'O que acontece agora',
      stepRead: 'Vamos ler sua reclamação e verificar sua conta e as transações que você mencionou.',
      stepWrite:
        'Vamos escrever para você {within} contando o que encontramos — ou, se precisarmos de mais tempo, explicando o motivo e quando você terá notícias nossas.',
      stepAsk: 'Se precisarmos de mais alguma informação, pediremos por e-mail. Você não precisa fazer nada agora.',
      personRequested: 'Você pediu para falar com uma pessoa, então alguém da nossa equipe vai entrar em contato diretamente com você.',
      personOffer: 'Prefere falar com uma pessoa? Responda a este e-mail e nos avise — alguém da nossa equipe vai cuidar disso.',
      secretRemoved: {
        title: 'Importante: removemos um dado secreto da sua mensagem',
        paragraphs: [
          'Sua mensagem parecia conter uma frase-semente, uma chave privada ou uma senha. Nós a removemos antes de salvar sua reclamação, então nossa equipe não vai vê-la.',
          'Se você compartilhou uma verdadeira, considere-a comprometida: transfira seus fundos o quanto antes para uma carteira nova, com uma nova frase-semente, e troque sua senha.',
          'Nunca pediremos sua frase-semente, sua chave privada ou sua senha. Nunca as compartilhe com ninguém.',
        ],
      },
      keepSafe: {
        title: 'Proteja sua conta',
        paragraphs: [
          'Nunca pediremos sua frase-semente (frase de recuperação), sua chave privada ou sua senha — nem por e-mail, nem por chat, nem por telefone. Nunca as compartilhe com ninguém, mesmo que a pessoa diga ser da nossa equipe.',
        ],
      },
      keepEmail: 'Guarde este e-mail: responder a ele é o jeito mais rápido de falar com a pessoa que cuida do seu caso.',
    },
    resolution: {
      subject: 'O resultado da análise da sua reclamação',
      lead: 'Terminamos de analisar sua reclamação. Veja o que encontramos.',
      topicLabel: 'Assunto',
      findingsIntro: 'Notas da nossa equipe (em inglês):',
      evidenceTitle: 'Transações que verificamos',
      evidenceHint: 'Cada link abre a transação em um explorador de blockchain público.',
      compensationWithin: 'Também propusemos uma compensação para você. Uma pessoa responsável vai analisá-la, e enviaremos a decisão por e-mail {within}.',
      compensationSoon:
        'Também propusemos uma compensação para você. Uma pessoa responsável vai analisá-la, e enviaremos a decisão por e-mail assim que ela for tomada.',
      disagree: 'Se algo não estiver claro ou se você não concordar, responda a este e-mail — uma pessoa vai ler e responder.',
    },
    'satisfaction-question': {
      subject: 'Resolvemos sua reclamação?',
      lead: 'Escrevemos para você recentemente sobre sua reclamação e gostaríamos de saber: nós a resolvemos?',
      answerButton: 'Responder à pergunta',
      linkFallback: 'Se o botão não funcionar, copie este link no seu navegador:',
      quick: 'Leva menos de um minuto. Se a resposta for não, uma pessoa vai retomar seu caso.',
      answerWithin:
        'Por favor, responda {within}. Se não tivermos notícias suas até lá, encerraremos o caso — mas você ainda poderá responder a este e-mail, e uma pessoa vai ler.',
      linkOnce: 'O link só funciona uma vez e é só para você, então não encaminhe este e-mail.',
    },
    'compensation-approved': {
      subject: 'Sua compensação foi aprovada',
      lead: 'Boa notícia: aprovamos uma compensação pela sua reclamação.',
      amountLabel: 'Valor',
      paymentFollows: 'Avisaremos você quando o pagamento for feito.',
    },
    'compensation-rejected': {
      subject: 'Nossa decisão sobre a compensação',
      lead: 'Analisamos seu caso com atenção e decidimos não oferecer compensação.',
      disagree:
        'Sabemos que não é a resposta que você esperava. Se não concordar, ou se tiver informações que não vimos, responda a este e-mail e uma pessoa vai analisar.',
    },
    'compensation-paid': {
      subject: 'Sua compensação foi paga',
      lead: 'Creditamos sua compensação na conta que você tem conosco.',
      amountLabel: 'Valor',
      referenceLabel: 'Referência do pagamento',
      question: 'Em breve, enviaremos uma pergunta rápida para saber se isso resolveu sua reclamação.',
      notArrived: 'Se o dinheiro não aparecer na sua conta em até um dia, responda a este e-mail e uma pessoa vai verificar.',
    },
    'compensation-payout-delayed': {
      subject: 'O pagamento da sua compensação está atrasado',
      lead: 'Aprovamos uma compensação pela sua reclamação, mas o pagamento ainda não foi concluído.',
      approvedAmountLabel: 'Valor aprovado',
      handling: 'Uma pessoa da nossa equipe já está cuidando disso e vai escrever para você assim que o dinheiro estiver na sua conta.',
      nothingToDo: 'Desculpe pela espera. Você não precisa fazer nada; se quiser falar com uma pessoa, responda a este e-mail.',
    },
    'decision-escalated': {
      subject: 'Seu caso foi encaminhado a uma pessoa mais experiente',
      lead: 'Seu caso precisa da decisão de uma pessoa mais experiente da nossa equipe, então nós o encaminhamos. Isso leva um pouco mais de tempo do que informamos antes.',
      timeFrameLabel: 'Novo prazo',
      closing: 'Desculpe pela espera. Você não precisa fazer nada; se quiser acrescentar algo, responda a este e-mail.',
    },
    reopened: {
      subject: 'Reabrimos seu caso',
      lead: 'Obrigado por nos avisar que sua reclamação não foi resolvida. Reabrimos seu caso, e uma pessoa vai retomá-lo.',
      timeFrameLabel: 'Entraremos em contato',
      closing: 'Se quiser nos contar algo, responda a este e-mail — a mensagem vai direto para o seu caso.',
    },
    closed: {
      subject: 'Seu caso foi encerrado',
      lead: 'Encerramos seu caso. Obrigado pela paciência enquanto o analisávamos e por nos contar sobre o problema — isso nos ajuda a melhorar.',
      comeBack: 'Se o problema voltar ou se tiver alguma dúvida sobre este caso, responda a este e-mail e uma pessoa vai ler.',
    },
    'needs-attention': {
      subject: 'Atualização do seu caso: uma pessoa está cuidando dele',
      lead: 'Seu caso está demorando mais do que o previsto, então agora uma pessoa da nossa equipe está cuidando dele pessoalmente.',
      timeFrameLabel: 'Entraremos em contato',
      closing: 'Desculpe pela demora. Você não precisa fazer nada; se quiser acrescentar algo, responda a este e-mail.',
    },
    'closed-by-staff': {
      subject: 'Nossa equipe encerrou seu caso',
      lead: 'Uma pessoa da nossa equipe de reclamações encerrou seu caso.',
      disagree: 'Se você não concordar, responda a este e-mail e uma pessoa vai analisar seu caso de novo.',
    },
    'agent-message': {
      subject: 'Uma mensagem da nossa equipe sobre sua reclamação',
      lead: 'Uma pessoa da nossa equipe escreveu para você sobre o seu caso.',
      reply: 'Para responder, basta responder a este e-mail: a resposta vai direto para o seu caso.',
    },
  },
};
