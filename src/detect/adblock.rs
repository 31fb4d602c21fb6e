//! Requests to turn off an ad blocker.
//!
//! Safe because the phrases name the reader's ad blocker in the imperative or
//! as a detection notice; an article about ad blockers says "ad blockers" in
//! long sentences, which the length cap keeps out.

use super::RuleDef;
use crate::{Category, Scope};

pub(crate) const RULES: &[RuleDef] = &[RuleDef::phrases(
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
    ],
)
.max_len(250)];
