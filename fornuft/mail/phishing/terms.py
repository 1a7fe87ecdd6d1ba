"""Vocabularies of the phishing shield: phrases, brands, file types and domain endings.

General knowledge about how phishing and fraud mail is written (published by CERTs,
anti-phishing groups and mail providers), not lists taken from any test corpus.
Phrases are compared on folded text (case, accents and æ/ae spellings ignored).
"""

CREDENTIAL_PHRASES = [
    # English
    "verify your account", "verify your identity", "confirm your account", "confirm your identity",
    "update your account", "update your payment", "update your billing", "your password", "reset your password",
    "password expires", "password will expire", "login credentials", "log in to your account",
    "sign in to your account",
    "account has been suspended", "account will be suspended", "account has been locked", "account will be closed",
    "unusual activity", "unusual sign-in", "suspicious activity", "validate your", "re-activate", "reactivate your",
    "mailbox is full", "mailbox quota", "storage is full", "email account will", "verify your email",
    "click here to verify", "confirm your email", "security alert", "unauthorized access", "restore access",
    "your account has been", "limited access", "failed delivery", "delivery attempt failed", "pending payment",
    "payment declined", "seed phrase", "recovery phrase", "billing issue", "billing information", "on hold",
    "subscription has expired", "subscription expired", "membership has expired", "action required",
    "confirm your details", "update your details", "secure your account", "two-factor", "firmware update",
    # Norwegian bokmål
    "bekreft kontoen", "bekreft identiteten", "verifiser kontoen", "verifiser identiteten", "oppdater kontoen",
    "oppdater betalingsinformasjon", "ditt passord", "passordet ditt", "passordet utløper", "tilbakestill passord",
    "logg inn på kontoen", "logg inn for å", "kontoen din er sperret", "kontoen din vil bli stengt",
    "kontoen er suspendert", "uvanlig aktivitet", "mistenkelig aktivitet", "innboksen er full", "postkassen er full",
    "bekreft e-postadressen", "bankid er utløpt", "fornye bankid", "pakken din kunne ikke", "tollavgift",
    "gebyr for levering", "du har vunnet", "gavekort", "refusjon venter", "skatteoppgjør refusjon",
    # asking for payment-card details by mail, which no bank, shop or publisher does
    # (a receipt that *mentions* "card number ending in 1234" asks for nothing)
    "oppgi kort", "bekreft kort", "oppdater kort", "registrer kort", "fyll inn kort", "legg inn kort",
    "oppgi betalingskort", "bekreft betalingskort", "oppdater betalingskort", "enter your card",
    "confirm your card", "update your card", "verify your card", "provide your card", "cvv", "cvc-kode",
    # the most common phrases of other languages phishing arrives in
    "sua conta", "sua senha", "atualize seus dados", "verifique sua", "conta bloqueada", "cartão bloqueado",
    "su cuenta", "su contraseña", "verifique su", "ihr konto", "ihr passwort", "konto wurde gesperrt",
    "votre compte", "mot de passe", "vérifiez votre", "atualize", "regularize", "suspensão", "cancelamento",
    "bloqueio", "pendência", "abgelaufen", "bestätigen sie", "ihre daten", "zugang gesperrt", "zustellung",
    "fehlgeschlagen", "expirent", "expiré", "droits cpf", "uw account", "bevestig", "verlopen",
]
URGENCY_PHRASES = [
    "within 24 hours", "within 48 hours", "immediately", "urgent", "final notice", "last warning", "act now",
    "as soon as possible", "expires today", "innen 24 timer", "innen 48 timer", "umiddelbart", "haster",
    "siste varsel", "snarest", "i dag", "urgente", "imediatamente", "dringend", "sofort",
]
BRANDS = {
    # display-name token → domains the brand sends from (registrable domains, label match also accepted)
    "paypal": {"paypal.com"}, "microsoft": {"microsoft.com", "office.com", "outlook.com", "live.com"},
    "office 365": {"microsoft.com", "office.com"}, "outlook": {"microsoft.com", "outlook.com"},
    "onedrive": {"microsoft.com"}, "sharepoint": {"microsoft.com", "sharepoint.com"},
    "apple": {"apple.com", "icloud.com"}, "icloud": {"apple.com", "icloud.com"}, "netflix": {"netflix.com"},
    "amazon": {"amazon.com", "amazon.de", "amazon.co.uk", "amazonses.com"}, "dhl": {"dhl.com", "dhl.de"},
    "fedex": {"fedex.com"}, "ups": {"ups.com"}, "posten": {"posten.no"}, "bring": {"bring.no", "posten.no"},
    "postnord": {"postnord.no", "postnord.com"}, "dnb": {"dnb.no"}, "nordea": {"nordea.no", "nordea.com"},
    "sparebank": {"sparebank1.no"}, "vipps": {"vipps.no"}, "bankid": {"bankid.no"}, "altinn": {"altinn.no"},
    "skatteetaten": {"skatteetaten.no"}, "nav": {"nav.no"}, "google": {"google.com"}, "gmail": {"google.com"},
    "facebook": {"facebook.com", "facebookmail.com", "meta.com"}, "instagram": {"instagram.com", "facebookmail.com"},
    "linkedin": {"linkedin.com"}, "docusign": {"docusign.net", "docusign.com"}, "dropbox": {"dropbox.com"},
    "wells fargo": {"wellsfargo.com"}, "chase": {"chase.com"}, "bank of america": {"bankofamerica.com"},
    "american express": {"americanexpress.com", "aexp.com"}, "coinbase": {"coinbase.com"},
    "binance": {"binance.com"}, "metamask": {"metamask.io"}, "bradesco": {"bradesco.com.br"},
    "itaú": {"itau.com.br"}, "itau": {"itau.com.br"}, "santander": {"santander.com.br", "santander.com"},
    "caixa": {"caixa.gov.br"}, "nubank": {"nubank.com.br"}, "mercado": {"mercadolivre.com.br"},
    "correios": {"correios.com.br"}, "webmail": set(), "mail administrator": set(), "it support": set(),
    "helpdesk": set(), "help desk": set(), "administrator": set(), "account team": set(),
    "security team": set(), "postmaster": set(), "mailbox": set(), "e-mail admin": set(), "support team": set(),
    "billing department": set(), "norton": {"norton.com", "nortonlifelock.com"}, "mcafee": {"mcafee.com"},
    "adobe": {"adobe.com"}, "zoom": {"zoom.us"}, "teams": {"microsoft.com"}, "whatsapp": {"whatsapp.com"},
    "steam": {"steampowered.com"}, "spotify": {"spotify.com"}, "ebay": {"ebay.com"}, "walmart": {"walmart.com"},
    "costco": {"costco.com"}, "usps": {"usps.com"}, "irs": {"irs.gov"}, "hmrc": {"hmrc.gov.uk"},
}
DANGEROUS_EXTENSIONS = {
    "exe", "scr", "com", "pif", "bat", "cmd", "msi", "msp", "dll", "cpl", "jar", "js", "jse", "vbs", "vbe", "wsf",
    "wsh", "ps1", "psm1", "hta", "lnk", "reg", "sh", "app", "apk", "iso", "img", "vhd", "vhdx", "dmg",
    "html", "htm", "shtml", "xhtml", "svg", "one", "url", "chm", "xll", "appx", "msix", "mobileconfig",
    "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm", "xlsb",
}
ARCHIVE_EXTENSIONS = {"zip", "rar", "7z", "gz", "tgz", "tar", "bz2", "xz", "cab", "ace", "arj", "lzh", "z"}
DANGEROUS_TYPES = {"application/x-msdownload", "application/x-dosexec", "application/x-msdos-program",
                    "application/x-ms-installer", "application/hta", "application/x-iso9660-image",
                    "application/vnd.ms-excel.sheet.macroenabled.12",
                   "application/vnd.ms-word.document.macroenabled.12"}

