//! Newsletter sign-ups, subscription and membership pitches, alert offers.

use super::RuleDef;
use crate::{Category, Scope};

/// What a site mails its readers: a newsletter, a briefing, alerts (see
/// `newsletter-delivery`).
macro_rules! mailing_word {
    () => {
        r"(?:newsletter|briefing|bulletin|digest|headlines|news|roundup|round-up|alerts|updates|edition|letter|list|report|forecast|picks)"
    };
}

pub(crate) const RULES: &[RuleDef] = &[
    // Lines that are only a sign-up button or box title.
    RuleDef::phrases(
        "newsletter-label",
        Category::Newsletter,
        Scope::Line,
        "a line holding only a sign-up or subscribe label",
        &[
            "subscribe",
            "subscribe now",
            "subscribe today",
            "subscribe here",
            "stay in the loop",
            "sign up",
            "sign up now",
            "sign up today",
            "sign up here",
            "newsletter",
            "newsletters",
            "our newsletter",
            "get the newsletter",
            "join our newsletter",
            "free newsletter",
            "email newsletter",
            "sign up for our newsletter",
            "subscribe to our newsletter",
            "become an insider",
            "become an insider!",
            "become a member",
            "become a subscriber",
            "join now",
            "join today",
            "join us",
            "stay informed",
            "stay in the know",
            "stay up to date",
            "get alerts",
            "email alerts",
            "news alerts",
            "breaking news alerts",
            "enter your email",
            "enter your email address",
            "your email address",
            "email address",
            "submit",
            "support our journalism",
            "donate",
            "donate now",
            "already a subscriber?",
            "already a subscriber",
            "already a member?",
            "unlock this article",
            "download our app",
            "download the app",
            "get the app",
            "get our app",
            "turn on notifications",
            "enable notifications",
            "allow notifications",
            "newsletter sign-up",
            "newsletter signup",
            "newsletter sign up",
            "enter your email to subscribe",
            "sign me up",
            "yes, sign me up",
            "subscribers only",
            "unlock unlimited access",
            "become a patron",
            "sign up free",
            "sign up for free",
            "manage my alerts",
            "manage alerts",
            "manage your alerts",
            "support us on patreon",
            "buy me a coffee",
            "subscribe to continue reading",
            "subscribe to read",
            "this post is for paid subscribers",
            // A sign-up form's fields and placeholders, its confirmation, and
            // the skip links printed around the box.
            "your email",
            "type your email",
            "type your email...",
            "type your email…",
            "your first name",
            "your last name",
            "your name",
            "first name",
            "last name",
            "skip past newsletter promotion",
            "after newsletter promotion",
            "you're in!",
            "you’re in!",
            "yes, send it!",
        ],
    ),
    // "Download the KTVR 7 app for breaking news and weather alerts", "Download
    // our free app.": a pitch for the site's app, as a line of its own. Safe:
    // the whole line is the imperative, a name of up to four words, "app",
    // and what it sends (news, alerts, updates); "Download the NHS app to
    // book a jab, the board said." reports advice and goes on after "app".
    RuleDef::pattern(
        "app-download-pitch",
        Category::Newsletter,
        Scope::Line,
        "a pitch to download the site's app",
        &["download the", "download our", "get the", "get our"],
        r"(?i)^(?:download|get) (?:the|our) (?:free )?(?:[^\s.!?]+ ){0,4}app(?:\s+(?:for|to get)\s+[^.!?]*(?:news|alerts|updates|stories|headlines|forecasts?|scores)[^.!?]*)?(?:\s+(?:now|today|on your phone))?[.!]?$",
    )
    .max_len(140),
    // "Get warnings for your area: Download the Example app — free on iOS
    // and Android.": the same pitch with what it sends first and the
    // stores last. Safe as `app-download-pitch` is: the whole line is the
    // pitch, and the stores follow "app" after a dash or a comma.
    RuleDef::pattern(
        "app-download-stores",
        Category::Newsletter,
        Scope::Line,
        "a pitch to download the site's app, naming the stores",
        &["download the", "download our", "get the", "get our"],
        r"(?i)^(?:get (?:warnings|alerts|updates|notifications|the news)(?: for your (?:area|town|city|region))?\s*:\s*)?(?:download|get) (?:the|our) (?:free )?(?:[^\s.!?]+ ){0,4}app\s*[-–—,]\s*(?:it's |it’s )?(?:free )?(?:on|for|in) (?:ios|iphone|android|the app store|google play)(?: and (?:ios|iphone|android|the app store|google play))?[.!]?$",
    )
    .max_len(140),
    // "Download on the App Store", "Get it on Google Play": the store
    // badges under an app pitch, as scrapers print their alt text. Safe: the
    // line holds only the badges' words.
    RuleDef::phrases(
        "app-store-badge",
        Category::Newsletter,
        Scope::Line,
        "a line holding only app store badges",
        &[
            "download on the app store",
            "get it on google play",
            "available on the app store",
            "available on google play",
            "get it on the app store",
            "download on the app store get it on google play",
            "app store",
            "google play",
            "app store google play",
            "google play app store",
            "app store | google play",
            "app store / google play",
        ],
    ),
    // "Get the latest news and updates", "Get the latest SEO tips in your
    // inbox": a pitch for what the newsletter sends. Safe: the sending
    // words follow within four ("Get the latest version of the app before
    // Friday" is advice).
    RuleDef::pattern(
        "newsletter-latest",
        Category::Newsletter,
        Scope::Prefix,
        "a pitch offering the latest news, tips or updates",
        &["get the latest"],
        r"(?i)^get the latest (?:and |in your inbox|(?:[^\s.,;:!?]+ ){0,3}(?:news|updates|tips|insights|stories|articles|posts|deals|headlines|episodes|research|offers|trends|content|recipes|alerts)(?-u:\b))",
    )
    .max_len(260),
    // A short line that opens like a sign-up pitch. Safe: the length cap keeps
    // a body sentence that happens to say "subscribe to" out, and a line in an
    // article rarely starts with these imperatives. An imperative that opens
    // advice as often ("Don't miss a visit to the crypt", "Never miss a
    // dose", "Become a member of the society and …", "Check your inbox
    // regularly") is listed with the pitch's own next word only.
    RuleDef::phrases(
        "newsletter-pitch",
        Category::Newsletter,
        Scope::Prefix,
        "a short line that opens like a newsletter or subscription pitch",
        &[
            "sign up and get",
            "sign up and receive",
            "sign up and save",
            "sign up and never",
            "sign up now",
            "subscribe now",
            "subscribe today",
            "get our newsletter",
            "get our free",
            "get breaking news",
            "join our mailing list",
            "join our newsletter",
            "join my mailing list",
            "join my newsletter",
            "join my email list",
            "subscribe to my newsletter",
            "sign up for my newsletter",
            "join our email list",
            "join our community",
            "join thousands of readers",
            "join thousands of subscribers",
            "join thousands of other",
            "join thousands of fellow",
            "become an insider",
            "become a member today",
            "become a member and",
            "become a member to",
            "become a subscriber",
            "become a paid subscriber",
            "never miss a story",
            "never miss a post",
            "never miss a thing",
            "never miss an update",
            "never miss an issue",
            "never miss an episode",
            "never miss a recipe",
            "never miss an article",
            "never miss a deal",
            "don't miss a story",
            "don't miss a post",
            "don't miss a thing",
            "don't miss an update",
            "don't miss an issue",
            "don't miss an episode",
            "want more stories like this",
            "want the latest",
            "love what you're reading",
            "enjoyed this article",
            "enjoy this article",
            "enjoyed this story",
            "enjoy this story",
            "enjoyed this post",
            "enjoying this article",
            "enjoying this story",
            "become a subscriber to",
            "like what you read",
            "by submitting this form",
            "by submitting your email",
            "by signing up",
            "by clicking subscribe",
            "by clicking sign up",
            "by subscribing",
            "thanks for signing up",
            "thank you for signing up",
            "thanks for subscribing",
            "thank you for subscribing",
            "you have successfully subscribed",
            "you're subscribed",
            "check your inbox to",
            "check your inbox for",
            "delivered to your inbox",
            "straight to your inbox",
            "unsubscribe at any time",
            "you can unsubscribe",
            "we respect your privacy",
            "we will never share your email",
            "we'll never share your email",
            "your email address will not be shared",
            "your email will not be shared",
            "this site is protected by recaptcha",
            "support independent journalism",
            "support our journalism",
            "support our work",
            "stay up to date with the latest",
            "stay up-to-date with the latest",
            "stay informed with the latest",
            "i agree to the terms",
            "i agree to receive",
            "i have read and agree to the",
            "subscribe via rss",
            "subscribe via email",
            "subscribe by email",
            "subscribe to the rss",
            "sign up to hear about",
            "sign up to hear from",
            "we will only use your email",
            "we'll only use your email",
            "we will use your email address only",
            "support local journalism",
            "support independent local journalism",
            "join our e-news",
            // An alert offer: "Email me when new recalls are published".
            "email me when new",
            "email me when this",
            "notify me when new",
            "sign up for our e-news",
            "sign up to our e-news",
            // The same pitches on Italian, Spanish, French, German and
            // Portuguese sites.
            "iscriviti alla newsletter",
            "iscriviti alla nostra newsletter",
            "suscríbete a nuestro boletín",
            "suscríbete a nuestra newsletter",
            "suscríbete al boletín",
            "abonnez-vous à notre newsletter",
            "abonnez-vous à la newsletter",
            "inscrivez-vous à notre newsletter",
            "inscrivez-vous à la newsletter",
            "abonnieren sie unseren newsletter",
            "melden sie sich für unseren newsletter",
            "newsletter abonnieren",
            "assine nossa newsletter",
            "assine a nossa newsletter",
            "inscreva-se na nossa newsletter",
            "cadastre-se na nossa newsletter",
            // Greek, Hebrew and Indonesian.
            "Εγγραφείτε στο ενημερωτικό",
            "Εγγραφείτε στο newsletter",
            "הירשמו לניוזלטר",
            "הירשמו לעדכונים",
            "ikuti saluran whatsapp",
            "ikuti kami di",
        ],
    )
    .max_len(260),
    // "Privacy notice: Newsletters may contain …", "Privacy statement: we use
    // your email address only to …": the privacy line of a sign-up box, whose
    // first sentence is about the newsletter or the email the form takes.
    // Safe: a line of prose rarely opens with the label and a colon, and
    // the label alone ("Privacy notice: the council kept the records …") is
    // not enough.
    RuleDef::pattern(
        "privacy-notice-email",
        Category::Newsletter,
        Scope::Prefix,
        "a sign-up box's privacy line about its newsletter or the email it takes",
        &["privacy notice", "privacy note", "privacy statement"],
        r"(?i)^privacy (?:notice|note|statement)\s*[:\x{2013}\x{2014}-][^.!?]*(?-u:\b)(?:newsletters?|e-?mails?|e-?mail address(?:es)?|subscri(?:be|bers?|ptions?)|sign(?:ing)?[- ]up|marketing|inbox)(?-u:\b)",
    )
    .max_len(400),
    // "By entering your email address you agree to our Terms of Use …", "By
    // clicking the button below, I acknowledge …": the consent line under a
    // form, however long. Safe: it opens with the form action, the reader
    // agrees to something in the same sentence, and it names terms, a
    // policy, messages or emails ("By clicking the link, you agree that the
    // map is clearer" does not). (Not "within 120 chars", `{0,120}`: the
    // bound made the automaton too large to carry, and each process
    // compiled it.)
    RuleDef::pattern(
        "form-consent",
        Category::Newsletter,
        Scope::Prefix,
        "the consent line under a form",
        &["by clicking", "by submitting", "by signing up", "by subscribing", "by entering", "by providing", "by registering", "by continuing"],
        r"(?i)^by (?:clicking|submitting|signing up|subscribing|entering|providing|registering|continuing)(?-u:\b)[^.!?]*?(?-u:\b)(?:you|i) (?:agree|acknowledge|confirm|consent|accept)(?-u:\b).*(?-u:\b)(?:terms|privacy|policy|messages|emails?|newsletters?)(?-u:\b)",
    )
    .max_len(600),
    // "Sign up to get …", "Subscribe to our …", "Subscribe to Example Daily":
    // the object is the site, its newsletter, or an offer. "Subscribe to the
    // idea that …" is prose and does not match, nor is "Sign up for free
    // swimming lessons …": "free" is the offer only before an account, a
    // trial, updates and the like, or before no more words.
    RuleDef::pattern(
        "newsletter-signup",
        Category::Newsletter,
        Scope::Prefix,
        "a sign-up or subscribe prompt",
        &["sign up", "subscribe", "signup"],
        r"^(?i:sign[ -]?up|subscribe)(?i: now| today| free| here)?(?i: to| for)\s+(?:(?i:(?:a\s+)?free(?:\s+(?:trial|account|newsletters?|updates|access|e-?mail|and)(?-u:\b)|\s*[^\s\p{L}]|\s*$))|(?i:our|my|this|get|receive|updates|email|e-mail|breaking|daily|weekly|news|alerts|newsletters?|unlimited|premium|the (?:\w+ )?(?:newsletter|podcast|channel|feed|digest|briefing|print edition|magazine))(?-u:\b)|\p{Lu})",
    )
    .max_len(260),
    // Form fields of a sign-up box: "Email(Required)", "First Name (required)".
    RuleDef::pattern(
        "form-field",
        Category::Newsletter,
        Scope::Line,
        "a form field label",
        &["required", "optional"],
        r"(?i)^(?:first |last |full |your )?(?:name|e-?mail(?: address)?|phone(?: number)?|company|zip(?: code)?|message)\s*[*:]?\s*\((?:required|optional)\)\s*\*?$",
    )
    .max_len(40),
    // Form fields marked required with a star: "Name*", "Your Email*",
    // "Business Email *", "ZIP code *". Safe: the whole line is a field
    // name, a few qualifiers and the star (a footnote star follows other
    // words: "Prices from $20*").
    RuleDef::pattern(
        "form-field-required",
        Category::Newsletter,
        Scope::Line,
        "a required form field",
        &["*"],
        r"(?i)^(?:(?:your|business|work|first|last|full|and|mobile|contact|company|preferred)\s+)*(?:name|e-?mail(?: address)?|phone(?: number)?|company(?: name)?|organi[sz]ation|job title|zip(?: code)?|postal code|message|website|country|city|state)\s*\*$",
    )
    .max_len(40),
    // The placeholder of an email field: "you@company.com",
    // "name@example.com". Safe: a line holding only an address whose name
    // or domain is a placeholder's, not a real contact address.
    RuleDef::pattern(
        "form-placeholder-email",
        Category::Newsletter,
        Scope::Line,
        "the placeholder address of an email field",
        &["@"],
        r"(?i)^(?:(?:you|your|yourname|your\.name|your-name|name|email|youremail|me|user|username|example|john\.?doe|jane\.?doe)@[\w-]+(?:\.[\w-]+)+|[\w.+-]+@(?:example|company|domain|yourdomain|youremail|yourcompany|email|mail)\.(?:com|org|net))$",
    )
    .max_len(60),
    // What a form builder prints around its fields. Safe: these lines talk
    // to the person filling in the form, about the form.
    RuleDef::phrases(
        "form-label",
        Category::Newsletter,
        Scope::Line,
        "a line of a web form: a field label, a hint or a status message",
        &[
            "this field is for validation purposes and should be left unchanged.",
            "this field is hidden when viewing the form",
            "leave this field blank",
            "enter email address",
            "enter your email address",
            "first name",
            "last name",
            "indicates required",
            "oops! something went wrong while submitting the form.",
            "thank you! your submission has been received!",
            "captcha",
            "invalid email address",
            "please enter a valid email address",
            "enter a valid email address",
            "this field is required",
        ],
    ),
    // "Δ": the marker a common anti-spam form field (comment and signup
    // forms) leaves in the scraped text. Safe: the line holds nothing else;
    // a formula keeps its other symbols ("ΔT = 4 K").
    RuleDef::phrases(
        "form-spam-marker",
        Category::Newsletter,
        Scope::Line,
        "the marker of a form's anti-spam field",
        &["Δ"],
    )
    .max_len(8),
    // "For daily updates, sign up for the Example newsletter.", "Get our
    // morning newsletter": a sign-up imperative naming a newsletter, at the
    // start of the line or of a clause. Safe: "She urged readers to sign up for the newsletter" has
    // "to" before the verb, not a line start or a punctuation mark.
    RuleDef::pattern(
        "newsletter-named",
        Category::Newsletter,
        Scope::Block,
        "a sign-up imperative naming a newsletter",
        &["newsletter"],
        r"(?i)(?:^|[,.:;!?]\s+)(?:(?:sign up|subscribe)(?: now| today| here| free)?(?: for| to) (?:the |our |a |a free |free )?|get (?:our|the) )(?:[^\s.!?]+ ){0,5}(?:e-?mail )?newsletters?(?-u:\b)",
    )
    .max_len(220),
    // "Join 50,000 readers who get our weekly digest", "Join 12k+
    // subscribers", "Join 8,000 gardeners getting my monthly email": a
    // sign-up box's head count. Safe: it opens the line with a hundred or
    // more readers or subscribers, or people getting an email or
    // newsletter ("Join 4,000 professionals for a day of talks" is an
    // event's pitch, and the article's; "Join 4,000 runners getting ready
    // for the race" is news; so is "Join 12 other readers in the book
    // club").
    RuleDef::pattern(
        "newsletter-head-count",
        Category::Newsletter,
        Scope::Prefix,
        "a sign-up pitch counting its readers",
        &["join"],
        r"(?i)^join (?:over |more than |nearly |almost )?(?:[0-9]{1,3}(?:[,.][0-9]{3})+|[0-9]{3,}|[0-9][0-9.]*\s*(?:k|m|million|thousand))\+?\s+(?:other |fellow )?(?:(?:readers|subscribers)(?-u:\b)|\p{L}+(?:\s+\p{L}+)?\s+(?:who (?:get|read|receive)|getting|receiving)\s+(?:[^\s.!?]+\s+){0,4}(?:e-?mails?|newsletters?|inbox|digest)(?-u:\b))",
    )
    .max_len(200),
    // A newsletter's web view keeps the email's own furniture: "Trouble
    // reading this email? Open it in your browser", "Forward this email to
    // a friend", "You are receiving this email because …". Safe: the line
    // opens with it, and it speaks of this email.
    RuleDef::phrases(
        "email-chrome",
        Category::Newsletter,
        Scope::Prefix,
        "a newsletter email's furniture in its web view",
        &[
            "trouble reading this email",
            "having trouble viewing this email",
            "view this email in your browser",
            "view this email in a browser",
            "forward this email to a friend",
            "was this forwarded to you",
            "was this email forwarded to you",
            "you are receiving this email because",
            "you're receiving this email because",
            "you're receiving this because you",
            "you are receiving this because you",
            "you received this because you",
            "forwarded this?",
            "you received this email because",
            "update your preferences or unsubscribe",
            "unsubscribe from this list",
        ],
    )
    .max_len(300),
    // "Subscribe for $1 a week", "Try 1 month for $1": a subscription offer
    // as a button or a line of its own. Safe: the whole line is the verb,
    // a few words and a price, with at most a period after it.
    RuleDef::pattern(
        "subscription-offer",
        Category::Newsletter,
        Scope::Line,
        "a subscription offer with its price",
        &[" for $", " for £", " for €", " for just ", " for only "],
        r"(?i)^(?:subscribe|try|join|start|get)(?-u:\b)[^.!?$€£]{0,30}? for (?:just |only )?[$€£]\s?[0-9][0-9.,]*(?:\s*(?:a|per|/)\s*(?:week|month|year|wk|mo|yr))?[.!]?$",
    )
    .max_len(80),
    // "Subscribe — $1 for 12 weeks", "Subscription: £5 a month", "Subscribe
    // now | $4.99/month", "Subscribe — HK$1 for the first month", "Subscribe
    // – 99¢ for 3 months": a subscription button whose price follows the
    // verb. Safe: the line is only the word, a separator, a price and its
    // term ("Subscriptions rose to $4 a month for most readers" is news and
    // no whole line of this shape).
    RuleDef::pattern(
        "subscription-price",
        Category::Newsletter,
        Scope::Prefix,
        "a subscription button with its price and term",
        &["subscribe", "subscription"],
        r"(?i)^subscri(?:be|ption)(?: now| today| here)?\s*[-—–:|·•]?\s*(?:(?:just|only|from)\s+)?(?:(?:[A-Z]{1,2}\$|[$€£₹])\s?[0-9][0-9.,]*|[0-9]{1,2}\s?¢)\s*(?:for\s+(?:the\s+first\s+(?:[0-9]{1,3}\s+)?(?:weeks?|months?|years?)|(?:[0-9]{1,3}|one|two|three|six|twelve)\s+(?:weeks?|months?|years?))|(?:a|per|/)\s*(?:week|month|year|wk|mo|yr))[.!]?$",
    )
    .max_len(80),
    // A paywall's notice: metered articles, subscriber-only access. Safe:
    // each phrase speaks of the reader's access to this page ("This article
    // is for subscribers only"; "The match will be shown on a channel for
    // subscribers only" is news).
    RuleDef::phrases(
        "paywall-notice",
        Category::Newsletter,
        Scope::Block,
        "a paywall or metered-access notice",
        &[
            "free articles this month",
            "free articles remaining",
            "free articles left",
            "limit of free articles",
            "free article limit",
            "reached your limit of free",
            "is for subscribers only",
            "are for subscribers only",
            "article is only available to subscribers",
            "story is only available to subscribers",
            "content is only available to subscribers",
            "article is available to subscribers only",
            "content is available to subscribers only",
            "article is exclusive to subscribers",
            "story is exclusive to subscribers",
            "content is exclusive to subscribers",
            "get unlimited digital access",
            "unlock this article and",
            "unlock this story and",
            "subscribe to unlock this article",
            "subscribe to unlock this story",
            "for unlimited digital access",
            "log in to continue reading",
            "sign in to continue reading",
            "subscribe to continue reading",
            "subscribe to keep reading",
            "log in to keep reading",
            "sign in to keep reading",
            "register to continue reading",
            "already a subscriber? log in",
            "already a subscriber? sign in",
            "already have an account? sign in",
            "already have an account? log in",
            "log in to read the full article",
            "sign in to read the full article",
            "log in to read the full story",
            "sign in to read the full story",
            "subscribe to read the full article",
            "subscribe to read the full story",
        ],
    )
    .max_len(240),
    // "Support the show on Patreon from £3 a month …", "Donate today: £10
    // buys …", "We rely on readers like you. Donate today.": a site's ask
    // for money. Safe: the ask opens the line, or ends it as a sentence
    // of its own; "The charity asked people to donate today rather than
    // at Christmas" is news.
    RuleDef::pattern(
        "support-ask",
        Category::Newsletter,
        Scope::Block,
        "a site's ask for donations or patrons",
        &["patreon", "ko-fi", "donate today", "donate now", "chip in"],
        concat!(
            r"(?i)^support (?:us|me|the show|the podcast|our work|my work|this blog|the blog|this site) on (?:patreon|ko-fi)(?-u:\b)",
            // "Help us keep this archive free. Chip in from $5": the ask
            // closing the line, with at most an amount after it.
            r"|(?:^|[.!?]\s+)chip in(?: (?:from|with|today|now)(?-u:\b)[^.!?]*)?[.!]?$",
            r"|^(?:please )?donate (?:today|now)\s*[:–—-]",
            r"|(?:^|[.!?]\s+)(?:please )?donate (?:today|now)\s*[.!]?$"
        ),
    )
    .max_len(250),
    // "Get our research news by email", "Get the Coast briefing by email
    // every weekday at 5pm", "Get Ann's environment newsletter every
    // Tuesday", "The Gazette's morning headlines, free by email", "Case
    // alerts: new judgments by email": an offer of the site's own mailing,
    // with how or when it comes. Safe: the whole line is the offer: "get"
    // and a determiner or a possessive open it (advice such as "Get flood
    // alerts by text from the council" names no mailing of the site's), or
    // a mailing's name and a colon or "free" do, and nothing but a time
    // follows the delivery ("Get the council's alerts by text, residents
    // were told." goes on).
    RuleDef::pattern(
        "newsletter-delivery",
        Category::Newsletter,
        Scope::Line,
        "offers the site's newsletter or alerts by email or on a schedule",
        &["by email", "by e-mail", "by text", "by sms", "via email", "via e-mail", "newsletter every", "briefing every", "digest every", "bulletin every", "alerts every"],
        concat!(
            r"(?i)^(?:(?:get|receive)\s+(?:our|the|my|(?-i:\p{Lu})\S*['’]s?)\s+(?:[^\s.!?,;:]+\s+)*?",
            mailing_word!(),
            r"\s+(?:(?:free\s+)?(?:by|via)\s+(?:e-?mail|text(?:\s+message)?|sms)",
            r"|every\s+(?:day|morning|evening|week|weekday|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
            r"|[^.!?:,;]+\s+",
            mailing_word!(),
            r"(?:,\s*free\s+(?:by|via)\s+e-?mail|:\s+[^.!?]*\s+(?:by|via)\s+e-?mail))",
            r"(?:\s+(?:every|each)\s+[^\s,.!?]+(?:\s+at\s+[0-9][0-9.:]*\s*(?:[ap]\.?m\.?)?)?)?[.!]?$"
        ),
    )
    .max_len(140),
    // "Get police appeals for your postcode by email", "Follow the blog by
    // email and never miss a post", "Get the bulletin by email every
    // second Thursday: enter your email address": an offer of the site's
    // mailing that names no newsletter. Safe: the whole line, opening with
    // the verb and closing on "by email" with at most when it comes, a
    // promise or a call to enter the address ("Get your ballot by email,
    // officials said" goes on past the delivery).
    RuleDef::pattern(
        "newsletter-by-email",
        Category::Newsletter,
        Scope::Line,
        "offers the site's posts or alerts by email",
        &["by email", "by e-mail"],
        concat!(
            r"(?i)^(?:get|receive|follow)\s[^.!?]*\sby\s+e-?mail",
            r"(?:,?\s+(?:every|each|once|twice)\s[^.!?]*",
            r"|:\s*enter your e-?mail[^.!?]*",
            r"|\s+and never miss[^.!?]*",
            r"|\s+[—–-]\s+it['’]s free",
            // "… by email. We'll send one message whenever she publishes."
            r"|\.\s+we['’]ll (?:send|email)(?: you)? (?:one|an?|a single)? ?(?:message|e-?mail|note)[^.!?]*)?[.!]?$"
        ),
    )
    .max_len(140),
    // "Turn on weather alerts for your area", "Turn on notifications for
    // this story": a prompt to the site's push alerts. Safe: the whole
    // line, opening with the call, the alerts within two words, and no
    // sentence end (a how-to's step "Turn on notifications in Settings."
    // ends with a full stop).
    RuleDef::pattern(
        "alerts-prompt",
        Category::Newsletter,
        Scope::Line,
        "asks the reader to turn on the site's alerts",
        &["turn on", "alerts by text", "alerts by sms", "alerts:"],
        concat!(
            r"(?i)^turn on (?:[\p{L}-]+\s+)?(?:[\p{L}-]+\s+)?(?:alerts|notifications)(?-u:\b)[^.!?:;]*$",
            // "Flood alerts by text: send RIVER to 80511.", "Rental
            // alerts: be the first to hear about flats like this one".
            r"|(?i)^(?:[\p{L}-]+\s+)?alerts by (?:text|sms)\s*:\s*(?:text|send)\s.*$",
            r"|(?i)^(?:[\p{L}-]+\s+)?alerts\s*:\s*be (?:the )?first to (?:hear|know)(?-u:\b)[^.!?]*$"
        ),
    )
    .max_len(160),
    // Pitches that name the inbox or the newsletter anywhere in a short line.
    RuleDef::phrases(
        "newsletter-inbox",
        Category::Newsletter,
        Scope::Block,
        "a short line that offers delivery to the reader's inbox",
        &[
            "delivered to your inbox",
            "straight to your inbox",
            "directly to your inbox",
            // A blog's follow-by-email box.
            "receive notifications of new posts",
            "in your inbox",
            "to your inbox",
            "sign up for our newsletter",
            "sign up for our free newsletter",
            "subscribe to our newsletter",
            "sign up to our newsletter",
            "our daily newsletter",
            "our weekly newsletter",
            "our free newsletter",
            "breaking news alerts",
            "breaking alerts",
            "unsubscribe at any time",
            "privacy policy and terms of service apply",
            // A newsletter platform's prompt under each post.
            "subscribe for free to receive new posts",
            // The site's own list, anywhere in the line ("Want more?
            // Subscribe to our weekly digest.").
            "subscribe to our",
            "sign up to our",
            "get our newsletter",
            "join our mailing list",
            "join our newsletter",
            // A paywall's meter and its offer.
            "free stories this month",
            "free articles this month",
            "free articles remaining",
            "subscribe to read the full",
            "subscribe to continue reading",
            // A site's app and messaging channels.
            "follow our channel",
            // A newsletter platform's line under each post.
            "to receive new posts and support my work",
            "to receive new posts and support our work",
            "we care about the protection of your data",
            "we care about your privacy",
            "we'll never share your details",
            "we will never share your details",
            "we won't share your details",
            // A Japanese site's newsletter and mail-magazine sign-ups.
            "ニュースレターに登録",
            "ニュースレターを購読",
            "メルマガ登録",
            "メールマガジンに登録",
        ],
    )
    .max_len(220),
    // A sign-up box's promise that ends it: "New reviews, bottle releases and
    // distillery news, once a month. No spam." Safe: the line ends with it.
    RuleDef::pattern(
        "newsletter-no-spam",
        Category::Newsletter,
        Scope::Suffix,
        "a sign-up box's promise of no spam",
        &["spam"],
        r"(?:^|[.!,]\s+)(?i:no spam(?:,?\s+ever)?|never any spam|we (?:hate|don't send|do not send) spam(?: either)?)[.!]?$",
    )
    .max_len(250),
    // "Unsubscribe · Update your preferences · Past issues": the links at
    // the foot of a newsletter email's web view. Safe: the line opens with
    // "Unsubscribe" and a preferences link, then short links only.
    RuleDef::pattern(
        "email-footer-links",
        Category::Newsletter,
        Scope::Line,
        "a newsletter email's unsubscribe and preference links",
        &["unsubscribe"],
        r"(?i)^unsubscribe\s*[·|•]\s*(?:update|manage|change|edit) (?:your )?(?:preferences|subscriptions?|email settings|settings)(?:\s*[·|•]\s*[^·|•.!?]{1,30})*$",
    )
    .max_len(160),
    // "Log in to save this interview to your library", "Sign in to
    // bookmark this": an account prompt beside the article. Safe: the
    // whole line is the prompt, about this page.
    RuleDef::pattern(
        "account-save-prompt",
        Category::Newsletter,
        Scope::Line,
        "asks the reader to log in to save or follow the page",
        &["log in to", "sign in to", "login to"],
        r"(?i)^(?:log ?in|sign in) to (?:save|bookmark|follow) (?:this|it)(?-u:\b)[^.!?]*[.!]?$",
    )
    .max_len(120),
];
