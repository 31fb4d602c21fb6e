//! Share, follow, print, email, save and font-size widgets.

use super::{Role, RuleDef};
use crate::{Category, Scope};

/// Networks and actions a share bar names, for the inline widget pattern.
macro_rules! networks {
    () => {
        "(?:twitter|x|facebook|linkedin|whatsapp|reddit|pinterest|telegram|email|e-mail|flipboard|tumblr|threads|bluesky|mastodon|messenger|pocket|mix|hacker news)"
    };
}

/// The networks of a share bar headed by a label in another language (see
/// `share-bar-labelled`).
macro_rules! labelled_bar_network {
    () => {
        concat!(
            r"(?:",
            networks!(),
            r"|viber|instagram|vk|line|kakaotalk|wechat|weibo|signal)(?-u:\b)"
        )
    };
}

/// A share button that prints as a verb with its object: "Share it",
/// "WhatsApp it", "Send on WhatsApp", "Post to Facebook", "Email this
/// story" (see `share-bar`).
macro_rules! bar_verb_item {
    () => {
        concat!(
            r"(?:(?:share|post|send|pin|tweet|whatsapp|email|e-mail) it|(?:share|post|send|pin) (?:on|to|via) ",
            networks!(),
            r"|e-?mail this (?:article|story|post|page|quiz|recipe)",
            r"|send this (?:article|story|post|page)|(?:send|share) by e-?mail|send to a (?:friend|colleague)",
            r"|(?:track|follow) this (?:story|topic|tender|case|listing|thread|project|company))"
        )
    };
}

/// A share bar's button that names what it does to the article in words:
/// "Save for later", "Gift this article", "Comments (48)", "Listen to this
/// article (7:12)", and the buttons of sites in other languages written in
/// Latin letters ("Salva", "Sdílet na X", "Kopioi linkki"). Words of other
/// scripts stay out of the patterns: a block holding a char a pattern names
/// has no stand-in and is searched on the full tier (`stand_in`), so such
/// labels are phrases of whole lines instead (see `share-bar`).
macro_rules! bar_word_item {
    () => {
        concat!(
            r"(?:save for later|save (?:article|story)|save to (?:folder|list|my list|reading list|favou?rites)|gift this (?:article|story)|email to a friend|print this (?:article|page|story)|pin it|cite|comments?\s*\([0-9][0-9,.]*k?\)|listen to this (?:article|story)(?:\s*\([0-9]{1,2}:[0-9]{2}\))?|listen",
            r"|condividi|compartir|partager|teilen|compartilhar|compartilhe|udostępnij|paylaş|salva|stampa|bagikan(?: artikel ini)?|salin tautan|sdílet na \p{L}+|poslat e-?mailem|uložit na později|jaa(?: \p{L}+)?|kopioi linkki|tulosta|tallenna|kopiér link|skriv ut|spara)"
        )
    };
}

/// An item of a share row: a verb of sharing, printing, saving or sending
/// with up to five words it acts on ("Share today's column", "Email this
/// list to a neighbour", "Save as PDF"), a network's name, or an "Add to"
/// button (see `share-row`).
macro_rules! share_row_item {
    () => {
        concat!(
            r"(?:[★☆🔗✉🖨]\s*)?(?:(?:share|print|email|e-mail|save|send|copy|forward|download|set a reminder|add to|listen|megosztás|nyomtatás|küldés|del|gem|udskriv|kongsi|shiriki)(?:\s+[\p{L}'’-]+){0,5}|",
            networks!(),
            r")(?:\s*[↗→])?"
        )
    };
}

/// The icons printed before the buttons and counts of an action row.
macro_rules! action_icon {
    () => {
        r"[☆★♡♥👍👎↗⤓＋+✓✔🔗✉↩⑂💬❤🔖⭐▲▼▶]"
    };
}

