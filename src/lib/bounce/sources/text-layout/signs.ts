/**
 * The signs that a message without a report part is a bounce (or an auto-reply): who sent it,
 * what its subject says.
 */

/** A bounce's sender: the mailer daemon, the postmaster, "Mail Delivery System"... */
export const BOUNCE_SENDER =
  /mailer-daemon|post_?master|mail delivery|mail administrator|mailer|bounce|delivery subsystem|mail ?system|daemon|system administrator|mail server|mailserver|systemverwalter|administrateur|amministratore|administrador|beheerder|администратор/i;

/** A bounce's subject, in the words systems use for it. */
export const BOUNCE_SUBJECT = new RegExp(
  [
    'undeliver|undelivered|returned mail|delivery status|failure notice|delivery fail|mail delivery',
    'could not be delivered|non-?delivery|not delivered|returned to sender|delivery problem|rejected',
    'bounce|mail system error|could not send|delivery notification|nondeliverable|delivery error',
    'failed delivery|delivery has failed|warning: message|unable to deliver|mail failure',
    'message not delivered|error sending message',
    // German, French, Spanish, Italian, Portuguese, Dutch, Russian, Polish.
    'unzustellbar|nicht zustellbar|nicht zugestellt|zustellungsfehler',
    'non remis|non distribu|non délivr|échec de (?:la )?(?:remise|distribution)|impossible de remettre',
    'no entregado|no se puede entregar|no se pudo entregar|error de entrega',
    'mancata consegna|non recapitat|impossibile recapitare|consegna non riuscita',
    'não entregue|falha na entrega|não foi possível entregar',
    'onbestelbaar|niet bezorgd|niet afgeleverd',
    'не доставлен|недоставлен|ошибка доставки',
    'niedostarczon|nie można dostarczyć',
    // Japanese, Chinese, Korean.
    '配信|エラー|不達|返送|退信|投递失败|无法投递|未送达|반송|전송 실패|배달 실패|전달 실패',
  ].join('|'),
  'i',
);

/** An auto-reply's subject. */
export const AUTO_SUBJECT =
  /^(?:auto:|automatic reply|auto[- ]?reply|autoresponse|out of (?:the )?office|vacation|away from|abwesenheit|automatische antwort|réponse automatique|absence|absent|respuesta automática|fuera de la oficina|risposta automatica|fuori sede|resposta automática|ausente|automatisch antwoord|afwezig|автоматический ответ|автоответ|automatyczna odpowiedź|poza biurem|自動応答|自動返信|不在|自动回复|자동 응답|부재)/i;

/** A delay notice's subject ("Delivery Status Notification (Delay)", "Warning: could not send..."). */
export const DELAY_SUBJECT =
  /\bdelay(?:ed)?\b|could not send message for past|still being retried|verzögert|retardé|retrasad|ritardat|atrasad|vertraagd|задерж|遅延|延迟|지연/i;
