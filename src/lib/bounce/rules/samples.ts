/**
 * A real line for every phrase rule (by rule id) that the rule must classify as its reason; the
 * rules' tests read them. Kept apart from the rules so that the browser's copy of the classifier
 * does not carry them.
 */
export const RULE_SAMPLES: Readonly<Record<string, string>> = {
  'domino/filtered': 'Cannot route mail to user (CN=Pat Lee/O=Example)',
  'domino/systemerror': 'Several matches found in Domino Directory: Pat Lee',
  'imailserver/userunknown': 'Invalid final delivery userid: someone@example.com',
  'imailserver/mailboxfull': 'User mailbox exceeds allowed size: someone@example.com',
  'imailserver/hostunknown': 'Unknown host: example.net',
  'interscanmss/userunknown':
    'Unable to deliver message to <someone@example.com> (and other recipients in the same domain). Please check if address is correct.',
  'verizon/userunknown':
    'Message could not be delivered to mobile. Error: No valid recipients for this MM',
  'messagelabs/userunknown': 'Reason: 550 someone@example.com... No such user',
  'ezweb/suspend': 'The user(s) account is disabled.',
  'ezweb/filtered': 'Each of the following recipients was rejected by a remote mail server.',
  'facebook/filtered':
    '550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes#rcp Refused due to recipient preferences',
  'fml/rejected': 'You are not a member of this mailing list <list@example.org>.',
  'fml/systemerror': 'Duplicated Message-ID in <list@example.org>.',
  'mcafee/userunknown': '<someone@example.org>   (Unknown user someone@example.org)',
  'zoho/expired':
    '[Status: Error, Address: <someone@example.net>, ResponseCode 421, , Host not reachable.]',
  'exim/contenterror': 'Too many "Received" headers - suspected mail loop',
  'cpanel-exim/hostunknown':
    'The mail server could not deliver mail to someone@example.net. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.',
  'yahoo-mx/userunknown':
    "554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1000.mail.ne1.yahoo.com",
  'kddi/userunknown': '550 <someone@ezweb.ne.jp>: User unknown',
  'laposte/userunknown': '550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416',
  'godaddy/speeding':
    '550 5.1.1 <someone@example.com> - 192.0.2.22 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>',
  'godaddy/rejected':
    '550 5.2.0 <sender@example.net> from: domain is invalid. please provide a valid from: IB506',
  'orange/spamdetected': '550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]',
  'cox/blocked':
    '550 5.1.0 <sender@example.net> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL',
  'spectrum/toomanyconn':
    '550 5.1.0 <sender@example.net> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310',
  'mimecast/policyviolation':
    '554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [abc123.us222]',
  'google/send-mail-as':
    "** Message not delivered ** You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date.",
  'google/no-dns-answer':
    "DNS Error: 1234 DNS type 'mx' lookup of example.com responded with code NOERROR 1234 DNS type 'mx' lookup of example.com had no relevant answers.",
  'postfix/networkerror':
    'Name service error for name=example.org type=MX: Malformed or unexpected name server reply',
  'amazonses/norelaying':
    '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com',
  'qmail-ldap/systemerror': '<someone@example.net>: Unable to contact LDAP server. (#4.4.3)',
  'google/policyviolation':
    '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.',
  'mailru/suspend':
    '550 Message was not accepted -- invalid mailbox. Local mailbox someone@mail.ru is unavailable: user is terminated',
  'barracuda/blocked':
    '550 permanent failure for one or more recipients (someone@example.net:blocked)',
  'courier/systemerror': "<someone@example.net>: This domain's DNS violates RFC 1035.",
  'google/policyviolation-content':
    '552-5.7.0 This message was blocked because its content presents a potential security issue.',
  'google/userunknown':
    "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address",
  'google/address-not-found':
    "** Address not found ** Your message wasn't delivered to someone@example.com because the address couldn't be found. Check for typos or unnecessary spaces and try again.",
  'google/suspend': '550 5.2.1 The email account that you tried to reach is inactive.',
  'google/mailboxfull':
    "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to",
  'google/speeding':
    '550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
  'google/authfailure':
    '550 5.7.26 This email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
  'google/badreputation':
    '550 5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain.',
  'google/blocked':
    "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers.",
  'google/spamdetected':
    '550 5.7.1 Our system has detected that this message is likely unsolicited mail.',
  'google/rejected':
    "We're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.",
  'microsoft/userunknown':
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
  'domino/userunknown': 'User someone (someone@example.com) not listed in Domino Directory',
  'microsoft/policyviolation':
    '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
  'microsoft/authfailure':
    '550 5.7.515 Access denied, sending domain example.org does not meet the required authentication level.',
  'google/hostunknown':
    "DNS Error: 8143227 DNS type 'mx' lookup of nonexistent.example.net responded with code NXDOMAIN Domain name not found",
  'microsoft/blocked': '550 5.7.606 Access denied, banned sending IP [192.0.2.1].',
  'microsoft/rejected': '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
  'microsoft/securityerror': '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
  'microsoft/expired': '550 5.4.316 Message expired, connection refused(Socket error code 10061)',
  'microsoft/mesgtoobig':
    '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
  'yahoo/userunknown':
    "host mx.example.net[192.0.2.7] said: 554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [-5] (in reply to RCPT TO command)",
  'yahoo/badreputation':
    '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
  'amazonses/suppressed': 'The address is on the suppression list for your account.',
  'qmail/userunknown': 'Sorry, no mailbox here by that name. (#5.1.1)',
  'qmail/hostunknown': "Sorry, I couldn't find any host named example.org. (#5.1.2)",
  'google/expired':
    'Technical details of permanent failure: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720',
  'mailer/mailererror':
    'unknown user. Command output: procmail: Couldn\'t create "/var/spool/mail/example"',
  'rejected/list-post':
    'You are not allowed to post to this mailing list, and your message has been automatically rejected.',
  'rejected/phrase': '553 5.1.8 <nobody@example.org>: Sender address rejected: Domain not found',
  'notaccept/phrase': '556 5.1.10 Recipient address has null MX',
  'hasmoved/phrase': '550 5.1.6 <old@example.org>... User has moved; please try <new@example.org>',
  'norelaying/phrase': '554 5.7.1 <someone@example.net>: Relay access denied',
  'hostunknown/phrase':
    '<someone@example.invalid>: Host or domain name not found. Name service error for name=example.invalid type=A: Host not found',
  'userunknown/gone':
    'The address john.smith@example.org no longer exists: John left the company last year. Please remove it from your list.',
  'userunknown/phrase':
    '550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  'mailboxfull/phrase': '552 5.2.2 <someone@example.com>: Mailbox full',
  'mesgtoobig/phrase': '552 5.3.4 Error: message file too big',
  'exceedlimit/phrase': '552 5.2.3 Message length exceeds administrative limit',
  'suspend/phrase': '550 5.2.1 <someone@example.com>: Mailbox disabled, not accepting messages',
  'virusdetected/phrase': '554 5.7.1 The message was rejected because it contains a virus',
  'notcompliantrfc/phrase':
    '550 5.7.1 [IRR] Our system has detected that this message is not RFC 5322 compliant',
  'contenterror/phrase': '554 5.6.0 Message header error: invalid header line',
  'authfailure/phrase':
    '550 5.7.1 SPF check failed: 192.0.2.1 is not allowed to send mail from example.org',
  'requireptr/phrase':
    '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]',
  'spamdetected/listed-url':
    '550-Rejected - blacklisted URL in message. (example.com) in [black]. 550-See http://lookup.uribl.com',
  'toomanyconn/phrase':
    '421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later.',
  'blocked/phrase':
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
  'spamdetected/phrase': '550 5.7.1 Message rejected as spam by Content Filtering.',
  'policyviolation/phrase': '550 5.7.1 Message rejected for policy reasons',
  'failedstarttls/phrase':
    '<orders@example.net>: TLS is required, but was not offered by host mx.example.net[192.0.2.8]',
  'securityerror/phrase': '530 5.7.0 Must issue a STARTTLS command first',
  'syntaxerror/phrase': '501 5.5.2 Syntax error in parameters or arguments',
  'speeding/phrase':
    '421 4.7.28 Gmail has detected an unusual rate of mail originating from your DKIM domain; temporarily rate limited',
  'systemfull/phrase': '452 4.3.1 Insufficient system storage',
  'networkerror/phrase': 'mail for example.org loops back to myself',
  'expired/phrase': '4.4.7 Delivery time expired',
  'sendmail/expired':
    '----- Transcript of session follows ----- Message could not be delivered for 5 days',
  'systemerror/phrase': '451 4.3.0 Error: queue file write error (local error in processing)',
  'filtered/phrase': '550 5.2.0 Message rejected by the recipient filter',
};