/// A button of a post's or a listing's action row, with its icon (see
/// `action-row`).
macro_rules! action_button {
    () => {
        concat!(
            r"(?:",
            action_icon!(),
            r"\s*)?(?:like|quote|reply|report|permalink|upvote|downvote|give award|award|reblog|restack|comment|embed|share|save|download|watch|star|fork|follow|contact seller|message seller|apply now|save job|book tickets|watch trailer|copy link(?: to \p{L}+)?|add to wishlist|install|install on more devices|play|show notes|transcript|[0-9][0-9.,]*\s*[km]?\s*(?:comments|replies|notes)|⋯|…|▼|▲)"
        )
    };
}

/// A count in an action row, or a button: "👍 27", "6.1K", "Quote".
macro_rules! action_item {
    () => {
        concat!(
            r"(?:(?:",
            action_icon!(),
            r"\s*)?[0-9][0-9.,]*\s*[km]?|",
            action_button!(),
            r")"
        )
    };
}

/// A control of a page's accessibility widget (see `accessibility-widget`).
macro_rules! a11y_control {
    () => {
        r"(?:text size|font size|contrast|high contrast|colou?r contrast|dyslexia[- ]friendly font|dyslexic font|readable font|reset|read aloud|line spacing)"
    };
}

/// A setting of an accessibility control: "A+", "On / Off", "−".
macro_rules! a11y_setting {
    () => {
        r"(?:a\+*|a-|a−|\+|-|−|on|off)"
    };
}

/// A citation tool's button (see `citation-tools`).
macro_rules! citation_tool {
    () => {
        r"(?:bookmark this (?:article|paper|preprint|page)|export (?:bibtex |ris |endnote )?citations?|download citations?|(?:bibliographic and )?citation tools|check for updates|about this article|add to (?:mendeley|zotero|citeulike))"
    };
}

/// The apps a podcast page links to, for the `podcast-app-link` rule.
macro_rules! podcast_apps {
    () => {
        "(?:apple podcasts|google podcasts|spotify|pocket casts|overcast|castbox|stitcher|iheartradio|iheart|tunein|amazon music|audible|youtube music|youtube|deezer|podcast addict|player fm|rss|your (?:favou?rite )?podcast (?:app|player))"
    };
}