# Prize, lottery, casino and giveaway fraud: "you have won", free spins, airdrops.
PRIZE_PHRASES = [
    # English
    "you have won", "you've won", "you won", "congratulations", "you have been selected", "you've been selected",
    "claim your", "claim now", "free spins", "no deposit", "jackpot", "lottery", "winner", "prize", "reward",
    "airdrop", "giveaway", "gift card", "bonus", "exclusive offer", "limited offer", "free gift", "cash prize",
    "inheritance", "beneficiary", "million dollars", "investment opportunity", "double your", "bitcoin", "crypto",
    "usdt", "token", "wallet", "100% free", "risk-free", "act now", "lose weight", "weight loss",
    # Norwegian
    "du har vunnet", "gratulerer", "du er valgt ut", "premie", "gevinst", "gavekort", "gratis spinn", "bonus",
    "arv", "lotteri",
    # German, Dutch, French, Portuguese, Spanish: the languages most fraud mail in Europe arrives in
    "gewonnen", "gewinnen", "gewinner", "gutschein", "freispiele", "herzlichen glückwunsch", "ausgewählt",
    "gewinnspiel", "verlosung", "einzahlung", "auszahlung", "gratis", "gefeliciteerd", "gewonnen", "cadeaukaart",
    "verloten", "félicitations", "gagné", "cadeau", "parabéns", "ganhou", "prêmio", "premio", "sorteio",
    "felicidades", "ganado", "regalo",
]

# Endings of domains that anyone can register for almost nothing and that anti-abuse
# trackers (e.g. Spamhaus' "most abused TLDs") list year after year.
RISKY_TLDS = frozenset("""
click shop vip pro xyz top buzz icu cfd sbs online site store live life monster rest bond cyou fun space
website tk ml ga cf gq work loan win bid date racing download stream review accountant men party trade
webcam faith cricket science zip mov country kim gdn link
""".split())

# Places where anyone can get a sending address in minutes without owning a domain.
SENDER_HOSTING = frozenset("""
firebaseapp.com onmicrosoft.com web.app appspot.com herokuapp.com sendgrid.net mailchimpapp.com
""".split())

