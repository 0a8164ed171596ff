/**
 * The signs that a message without a report part is a bounce (or an auto-reply): who sent it,
 * what its subject says.
 */

/** A bounce's sender: the mailer daemon, the postmaster, "Mail Delivery System"... */
export const BOUNCE_SENDER =
  /mailer-daemon|post_?master|mail delivery|mail administrator|mailer|bounce|delivery subsystem/i;

/** A bounce's subject, in the words systems use for it. */
export const BOUNCE_SUBJECT =
  /undeliver|undelivered|returned mail|delivery status|failure notice|delivery fail|mail delivery|could not be delivered|non-?delivery|not delivered|returned to sender|delivery problem|rejected|bounce|mail system error|could not send|delivery notification|nondeliverable|delivery error|failed delivery|delivery has failed|warning: message|unable to deliver|mail failure|message not delivered|error sending message|配信|エラー/i;

/** An auto-reply's subject. */
export const AUTO_SUBJECT =
  /^(?:auto:|automatic reply|auto[- ]?reply|autoresponse|out of (?:the )?office|vacation|away from|abwesenheit|réponse automatique|absence)/i;