pub(crate) const RULES: &[RuleDef] = &[
    // A line that is only a social network's name: a share or follow button,
    // or, above a paragraph about that network, a heading ("4. TikTok"). The
    // context stage keeps it when both its neighbours are kept and the next
    // one is prose (`Role::Label`).
    RuleDef::phrases(
        "share-network",
        Category::Share,
        Scope::Line,
        "a line holding only a social network's name",
        &[
            "facebook",
            "twitter",
            "x (twitter)",
            "linkedin",
            "pinterest",
            "whatsapp",
            "reddit",
            "telegram",
            "flipboard",
            "tumblr",
            "bluesky",
            "threads",
            "mastodon",
            "instagram",
            "youtube",
            "tiktok",
            "messenger",
            "sms",
            "pocket",
        ],
    )
    .role(Role::Label),
    // A line that is only a widget label. Safe: a real sentence is never just
    // one of these words (decoration such as counts and colons is allowed).
    RuleDef::phrases(
        "share-label",
        Category::Share,
        Scope::Line,
        "a line holding only a share, print or save widget label",
        &[
            "share",
            "shares",
            "share this",
            "spread the word",
            "megosztás",
            "Κοινοποίηση",
            "share it",
            "share this article",
            "share this story",
            "share this post",
            "share this page",
            "share article",
            "share story",
            "share post",
            "share on facebook",
            "share on twitter",
            "share on x",
            "share on linkedin",
            "share on whatsapp",
            "share on reddit",
            "share on pinterest",
            "share via email",
            "share via",
            "share on",
            "share to",
            "share by email",
            "tweet",
            "tweet this",
            "email",
            "e-mail",
            "email this",
            "email this article",
            "email article",
            "print",
            "print this",
            "print this article",
            "print this page",
            "print article",
            "printable version",
            "print version",
            "printer-friendly version",
            "printer friendly version",
            "print-friendly version",
            "print friendly version",
            "copy link",
            "copy to clipboard",
            "copy url",
            "copy article link",
            "link copied",
            "copied",
            "send this to a friend",
            "send to a friend",
            "font size",
            "text size",
            "a a a",
            "a+ a-",
            "save",
            "saved",
            "save article",
            "save story",
            "save for later",
            "bookmark",
            "gift article",
            "gift this article",
            "report this article",
            "report this post",
            "report this comment",
            "report a problem with this page",
            "report an error on this page",
            "listen to this article",
            "listen to article",
            "listen to the article",
            "listen to this story",
            "listen to story",
            "pin it",
            "post to x",
            "share full article",
            "email a friend",
            "email to a friend",
            "send to friend",
            "listen",
            "follow",
            "follow us",
            "follow us on",
            "follow us on social media",
            "like this",
            "like this:",
            "like",
            "click to share",
            "opens in new window",
            "opens new window",
            "(opens new window)",
            "(opens in new window)",
            "share this article via email",
            "share this article via facebook",
            "share this article via twitter",
            "facebook twitter",
            "facebook twitter linkedin",
            "facebook twitter email",
            "facebook twitter pinterest",
            "twitter facebook",
            "embed",
            "link copied to clipboard!",
            "like loading…",
            "like loading...",
            "open in a new tab",
            "read later",
            "copied to clipboard",
            "link copied to clipboard",
            "print friendly, pdf & email",
            "print friendly",
            "printer-friendly version",
            "printer friendly version",
            "print-friendly version",
            "download pdf",
            "download as pdf",
            "save as pdf",
            "save to pocket",
            // Trailing dots are decoration: "Like this:Like Loading..." too.
            "like this:like loading",
            "like this: like · be the first to like this",
            "like this: ★ like · be the first to like this",
            "be the first to like this",
            "add us on",
            "add us on google",
            "add us on linkedin",
            "add us on facebook",
            // A quiz's or a puzzle's buttons.
            "show answer",
            "reveal answer",
            "check answer",
            "check my answer",
            "share your result",
            "show less",
        ],
    ),
    // The heading of a site's follow box ("Stay connected"). Such a line can
    // also head a paragraph of advice ("Stay connected" above a tip on
    // keeping in touch), so it takes the label role as network names do.
    RuleDef::phrases(
        "follow-heading",
        Category::Share,
        Scope::Line,
        "a line holding only the heading of a follow box",
        &[
            "stay connected",
            "connect with us",
            "let's connect",
            "get social",
            "find us on",
            "find us online",
            "follow us online",
        ],
    )
    .role(Role::Label),
    // A short line that starts like a share or follow prompt. Safe: capped at
    // 160 bytes and required not to end like a sentence.
    RuleDef::phrases(
        "share-prompt",
        Category::Share,
        Scope::Prefix,
        "a short line that starts like a share or follow prompt",
        &[
            "share on",
            "share this",
            "share via",
            "send this to someone",
            "share to",
            "click to share",
            "click to email",
            "click to print",
            "follow us on",
            "follow us at",
            "follow us:",
            "like us on facebook",
            "send this to a friend",
            "email this",
            "share your thoughts",
            "opens in new window",
            "add as a preferred source",
            "add as preferred source",
            "add us as a preferred source",
            // "Share Article via Facebook": one button per line.
            "share article via",
            "share article on",
            "share story via",
            "share story on",
            "share post via",
            "share post on",
        ],
    )
    .max_len(160)
    .unpunctuated(),
    // Pinterest and recipe-card prompts: "Pin this post for later!", "Did
    // you make this? Tag @… on Instagram". Safe: short, and the phrases ask
    // the reader to pin or show this very page.
    RuleDef::phrases(
        "pin-prompt",
        Category::Share,
        Scope::Prefix,
        "a short line asking the reader to pin the page or show what they made",
        &[
            "pin this for later",
            "pin this post",
            "pin it for later",
            "pin me for later",
            "pin this recipe",
            "pin this image",
            "pin this article",
            "pin this guide",
            "save this pin",
            "did you make this?",
            "did you make this recipe?",
            "did you try this recipe?",
            "tried this recipe?",
            "made this recipe?",
        ],
    )
    .max_len(160),
    // The buttons of an entry inside the article: an event's calendar
    // button, a code block's copy button. Safe as `share-label` is; the
    // article goes on under them, so they open no footer zone
    // ([`Role::Aside`]).
    RuleDef::phrases(
        "inline-button",
        Category::Share,
        Scope::Line,
        "a line holding only a calendar or copy button",
        &[
            "add to calendar",
            "add to my calendar",
            "add to google calendar",
            "add to ical",
            "add to outlook",
            "copy",
            "copy code",
        ],
    )
    .role(Role::Aside),
    // "Listen to this article · 6 min", "Listen to this story (4 minutes)":
    // an audio player's label with the recording's length. Safe: the whole
    // line is the label and the length.
    RuleDef::pattern(
        "listen-duration",
        Category::Share,
        Scope::Line,
        "an audio player's label with its length",
        &["listen to"],
        r"(?i)^(?:🎧\s*)?listen to (?:this |the )?(?:article|story)\s*[-–—·•|:(]?\s*[0-9]{1,3}(?::[0-9]{2})?\s*(?:min|mins|minutes?)?(?:\s*[0-9]{1,2}\s*(?:s|secs?|seconds?))?\s*\)?(?:\s*[·•|]\s*(?:gift|share|save)(?: this)?(?: article| story)?)?$",
    )
    .max_len(80),
    // "Don't forget to like us on Facebook" and kin, even as a sentence; the
    // network's name may run into the next button's ("on FacebookTwitter").
    // Safe: between the verb and "on" stands only who is followed ("us",
    // "me", "our page", "the festival", or a name of up to six words whose
    // first is capitalised: "The Example Times Opinion section"), so "Like
    // many parents, she posts on Facebook" and "Join the residents who
    // complained on Facebook" stay.
    RuleDef::pattern(
        "follow-on-network",
        Category::Share,
        Scope::Prefix,
        "asks the reader to like or follow the site on social networks",
        &["facebook", "twitter", "instagram", "linkedin", "youtube", "social media", " on x", "whatsapp", "telegram", "tiktok", "google news"],
        r"(?i)^(?:please\s+|don'?t forget to\s+|be sure to\s+)?(?:like|follow|find|join|connect with|subscribe(?:\s+to)?)\s+(?:(?:us|me|(?:our|the)\s+[^\s,:;!?]+)\s+|(?-i:\p{Lu})[^\s,:;!?]*\s+(?:[^\s,:;!?]+\s+){0,5})?(?:on|via)\s+(?:(?:facebook|twitter|instagram|linkedin|youtube|whatsapp|telegram|tiktok|google news|social media)(?:(?-u:\b)|(?-i:[A-Z]))|x(?-u:\b))",
    )
    .max_len(220),
    // "Join our WhatsApp channel", "Follow our Telegram channel for breaking
    // news updates": the same offer as `follow-on-network`, worded as the
    // site's own channel in a messaging app. Safe: the line opens with "join
    // our" or "follow our" and the app's name, and says no more than what
    // the channel sends ("Telegram channels spread the rumour" is news; so
    // is "Join our Telegram channel, the minister wrote, …").
    RuleDef::pattern(
        "messaging-channel-pitch",
        Category::Share,
        Scope::Line,
        "asks the reader to join the site's channel in a messaging app",
        &["join our", "follow our"],
        r"(?i)^(?:join|follow) our (?:official )?(?:telegram|whatsapp|signal|discord|viber)(?:\s+(?:channel|group|community|server)s?)?(?:\s+(?:for|to get)\s+[^.!?,;]*)?[.!]?$",
    )
    .max_len(140),
    // "Facebook X Email", "LinkedIn | Facebook | Pinterest | WhatsApp",
    // "Share Tweet Pin Email": a share bar whose buttons print as their
    // names or actions only, in any order and number ("Share · Save · Gift
    // article", "Share Post Email" too). Safe: the whole line is network and action names (two or
    // more), so "Facebook and Instagram ads" stays.
    RuleDef::pattern(
        "share-bar",
        Category::Share,
        Scope::Line,
        "a line of share buttons: network and action names only",
        &["facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "email", "bluesky", "threads", "flipboard", "telegram", "tweet", "gift article", "gift link", "condividi", "compartilhe", "artikel teilen", "copy link", "delen", "udostępnij", "paylaş", "kakao", "シェア", "shareable link", "send this", "send by", "send to a", "share by", "copy quote", "track this", "follow this", "save for later", "gift this", "save to", "email to a friend", "salva", "bagikan", "Sdílet", "jaa ", "kopioi"],
        concat!(
            r"(?i)^(?:",
            bar_verb_item!(),
            r"|",
            bar_word_item!(),
            r"|",
            networks!(),
            r"|sms|print|copy link|copy url|instagram|youtube|mail|share|tweet|pin|save|compartir|partager|teilen|imprimer|imprimir|drucken|gift article|gift link|gift|condividi|compartilhe|compartilhar|artikel teilen|delen|delen via|udostępnij|paylaş|dela|kakao|この記事をシェアする|cite this article|copy quote)(?:\s*[|/·•,:]?\s*(?:",
            bar_verb_item!(),
            r"|",
            bar_word_item!(),
            r"|",
            networks!(),
            r"|sms|print|copy link|copy url|instagram|youtube|mail|share|tweet|pin|save|imprimer|imprimir|drucken|post|gift article|gift link|gift|bookmark|send|copiar link|link kopieren|copia link|kopieer link|skopiuj link|bağlantıyı kopyala|kopiera länk|line|kakao|はてブ|font size(?:\s*[+/−-]+)?|copy a shareable link|copy shareable link|copy quote))+$"
        ),
    )
    .max_len(160),
    // "Share today's column · Email it · Print this page", "Print this
    // advisory · Save as PDF", "Share racecard · Print form guide", "Del
    // artiklen · Gem · Udskriv": a row of share actions, each a verb of
    // sharing, printing, saving or sending and what it acts on. Safe: two
    // or more such items, each opening with its verb, and a bar, a
    // separator dot or a bullet between every two ("Print the map, share
    // the route" is an instruction, with a comma).
    RuleDef::pattern(
        "share-row",
        Category::Share,
        Scope::Line,
        "a row of share, print, save and send actions",
        &["share", "print", "email", "e-mail", "save as", "copy link", "megosztás", "udskriv", "kongsi", "shiriki", "reminder"],
        concat!(
            r"(?i)^(?:",
            share_row_item!(),
            r")(?:\s*[|·•]\s*(?:",
            share_row_item!(),
            r"))+$"
        ),
    )
    .max_len(120),
    // "Shares 1.2k", "340 likes", "184 Likes∙31 Restacks": social counters.
    // Safe: numbers and counter words only.
    RuleDef::pattern(
        "social-counter",
        Category::Share,
        Scope::Line,
        "a social counter",
        &["share", "like", "view", "reaction", "tweet", "restack", "clap", "repost"],
        r"(?i)^[0-9][0-9.,]*\s*[km]?\s*(?:shares?|likes?|views?|reactions?|tweets?|restacks?|claps?|reposts?)(?:\s*[∙·•|,]?\s*[0-9][0-9.,]*\s*[km]?\s*(?:shares?|likes?|views?|reactions?|tweets?|restacks?|claps?|reposts?|comments?|responses?))*$|^(?:shares?|likes?|views?|reactions?|tweets?)\s*:?\s*[0-9][0-9.,]*\s*[km]?$",
    )
    .max_len(80),
    // "Like   Quote   Reply", "👍 27   Quote   Reply", "Contact seller   ☆
    // Watch", "★ Star 312   ⑂ Fork 41", "👍 6.1K   ↗ Share   ⤓ Download": a
    // forum post's, a listing's, a video's or a code page's row of buttons,
    // with their icons and counts. Safe: the whole line is buttons from a
    // closed list (two or more, counts between them), and one of them is a
    // forum's, a listing's or a player's own (a trigger). Each post or
    // listing prints one, so the page goes on under it: an aside.
    RuleDef::pattern(
        "action-row",
        Category::Share,
        Scope::Line,
        "a row of a post's or a listing's action buttons",
        &["quote", "reply", "report", "permalink", "contact seller", "message seller", "download", "watch", "fork", "save job", "reblog", "restack", "give award", "embed", "book tickets", "comments", "▲", "▼", "wishlist", "install", "show notes", "transcript"],
        concat!(
            r"(?i)^(?:",
            action_item!(),
            r"\s*[|·•]?\s*)*",
            action_button!(),
            r"(?:\s*[|·•]?\s*",
            action_item!(),
            r")*\s*[|·•]?\s*",
            action_button!(),
            r"(?:\s*[|·•]?\s*",
            action_item!(),
            r")*$"
        ),
    )
    .max_len(120)
    .role(Role::Aside),
    // "Printed from example.com on 14 March 2026 at 10:42 AM", "Print again
    // · Close this window": a print view's header and buttons. Safe: the
    // line opens with the print view's own words, and is short.
    RuleDef::pattern(
        "print-view",
        Category::Share,
        Scope::Line,
        "a print view's header or buttons",
        &["printed from", "print again", "close this window", "close window"],
        r"(?i)^printed from \S+ on \S.*$|^(?:[🖨✕×]\s*)?(?:print again|print this page|close this window|close window)(?:\s*[|·•]?\s*(?:[🖨✕×]\s*)?(?:print again|print this page|print|close this window|close window))*$",
    )
    .max_len(120),
    // "Podijeli: Facebook · WhatsApp · Kopiraj poveznicu", "Deila: Facebook
    // · X · Afrita hlekk", "Сподели: Facebook · Viber · Копирай линка": a
    // share bar headed by its label in any language. Safe: after a label of
    // one to three words come two network names in a row, then only further
    // buttons, each between separator dots or bars ("Platforms: Facebook,
    // Instagram and TikTok" is prose, with commas and "and").
    RuleDef::pattern(
        "share-bar-labelled",
        Category::Share,
        Scope::Line,
        "a share bar of network names after a label in any language",
        &["facebook", "twitter", "linkedin", "whatsapp", "telegram", "viber", "pinterest", "reddit", "bluesky", "threads", "messenger", "instagram"],
        concat!(
            r"(?i)^(?:[^\s·|•]+\s+)?(?:[^\s·|•]+\s+)?[^\s·|•]+\s+",
            labelled_bar_network!(),
            r"\s*[·|•]\s*",
            labelled_bar_network!(),
            r"(?:\s*[·|•]\s*[^·|•]+)*$"
        ),
    )
    .max_len(160),
    // "Did you bake these? Tag @crumbandkettle so I can see them!", "Made
    // it? Tag us @thekitchen on Instagram": a food or craft blog's call to
    // post the reader's result. Safe: "tag" and a handle, opening the line
    // or a sentence of it, in a short block.
    RuleDef::pattern(
        "tag-us-prompt",
        Category::Share,
        Scope::Block,
        "asks the reader to tag the site's handle in a post",
        &["tag @", "tag us"],
        r"(?i)(?:^|[.!?]\s+)tag (?:us\s+)?(?:on \p{L}+\s+)?@[\p{L}\p{N}_.]+",
    )
    .max_len(200),
    // "Download this newsletter as a printable PDF (1.2 MB)", "Download the
    // guide as a PDF": a page's download button. Safe: the whole line, the
    // verb, what is downloaded in at most four words and the format.
    RuleDef::pattern(
        "download-as-pdf",
        Category::Share,
        Scope::Line,
        "a button that downloads the page as a PDF",
        &["as a pdf", "as pdf", "printable pdf"],
        r"(?i)^download (?:this|the) (?:[\p{L}'’-]+\s+)?(?:[\p{L}'’-]+\s+)?(?:[\p{L}'’-]+\s+)?[\p{L}'’-]+\s+as (?:a )?(?:printable )?pdf(?:\s*\([0-9.,]+\s*[km]b\))?$",
    )
    .max_len(120),
    // "0:00 / 2:31", "▶ 0:00 / 48:16 · 1× · Download episode", "CC · Mute ·
    // Fullscreen": a video or audio player's controls as the text of the
    // page keeps them. Safe: the whole line is the elapsed and total time
    // with at most the player's buttons, or a row of player buttons only.
    RuleDef::pattern(
        "player-controls",
        Category::Share,
        Scope::Line,
        "a media player's time or buttons",
        &["0:00", "mute", "fullscreen", "full screen"],
        concat!(
            r"(?i)^(?:[▶►]\s*)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*/\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[·•|]\s*(?:[0-9.]+\s*[×x]|download(?: episode| audio)?|speed|cc|mute))*$",
            r"|^(?:cc|mute|unmute|fullscreen|full screen|captions|settings|pause|play|volume)(?:\s*[·•|]\s*(?:cc|mute|unmute|fullscreen|full screen|captions|settings|pause|play|volume|pip|picture-in-picture))+$"
        ),
    )
    .max_len(160),
    // "Add to calendar: Google · Outlook · Apple": an event page's button.
    RuleDef::pattern(
        "calendar-buttons",
        Category::Share,
        Scope::Line,
        "an event page's add-to-calendar buttons",
        &["calendar"],
        r"(?i)^add to (?:your |my )?calendar\s*:?\s*(?:(?:google|outlook|apple|ical|yahoo|office 365)(?:\s+calendar)?(?:\s*[·•|,]\s*)?)*$",
    )
    .max_len(100),
    // "Rate and review the show wherever you listen; it really helps": a
    // podcast's request for ratings. Safe: the line opens with the request.
    RuleDef::phrases(
        "rate-review-prompt",
        Category::Share,
        Scope::Prefix,
        "a podcast's request for ratings and reviews",
        &["rate and review", "please rate and review", "rate, review and subscribe", "rate, review, and subscribe"],
    )
    .max_len(200),
    // Share bars glued to the end of a real line: remove the bar only.
    // Safe: starts with "Share on <network>" (or a window note) and extends only
    // over further widget words. The button is capitalised ("Share", or
    // "Click to share"): "adults say they share on Facebook at least once a
    // week" is a sentence, not a bar.
    RuleDef::pattern(
        "share-bar-inline",
        Category::Share,
        Scope::Inline,
        "a share bar glued to the text",
        &["share on", "share to", "share via", "opens new window", "opens in new window"],
        // Bars glued together ("Share on FacebookShare via Email") are one run:
        // only the last network name needs a word boundary after it.
        concat!(
            r"(?i)(?:\s*(?:(?:click to share|(?-i:S)hare) (?:on|to|via) ",
            networks!(),
            r"|\(opens (?:in )?(?:a )?new window\)))*\s*(?:(?:click to share|(?-i:S)hare) (?:on|to|via) ",
            networks!(),
            r"(?-u:\b)|\(opens (?:in )?(?:a )?new window\))(?:\s+(?:save(?: to my\w+)?|print|email|copy link)(?-u:\b))*"
        ),
    ),
    // "Listen on Apple Podcasts", "Subscribe on Spotify | Pocket Casts",
    // "Follow the show on YouTube Music", "Listen now on YouTube",
    // "Also available on Player FM | RSS", "Subscribe: Apple Podcasts ·
    // Spotify · RSS": a podcast's buttons to the apps
    // that play it. Safe: the whole line is the verb, at most "the show",
    // "this episode" or "our podcast", and app names ("Spotify's new
    // audiobook feature" and "out each Monday on Spotify" stay).
    RuleDef::pattern(
        "podcast-app-link",
        Category::Share,
        Scope::Line,
        "a button to a podcast app (\"Listen on Spotify\")",
        &["podcast", "spotify", "pocket casts", "overcast", "castbox", "stitcher", "iheart", "tunein", "amazon music", "youtube", "deezer", "audible", "player fm", "rss"],
        concat!(
            r"(?i)^(?:listen|subscribe|follow|available|also available)(?:\s+now)?(?:\s+(?:to\s+)?(?:the|this|our)\s+(?:show|podcast|episode))?(?:\s+(?:on|in|via|at)\s*:?\s+|\s*:\s*)",
            podcast_apps!(),
            r"(?:\s*(?:[|/·•,]|and|or)?\s*",
            podcast_apps!(),
            r")*\s*$"
        ),
    )
    .max_len(160),
    // "Cite This Page: MLA  APA  Chicago", "Cite this article": a citation
    // widget with its style buttons. Safe: the whole line is the label and
    // style names ("Cite this article as a source, the guide says" is more).
    RuleDef::pattern(
        "cite-widget",
        Category::Share,
        Scope::Line,
        "a citation widget with its style buttons",
        &["cite this"],
        r"(?i)^cite this (?:page|article|story|post|paper|entry)\s*:?(?:\s*[|/·•,]?\s*(?:mla|apa|chicago|harvard|bibtex|ris|ieee|vancouver|turabian|endnote))*\s*$",
    )
    .max_len(100),
    // "Text size:   A   A+   A++   ·   Contrast: On / Off", "High contrast
    // · Dyslexia-friendly font · Reset": a page's accessibility widget.
    // Safe: the whole line is the widget's controls, and a control named
    // alone must carry its settings ("Contrast" alone is a heading).
    RuleDef::pattern(
        "accessibility-widget",
        Category::Share,
        Scope::Line,
        "a page's text-size, contrast and font controls",
        &["text size", "font size", "contrast", "dyslexi"],
        concat!(
            r"(?i)^",
            a11y_control!(),
            r"\s*:?\s*(?:",
            a11y_setting!(),
            r"\s*/?\s*)+(?:[|·•]\s*",
            a11y_control!(),
            r"\s*:?\s*(?:",
            a11y_setting!(),
            r"\s*/?\s*)*)*$|^",
            a11y_control!(),
            r"(?:\s*[|·•]\s*",
            a11y_control!(),
            r")+\s*$"
        ),
    )
    .max_len(160),
    // "Bookmark this preprint · Export BibTeX citation", "Cite as:
    // MSX:2604.00213 [q-bio.PE]", "About this article · Check for updates": a
    // journal's or a preprint server's citation tools. Safe: the whole line
    // is the tools' buttons, or "Cite as:" and the reference.
    RuleDef::pattern(
        "citation-tools",
        Category::Share,
        Scope::Line,
        "a journal's or a preprint server's citation tools",
        &["citation", "cite as", "bookmark this", "check for updates", "about this article", "add to mendeley", "add to zotero"],
        concat!(
            r"(?i)^(?:cite (?:this (?:article|paper|preprint) )?as|how to cite(?: this (?:article|paper|preprint))?)\s*:\s*\S.*$|^",
            citation_tool!(),
            r"(?:\s*[|·•]\s*",
            citation_tool!(),
            r")*\s*$"
        ),
    )
    .max_len(120),
    // "Flag a rendering problem with this paragraph", "Report an error in
    // this section": the feedback link a document prints under each
    // paragraph or section. Safe: the whole line is the link, and names
    // the paragraph or the rendering ("Report an error" alone is a site's
    // corrections link, `site-menu`'s). The document goes on under it: an
    // aside.
    RuleDef::pattern(
        "flag-problem",
        Category::Share,
        Scope::Line,
        "a per-paragraph link to report a problem",
        &["flag a", "flag an", "report a", "report an"],
        r"(?i)^(?:flag|report) (?:a|an) (?:(?:rendering|display|formatting) (?:problem|issue|error)(?: (?:with|in) this (?:paragraph|section|equation|figure|table|passage))?|(?:problem|issue|error|mistake|typo) (?:with|in) this (?:paragraph|section|equation|figure|table|passage))$",
    )
    .max_len(80)
    .role(Role::Aside),
    RuleDef::phrases(
        "save-to-list",
        Category::Share,
        Scope::Line,
        "a save-to-reading-list widget",
        &["save to favorites", "save to favourites", "add to favorites", "add to favourites", "save to my list", "save to my reading list", "save to reading list", "add to reading list", "add to my list", "save to wishlist", "add to wishlist"],
    ),
    // "Know someone who'd like this? Forward the digest to a colleague.":
    // a newsletter's or a post's ask to pass it on, as a sentence (the
    // share prompts are unpunctuated lines).
    RuleDef::phrases(
        "forward-prompt",
        Category::Share,
        Scope::Prefix,
        "asks the reader to pass the page or the newsletter on",
        &[
            "know someone who'd like this",
            "know someone who would like this",
            "know someone who'd enjoy this",
            "know someone who would enjoy this",
            "forward this to a friend",
            "forward this to a colleague",
        ],
    )
    .max_len(160),
];