# Words that make a free-mail sender claim to be a business transaction.
TRANSACTION_WORDS = [
    "invoice", "order", "payment", "receipt", "statement", "refund", "account", "subscription", "delivery",
    "faktura", "ordre", "betaling", "kvittering", "refusjon", "konto", "levering", "abonnement",
    "rechnung", "zahlung", "bestellung", "fatura", "pagamento", "pedido", "protocolo", "boleto",
]

# Unsolicited-offer language: the bulk spam that carries most fraud.
SPAM_PHRASES = [
    "unsubscribe", "the advertiser", "you may qualify", "see if you qualify", "you qualify", "free quote",
    "lower your", "stop overpaying", "limited time", "% off", "special offer", "exclusive deal", "risk free",
    "miracle", "doctors", "weight", "insurance", "loan", "credit score", "timeshare", "casino", "viagra",
    "meld deg av", "avslutt abonnement", "abmelden", "angebot", "rabatt", "korting", "afmelden", "desconto",
    "oferta", "descadastrar", "se désinscrire", "désabonner", "promo",
]

# File-sharing and e-signature services that lures name ("the document is on OneDrive"),
# with the domains their real links go to.
_MICROSOFT_FILES = {"live.com", "microsoft.com", "1drv.ms", "sharepoint.com", "office.com", "microsoftonline.com",
                    "office365.com", "microsoft365.com"}
FILE_SHARE_SERVICES = {
    "onedrive": _MICROSOFT_FILES, "one drive": _MICROSOFT_FILES, "sharepoint": _MICROSOFT_FILES,
    "dropbox": {"dropbox.com", "db.tt", "dropboxusercontent.com"},
    "wetransfer": {"wetransfer.com", "we.tl"}, "we transfer": {"wetransfer.com", "we.tl"},
    "google drive": {"google.com", "googleusercontent.com"},
    "docusign": {"docusign.net", "docusign.com"}, "adobe sign": {"adobe.com", "adobesign.com", "echosign.com"},
}

# What CEO fraud asks for once it carries a colleague's name: money moved, gift cards,
# discretion, or a check that the reader is free to act at once (nb/nn, sv, da, en).
# Compared on folded text, so "overforing" is "overføring"; bare "overfør" is left out
# because it folds to the everyday "overfor".
EXECUTIVE_REQUEST_PHRASES = [
    "betal", "overforing", "overfore", "overfort", "utbetal", "kontonummer", "bankkonto", "gavekort",
    "diskret", "konfidensiell", "fortrolig", "ikke snakk om", "ikke si noe", "er du ledig", "er du pa kontoret",
    "er du tilgjengelig", "er du pa jobb", "kan du hjelpe meg med en", "rask tjeneste",
    "overforsel", "presentkort", "konfidentiell", "ar du ledig", "ar du pa kontoret",
    "payment", "transfer", "wire", "gift card", "bank details", "account details", "confidential", "discreet",
    "are you available", "are you at your desk", "are you in the office", "quick favor", "quick favour",
]

# "Document behind a login": what a lure says waits for the reader when its only real
# content is a link — a document to view or sign, a shared file, a tender or a request for
# a quote, an application, a complaint with pictures, a voicemail or fax (nb/nn, sv, da,
# en). General phrasing of each kind, written for this list; compared on folded text.
DOCUMENT_LURE_PHRASES = [
    # bokmål / nynorsk
    "se dokumentet", "åpne dokumentet", "vis dokument", "se dokument", "last ned dokument", "delt et dokument",
    "delt en fil", "delte filer", "dokument til signering", "signer dokumentet", "signere dokumentet",
    "signert kontrakt", "signert avtale", "til signering", "konkurransegrunnlag", "anbudsdokument",
    "tilbudsforespørsel", "forespørsel om tilbud", "se forespørselen", "se søknaden", "min søknad og cv",
    "se bildene", "bilder av skaden", "talemelding", "telefonsvarer", "ny faks", "faksmelding",
    "sikker melding", "kryptert melding", "se vedlegget her", "vedlegget finner du her", "åpne vedlegget",
    # svenska
    "visa dokument", "öppna dokumentet", "granska dokumentet", "delat ett dokument", "delat en fil",
    "för signering", "signera dokumentet", "offertförfrågan", "förfrågningsunderlag", "anbudsunderlag",
    "röstmeddelande", "nytt fax", "se bilderna",
    # dansk
    "åbn dokumentet", "se filen", "delt en fil med dig", "til underskrift", "underskriv dokumentet",
    "udbudsmateriale", "tilbudsindhentning", "anmodning om tilbud", "talebesked", "telefonsvarerbesked",
    "se billederne", "åbn vedhæftningen",
    # English
    "view document", "view the document", "review document", "review the document", "open document",
    "open the document", "access the document", "download the document", "shared a document", "shared a file",
    "shared with you", "sent you a document", "sent you a file", "document for signature", "please review and sign",
    "review and sign", "sign the document", "signed contract", "signed agreement", "invitation to tender",
    "tender documents", "request for quotation", "request for proposal", "view my cv", "my resume",
    "photos of the damage", "view the photos", "voicemail", "voice mail", "voice message", "new fax", "fax message",
    "secure message", "encrypted message", "view attachment", "view the attachment", "open attachment",
]
