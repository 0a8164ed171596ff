/**
 * The signs that a message without a report part is a bounce (or an auto-reply): who sent it,
 * what its subject says.
 */

// The local parts bounces are sent from (RFC 5321 §4.5.1 postmaster, the MTAs' own daemons).
const DAEMON_LOCAL =
  /^(?:mailer-daemon|mailer_daemon|mail-daemon|maildaemon|mdaemon|daemon|postmaster|post_master|mail-?delivery|mail-?system|bounces?|nobody)$/i;
// Display names bounces are sent under, in several languages.
const DAEMON_NAME =
  /mailer-daemon|post_?master|mail delivery|mail administrator|delivery subsystem|mail ?system|system administrator|mail server|mailserver|systemverwalter|administrateur|amministratore|administrador|beheerder|администратор|serveur de messagerie|servidor de correo|server di posta|servidor de e-?mail|почтов|メールサーバ|邮件服务器|메일 서버/i;

/**
 * True when `from` (a From field) is a bounce's sender: a daemon or postmaster address, or a
 * display name such as "Mail Delivery System". A list's "postmaster-request" address is not.
 */
export function isBounceSender(from: string): boolean {
  const angle = from.lastIndexOf('<');
  const address = (angle >= 0 ? from.slice(angle + 1) : from).replace(/[>\s].*$/s, '').trim();
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : address;
  if (DAEMON_LOCAL.test(local)) return true;
  const name = angle >= 0 ? from.slice(0, angle) : '';
  return DAEMON_NAME.test(name);
}

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

/**
 * A challenge-response system's subject: the recipient's filter holds the message until the sender
 * confirms it ("Please confirm your message", "Sender verification required"). An automatic reply,
 * not a bounce.
 */
export const CHALLENGE_SUBJECT =
  /\bplease confirm (?:your|that)\b|\bconfirm your (?:message|e-?mail|address)\b|\bverify (?:that )?you are\b|\bsender verification\b|\bawaiting (?:your )?(?:confirmation|verification|approval)\b|\bchallenge[- ]response\b/i;

/** A delay notice's subject ("Delivery Status Notification (Delay)", "Warning: could not send..."). */
export const DELAY_SUBJECT =
  /\bdelay(?:ed)?\b|could not send message for past|still being retried|verzögert|retardé|retrasad|ritardat|atrasad|vertraagd|задерж|遅延|延迟|지연/i;

/** A notice saying, in so many words, that a message was not delivered (several languages). */
export const NOT_DELIVERED =
  /could not be delivered|was not delivered|wasn't delivered|not be delivered|undeliverable|delivery (?:has )?failed|unable to deliver|unzustellbar|nicht zugestellt werden|n'a pas pu être (?:remis|distribué|délivré)|non remis|no (?:se )?(?:ha )?podido (?:ser )?entregar|no pudo ser entregado|non è stato possibile (?:consegnare|recapitare)|não foi possível entregar|não pôde ser entregue|kon niet worden (?:afgeleverd|bezorgd)|не может быть доставлено|не было доставлено|не удалось доставить|nie może zostać dostarczona|nie została dostarczona|配信できませんでした|配信できません|届きませんでした|无法投递|投递失败|无法送达|전달되지 못|전송되지 못|전달할 수 없/i;
