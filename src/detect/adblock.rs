//! Requests to turn off an ad blocker.
//!
//! Safe because the phrases name the reader's ad blocker in the imperative or
//! as a detection notice; an article about ad blockers says "ad blockers" in
//! long sentences, which the length cap keeps out.

use super::RuleDef;
use crate::{Category, Scope};

pub(crate) const RULES: &[RuleDef] = &[
    RuleDef::phrases(
        "adblock-request",
        Category::Adblock,
        Scope::Block,
        "asks the reader to disable an ad blocker",
        &[
            "disable your ad blocker",
            "disable your adblocker",
            "disable your ad-blocker",
            "disable ad blocker",
            "turn off your ad blocker",
            "turn off your adblocker",
            "pause your ad blocker",
            "whitelist our site",
            "whitelist our website",
            "whitelist this site",
            "ad blocker detected",
            "adblock detected",
            "adblocker detected",
            "you are using an ad blocker",
            "you're using an ad blocker",
            "you are using an adblocker",
            "we noticed you're using an ad blocker",
            "support us by disabling",
            "allow ads on our site",
            "disabling your ad blocker",
            "disabling your adblocker",
            "disabling your ad-blocker",
            "disable adblock",
            "disable your adblock",
            "turn off adblock",
            "turn off your ad-blocker",
            "switch off your ad blocker",
            "deactivate your ad blocker",
            "pause adblock",
            // The reader's side of the notice: its buttons and help links.
            "disabled my ad blocker",
            "disabled my adblocker",
            "disable my ad blocker",
            "disable my adblocker",
            // Asking to be let through the blocker's list.
            "whitelist us",
            "whitelisting us",
            "whitelisting our site",
            "whitelisting our website",
            "whitelisting this site",
            "add us to your whitelist",
            "add our site to your whitelist",
            "add us to your allowlist",
            "ad blocker enabled",
            "adblock enabled",
            "adblocker enabled",
            "ad-blocker detected",
            "ad block detected",
            "ad blocker is enabled",
            "adblocker is enabled",
            "using an ad-blocker",
            "you're using an adblocker",
            "you are using an ad-blocker",
            "ad blocker's whitelist",
            "adblocker's whitelist",
            "using ad blocking software",
            "using ad-blocking software",
            "using an ad-blocking extension",
            "using an ad blocking extension",
            "appear to be using an ad blocker",
            "appear to be using an adblocker",
            // The stock notice of a common ad-block detector plugin.
            "displaying online advertisements to our visitors",
            // The notice naming what the blocker does to this page, or the
            // reader's "blocker" for short.
            "ad blocker is keeping ads",
            "ad blocker is preventing",
            "adblocker is preventing",
            "ad blocker is blocking",
            "you're blocking ads",
            "you are blocking ads",
            "switch off your blocker",
            "turn off your blocker",
            "disable your blocker",
            "pause your blocker",
            // The same notice on French, Spanish, German, Portuguese and
            // Italian sites.
            "vous utilisez un bloqueur de publicité",
            "vous utilisez un bloqueur de publicités",
            "désactivez votre bloqueur",
            "désactiver votre bloqueur",
            "estás usando un bloqueador de anuncios",
            "usas un bloqueador de anuncios",
            "desactiva tu bloqueador",
            "desactivar tu bloqueador",
            "sie verwenden einen werbeblocker",
            "sie nutzen einen werbeblocker",
            "sie verwenden einen adblocker",
            "deaktivieren sie ihren werbeblocker",
            "deaktivieren sie ihren adblocker",
            "você está usando um bloqueador de anúncios",
            "desative seu bloqueador",
            "desative o seu bloqueador",
            "stai usando un ad blocker",
            "stai utilizzando un ad blocker",
            "stai usando un adblock",
            "disattiva il tuo ad blocker",
            "disattiva l'adblock",
        ],
    )
    .max_len(250),
    // The wall's button for readers who keep their blocker on. Safe: a line
    // holding only the button ("The club cannot continue without supporting
    // its youth teams" says more).
    RuleDef::phrases(
        "adblock-button",
        Category::Adblock,
        Scope::Line,
        "the button of an ad-block wall that lets the reader through",
        &[
            "continue without supporting",
            "continue without supporting us",
        ],
    ),
];
