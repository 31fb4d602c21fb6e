//! Cookie, JavaScript and browser notices.

use super::RuleDef;
use crate::{Category, Scope};

/// The words of a site's account links (see `account-links`).
macro_rules! account_words {
    () => {
        r"(?:log ?in|sign ?in|sign ?up|log ?out|sign ?out|register|my account|create (?:a free |an |your (?:free )?)?account|subscribe|iniciar sesión|suscr[ií]bete|reg[ií]strate|se connecter|s['’]abonner|connexion|s['’]inscrire|anmelden|abmelden|registrieren|abonnieren|entrar|assine|accedi|abbonati|start (?:your |a )?free trial|kirjaudu(?: sisään)?|tilaa|logga in|log ind|přihlásit(?: se)?|zaloguj(?: się)?|giriş yap|masuk|daftar)"
    };
}

/// What a browser notice asks for, in words that advice about browsers
/// uses too (see `browser-notice-reader`).
macro_rules! browser_words {
    () => {
        r"(?:enable javascript|requires javascript|turn on javascript|update your browser|upgrade your browser|outdated browser)"
    };
}

pub(crate) const RULES: &[RuleDef] = &[
    // Safe: these phrases speak as the site to the reader ("we", "our",
    // "this site", "you agree"); capped at 400 bytes. News about cookies
    // says "its use of cookies" and "users accept all cookies".
    RuleDef::phrases(
        "cookie-notice",
        Category::Notice,
        Scope::Block,
        "a cookie or consent notice",
        &[
            "we use cookies",
            // The consent framework's stock sentence.
            "store and/or access information on a device",
            "store and access information on your device",
            "and our partners store",
            "this site uses cookies",
            "this website uses cookies",
            "ez a weboldal sütiket használ",
            "האתר משתמש בעוגיות",
            "our site uses cookies",
            "our website uses cookies",
            "our use of cookies",
            "consent to the use of cookies",
            "agree to the use of cookies",
            "by continuing to use this site",
            "by continuing to browse",
            "by using this site, you agree",
            "by using this website, you agree",
            // A banner that names the kind of cookies it uses.
            "we use essential cookies",
            "we use necessary cookies",
            "we use strictly necessary cookies",
            "we use analytics cookies",
            "we use some cookies",
            "we use a few cookies",
            "set optional cookies",
            "set analytics cookies",
            "this site uses essential cookies",
            "this site uses only essential cookies",
            "this site only uses essential cookies",
            "this website uses essential cookies",
            "this website uses only essential cookies",
            "this website only uses essential cookies",
            "this site uses necessary cookies",
            "this website uses necessary cookies",
            "our site uses essential cookies",
            "our website uses essential cookies",
        ],
    )
    .max_len(400),
    // An age gate's line on a drinks site: "This site is intended for those
    // of legal drinking age. Please enjoy responsibly." Safe: the line opens
    // with it (a story about drinking laws says "of legal drinking age"
    // inside a sentence).
    RuleDef::phrases(
        "age-notice",
        Category::Notice,
        Scope::Prefix,
        "an age gate's notice",
        &[
            "this site is intended for",
            "this website is intended for",
            "you must be of legal drinking age",
            "you must be of legal age",
            "please enjoy responsibly",
            "please drink responsibly",
            "enjoy responsibly",
            "drink responsibly",
        ],
    )
    .max_len(300),
    // "18+ only. Gambling can be addictive: play responsibly.", "T&Cs apply.
    // Please gamble responsibly.": the notice under a betting ad or odds box.
    // Safe: the phrases speak to the reader as the notice does, in a short
    // block (a story about betting rules reports them, and reported speech
    // is spared).
    RuleDef::phrases(
        "gambling-notice",
        Category::Notice,
        Scope::Block,
        "a responsible-gambling notice",
        &[
            "gamble responsibly",
            "bet responsibly",
            "please play responsibly",
            "gambling can be addictive",
            "gambling can be harmful",
            "when the fun stops, stop",
            "18+ only. t&cs apply",
            "18+. t&cs apply",
            "18+ t&cs apply",
        ],
    )
    .max_len(250),
    // A cookie banner's buttons ("Accept all cookies", "Cookie settings"),
    // alone or in a row. Safe: a short line that opens with the button ("To
    // manage cookies in Chrome, open Settings, …" runs longer).
    RuleDef::phrases(
        "cookie-button",
        Category::Notice,
        Scope::Prefix,
        "a cookie banner's button",
        &[
            "accept cookies",
            "accept all cookies",
            "reject all cookies",
            "cookie settings",
            "cookie preferences",
            "manage cookies",
            "manage cookie settings",
            "manage cookie preferences",
            "customize cookies",
            "customise cookies",
            "save preferences",
            "save my preferences",
            "save cookie preferences",
            "strictly necessary cookies",
            // The same buttons on Spanish, French and German sites.
            "guardar preferencias",
            "configurar cookies",
            "enregistrer mes choix",
            "paramétrer les cookies",
            "einstellungen speichern",
            "cookie-einstellungen",
        ],
    )
    .max_len(60),
    // The notice's own words: no article about browsers says them.
    RuleDef::phrases(
        "browser-notice",
        Category::Notice,
        Scope::Block,
        "a JavaScript or browser notice",
        &[
            "javascript is disabled",
            "javascript is required",
            "javascript must be enabled",
            "your browser does not support",
            "your browser doesn't support",
            "browser is not supported",
            "to view this video please enable",
            "please enable cookies",
            "verify you are human",
            // Blocked embeds and players that did not load.
            "this content is blocked",
            "allow cookies to view",
            "video player failed to load",
        ],
    )
    .max_len(300),
    // Words that advice about browsers uses too ("Experts say you should
    // update your browser …", "The portal requires JavaScript, which …"):
    // a notice when the line speaks to the reader ("Please …", "You are
    // using an outdated browser") or of this page ("This slideshow requires
    // JavaScript", "… for the best experience on this site").
    RuleDef::pattern(
        "browser-notice-reader",
        Category::Notice,
        Scope::Block,
        "a JavaScript or browser notice that speaks to the reader",
        &["javascript", "browser"],
        concat!(
            r"(?i)^\W*(?:please|kindly|you|your|to (?:view|use|continue|access|see|watch))(?-u:\b).*",
            browser_words!(),
            r"|",
            browser_words!(),
            r".*(?-u:\b)(?:this (?:site|website|page|form|content|video|slideshow|feature|app)|our (?:site|website)|(?:best|better) experience)(?-u:\b)",
            r"|(?-u:\b)this (?:site|website|page|form|content|video|slideshow|feature|app)(?-u:\b).*",
            browser_words!()
        ),
    )
    .max_len(300),
    // A captcha's question, alone on its line.
    RuleDef::phrases(
        "captcha-question",
        Category::Notice,
        Scope::Line,
        "a line holding only a captcha's question",
        &["are you a robot?", "are you a robot", "are you human?", "i'm not a robot", "i am not a robot"],
    ),
    // Template filler left on the page. Safe: no article is written in it.
    RuleDef::phrases(
        "placeholder-text",
        Category::Notice,
        Scope::Block,
        "template placeholder text",
        &["lorem ipsum", "this is some text inside of a div block"],
    ),
    RuleDef::phrases(
        "consent-button",
        Category::Notice,
        Scope::Line,
        "a consent or account button",
        &[
            "accept all",
            // The same buttons on Spanish, French and German sites.
            "aceptar todo",
            "rechazar todo",
            "aceptar todas",
            "rechazar todas",
            "tout accepter",
            "tout refuser",
            "alle akzeptieren",
            "alle ablehnen",
            "reject all",
            "we value your privacy",
            "i agree",
            "got it",
            "ok, got it",
            "manage preferences",
            "manage settings",
            "privacy policy",
            "terms of service",
            "terms of use",
            "terms and conditions",
            "terms & conditions",
            "loading",
            "loading...",
            "like loading...",
            "cookie policy",
            "do not sell my personal information",
            "do not sell or share my personal information",
            "your privacy choices",
            "sign in",
            "log in",
            "login",
            "log out",
            "register",
            // "Log in" on Finnish, Vietnamese, Russian, Korean, Hebrew,
            // Hindi and Japanese sites (as printed).
            "kirjaudu",
            "đăng nhập",
            "Войти",
            "로그인",
            "התחברות",
            "लॉग इन करें",
            "ログイン",
            "تسجيل الدخول",
            "เข้าสู่ระบบ",
            "ورود به حساب",
            // ... and on Estonian, Lithuanian, Latvian, South Slavic,
            // Icelandic, Slovak, Catalan, Bulgarian, Bengali, Tamil, Urdu,
            // Malay, Swahili, Azerbaijani, Uzbek, Albanian, Welsh and
            // Basque sites.
            "logi sisse",
            "prisijungti",
            "pieslēgties",
            "prijava",
            "prijavite se",
            "prijavi se",
            "innskráning",
            "skrá inn",
            "prihlásiť sa",
            "prihlásenie",
            "inicia la sessió",
            "iniciar sessió",
            "пријава",
            "пријави се",
            "вход",
            "লগইন",
            "உள்நுழைக",
            "உள்நுழைய",
            "لاگ ان",
            "log masuk",
            "ingia",
            "daxil ol",
            "kirish",
            "hyr",
            "mewngofnodi",
            "saioa hasi",
            "create an account",
            "create a free account",
            "my account",
            "dismiss",
            "ログイン",
            "ログアウト",
            "会員登録",
            "無料会員登録",
            "新規会員登録",
        ],
    ),
    // "Log in | Register", "Sign in or register", "My account · Log out",
    // "Iniciar sesión   Suscríbete", "Se connecter   S'abonner", "Sign in ·
    // Start free trial", "Kirjaudu · Tilaa":
    // a site header's account links on one line. Safe: the whole line is
    // two to four account words joined by a bar, slash, dot, "or", "and",
    // "&" or spaces; a sentence about registering has more words than these.
    RuleDef::pattern(
        "account-links",
        Category::Notice,
        Scope::Line,
        "a line of account links (log in, register, log out)",
        &["log in", "login", "sign in", "signin", "sign up", "signup", "log out", "logout", "sign out", "register", "my account", "iniciar sesión", "se connecter", "connexion", "anmelden", "entrar", "accedi", "free trial", "kirjaudu", "logga in", "log ind", "přihlásit", "zaloguj", "giriş yap", "masuk"],
        concat!(
            r"(?i)^",
            account_words!(),
            r"(?:(?:\s*(?:[|/·•]|or|and|&)\s*|\s+)",
            account_words!(),
            r"){1,3}$"
        ),
    )
    .max_len(60),
    // "Loading prices for your region...", "Loading specifications…": the
    // placeholder a script replaces with a widget. Safe: the line opens with
    // "Loading" and ends with an ellipsis, and is short.
    RuleDef::pattern(
        "loading-placeholder",
        Category::Notice,
        Scope::Line,
        "a placeholder shown while a widget loads",
        &["loading"],
        r"(?i)^loading(?-u:\b)[^.!?…]{0,40}(?:\.\.\.|…)$",
    )
    .max_len(60),
];
