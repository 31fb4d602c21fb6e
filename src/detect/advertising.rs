//! Advertising labels, sponsored notes, affiliate disclosures and shop buttons.

use super::{Role, RuleDef};
use crate::{Category, Scope};

/// Ad breaks, which the priority order puts before the related-story
/// prompts: "Continue reading below" opens like the prompt "Continue
/// reading", and as a break it must not open the footer (see
/// [`Role::Break`]).
pub(crate) const BREAKS: &[RuleDef] = &[
    // "Story continues below advertisement", "Advertisement - Continue
    // Reading Below": the slot an advertisement leaves inside the article.
    // Safe: the whole line is the marker; the article goes on under it.
    RuleDef::phrases(
        "ad-break",
        Category::Advertising,
        Scope::Line,
        "a marker that the article continues below an advertisement",
        &[
            "story continues below advertisement",
            "article continues below advertisement",
            "story continues after advertisement",
            "article continues after advertisement",
            "article continues below",
            "story continues below",
            "page continues below",
            "post continues below",
            "content continues below",
            "text continues below",
            "continue reading below",
            "keep reading below",
            "advertisement - continue reading below",
            "advertisement continue reading below",
            "advertisement - page continues below",
            "advertisement page continues below",
            "advertisement - story continues below",
            "advertisement - article continues below",
            "article continues below this ad",
            "story continues below this ad",
            "article continues after this ad",
            "story continues after this ad",
            "scroll to continue with content",
            "scroll to continue reading",
            "scroll untuk melanjutkan",
            "the story continues after this message from our sponsors",
            "the story continues after this advert",
            "the report continues after this advert",
            "the article continues after this advert",
            "story continues after this advert",
            "report continues after this advert",
            "article continues after this advert",
            "the story continues after this advertisement",
            "the article continues after this advertisement",
            "the report continues after this advertisement",
            "the story continues after this ad",
            "the article continues after this ad",
            "the story continues below this advert",
            "the article continues below this advert",
            "the story continues after these messages",
            "continues after this message from our sponsors",
            "advertisement - scroll to continue",
            "advertisement scroll to continue",
            "advertisement. scroll to continue reading",
        ],
    )
    .role(Role::Break),
];

/// A capitalised word of a sponsor's name ("Acme", "Co.", "B&Q").
macro_rules! sponsor_word {
    () => {
        r"[A-Z0-9][A-Za-z0-9&'’.-]*"
    };
}

/// A word of a sponsor's name after its first: a capitalised word or a
/// joining word ("and", "of", "&").
macro_rules! sponsor_name_word {
    () => {
        concat!(r"(?:&|and|of|for|the|", sponsor_word!(), ")")
    };
}

pub(crate) const RULES: &[RuleDef] = &[
    // "Sponsored: Try our cloud database free for 30 days →", "Sponsored
    // result · Three nights on the coast from £199": a sponsor's line with
    // its label. Safe: the label and a colon, a bar or a separator dot open
    // a short line.
    RuleDef::phrases(
        "sponsored-prefix",
        Category::Advertising,
        Scope::Prefix,
        "a short sponsored line opening with its label",
        &["sponsored:", "sponsored content:", "promoted:", "paid partnership:", "paid content:", "partner content:", "partner content from", "sponsored ·", "sponsored •", "sponsored |", "sponsored result ·", "sponsored result:", "sponsored link ·", "sponsored link:", "promoted ·", "ad ·"],
    )
    .max_len(160)
    .role(Role::Aside),
    // "Sponsored by Example Bank. Banking for the land since 1932.",
    // "Presented by Acme Outdoors", "Deals powered by Compare Co. Prices
    // checked 6 May.": a sponsor's or a deal widget's credit. Safe: the
    // line opens with the label, names the sponsor in capitalised words
    // (joined by "and", "of", "&"), and may add one short capitalised
    // sentence with no comma; "Sponsored by Rep. Ortiz, the bill caps
    // rents" and "Presented by the choir, the mass was …" go on as prose.
    RuleDef::pattern(
        "sponsor-credit",
        Category::Advertising,
        Scope::Line,
        "a sponsor's or a deal widget's credit line",
        &["sponsored by", "presented by", "supported by", "brought to you by", "powered by"],
        concat!(
            r"^(?:Sponsored|Presented|Supported|Brought to you|(?:Deals|Prices|Price comparison) powered) by (?:the )?",
            sponsor_word!(),
            // The name alone, or the name of two words or more, a full stop
            // and a slogan (a one-word name, such as "Rep.", takes none).
            r"(?:(?: ",
            sponsor_name_word!(),
            r"){0,5}[.!]?|(?: ",
            sponsor_name_word!(),
            r"){1,5}[.!] [A-Z][^\s,;:.!?]*(?: [^\s,;:.!?]+){0,8}[.!]?)$"
        ),
    )
    .max_len(120),
    // "Advertisement", "Anzeige", "広告": the label over an ad's slot. Safe:
    // the whole line is the label. The slot sits inside the article as often
    // as under it (a markets report's "Advertisement" over its commodities
    // section), and the ad's own lines are gone from the text, so it opens
    // no footer zone ([`Role::Aside`]): on wcxb-dev no zone opened at one
    // that another removal below would not open.
    RuleDef::phrases(
        "ad-slot",
        Category::Advertising,
        Scope::Line,
        "a line holding only the advertising label over an ad's slot",
        &[
            "advertisement",
            "advertisements",
            "advertising",
            "advert",
            "ad",
            "ads",
            // The label in Spanish, French, German, Italian and Portuguese.
            "publicidad",
            "publicité",
            "anzeige",
            "werbung",
            "pubblicità",
            "publicidade",
            // Phrases fold ASCII case only: the capital with an accent is
            // listed as printed.
            "pubblicitÀ",
            "publicitÉ",
            "iklan",
            // And on Dutch, Polish, Turkish, Swedish, Danish and Norwegian,
            // and Japanese sites.
            "advertentie",
            "reklama",
            "reklam",
            "annons",
            "annonse",
            "reklame",
            "広告",
            // And on Finnish, Greek, Vietnamese, Russian, Ukrainian, Hebrew,
            // Arabic, Hindi, Korean and Thai sites (as printed: phrases fold
            // ASCII case only).
            "mainos",
            "hirdetés",
            "annonce",
            "tangazo",
            "publicitate",
            "تبلیغات",
            "Διαφήμιση",
            "ΔΙΑΦΗΜΙΣΗ",
            "quảng cáo",
            "Реклама",
            "РЕКЛАМА",
            "פרסומת",
            "إعلان",
            "विज्ञापन",
            "광고",
            "โฆษณา",
            // And on Croatian, Serbian, Slovenian, Latvian, Estonian,
            // Icelandic, Catalan, Basque, Armenian, Georgian, Bengali,
            // Tamil and Urdu sites.
            "oglas",
            "reklamë",
            "hysbyseb",
            "ማስታወቂያ",
            "oglasi",
            "reklāma",
            "reklaam",
            "auglýsing",
            "publicitat",
            "publizitatea",
            "Оглас",
            "ОГЛАС",
            "Գովազդ",
            "რეკლამა",
            "বিজ্ঞাপন",
            "விளம்பரம்",
            "اشتہار",
        ],
    )
    .role(Role::Aside),
    RuleDef::phrases(
        "ad-label",
        Category::Advertising,
        Scope::Line,
        "a line holding only an advertising label or an ad's button",
        &[
            "sponsored",
            "continua após a publicidade",
            "continúa después de la publicidad",
            "la suite après cette publicité",
            "weiter nach der anzeige",
            "sponsored content",
            "sponsor message",
            "sponsored by",
            "paid content",
            "paid post",
            "promoted",
            "promoted content",
            "partner content",
            "skip ad",
            "close ad",
            "go ad-free",
            "go ad free",
            "skip advertisement",
            "remove ads",
            "ad feedback",
            "report this ad",
            "buy now",
            "shop now",
            "buy the book",
            "buy this book",
            "order the book",
            "pre-order the book",
            "preorder the book",
            "check price",
            "check prices",
            "see price",
            "see it",
            "view deal",
            "get deal",
            "see deal",
            "view offer",
            "get offer",
            "shop",
            "buy",
            "book now",
            "get a quote",
            "get quote",
            "get quotes",
            "get free quotes",
            "get a free quote",
            "get your free quote",
            "request a quote",
            "request a free quote",
            "see details & buying options",
            "see details and buying options",
            "get price",
            "get prices",
            "learn more",
            "get started",
            "more info",
            "+ more info",
            "more details",
            "see details",
            "view details",
            "track price",
            "get a demo",
            "book a demo",
            "watch demo",
            "watch a demo",
            "request a demo",
            "get started for free",
            "get started today",
            "start free trial",
            "start your free trial",
            "try for free",
            "try it free",
            "download now",
            "apply now",
            "start now",
            "get in touch",
            "partner offer",
            "featured partner offer",
            "sponsored partner offer",
        ],
    ),
    // An event's ticket button, printed with each entry of a listing. Safe
    // as `ad-label` is; the article goes on under it, so it opens no zone
    // ([`Role::Aside`]).
    RuleDef::phrases(
        "ticket-button",
        Category::Advertising,
        Scope::Line,
        "a line holding only a ticket button",
        &["buy tickets", "get tickets", "book tickets", "buy ticket", "get your tickets"],
    )
    .role(Role::Aside),
    // Shop buttons naming a retailer: "Check price at Amazon", "See price
    // at Shopco", "Buy on eBay", "Buy now £3,499 at Cycle Depot".
    // Safe: an imperative shop phrase on a short line without a sentence end.
    RuleDef::pattern(
        "shop-button",
        Category::Advertising,
        Scope::Line,
        "a shop button",
        &["check price", "compare price", "buy ", "shop ", "view ", "see ", "get it", "price at", "deal"],
        r"(?i)^(?:(?:check|see|compare) (?:the )?(?:latest )?prices? (?:at|on)|buy (?:it )?(?:now )?(?:for )?(?:[$€£¥₹₱₦₩₺]\s?[0-9][0-9.,]*\s+)?(?:at|on|from)|shop (?:now )?(?:at|on)|view (?:it )?(?:at|on)|see (?:it )?(?:at|on)|get it (?:at|on)|view deal at|see deal at|(?:[A-Z]{1,2}\$|[$€£¥₹₱₦₩₺])[0-9.,]+ at)\s+\S(?:.*[^.!?])?$",
    )
    .max_len(80)
    .role(Role::Aside),
    // "$129 at Acme", "$40 from Shopco", "$35 at Acme $39 at Buymart",
    // "₱6,499 at Shopmart", "A$89 at Gadgetco": the
    // price buttons of a product card, one or several on a line.
    // Safe: the whole line is prices each followed by "at"/"from" and a
    // short store name, with no sentence end ("$50 from the fund." is prose).
    RuleDef::pattern(
        "price-at-store",
        Category::Advertising,
        Scope::Line,
        "a price button naming a store",
        &[],
        r"^(?:(?:[A-Z]{1,2}\$|[$€£¥₹₱₦₩₺])\s?[0-9][0-9.,]*\s+(?:at|from)\s+[^\s$€£¥₹₱₦₩₺][^$€£¥₹₱₦₩₺]{0,40}?\s*)+$",
    )
    .max_len(160)
    .unpunctuated(),
    // "Price comparison from over 1,000 stores", "Starting at $19.99". Safe:
    // no clause follows the price ("Starting at $12 a ticket, the concerts
    // are …" is a sentence).
    RuleDef::pattern(
        "price-widget",
        Category::Advertising,
        Scope::Line,
        "a price-comparison or price widget",
        &["price comparison", "starting at", "list price", "on sale", "best price"],
        r"(?i)^(?:price comparison from(?-u:\b).*|(?:starting at|starts at|list price:?|on sale for|best price:?)\s*(?:[$€£]|usd|eur|gbp)\s*[0-9.,]+[^,;]*)$",
    )
    .max_len(80),
    // Affiliate and sponsorship disclosures. Safe: they speak of commissions
    // on links in this article. "Affiliate links" alone is not: articles on
    // marketing or streaming name them as a way to earn.
    RuleDef::phrases(
        "affiliate-disclosure",
        Category::Advertising,
        Scope::Block,
        "an affiliate or sponsorship disclosure",
        &[
            "we may earn a commission",
            "may earn an affiliate commission",
            "if you buy through our links",
            "if you buy something through our links",
            "when you buy through links",
            "when you buy through our links",
            "if you purchase through links",
            "if you click on a link and make a purchase",
            "we may receive a commission",
            "we may earn an affiliate commission",
            "may earn a commission",
            // "We earn a commission" alone is a firm's business as often
            // ("we earn a commission from the input suppliers").
            "we earn a commission for products",
            "we earn a commission on products",
            "we earn a commission from qualifying",
            "we earn a commission on qualifying",
            "we earn a commission from purchases",
            "we earn a commission on purchases",
            "we earn a commission from your purchases",
            "we earn a commission if you",
            "we earn a commission when you",
            "may receive a commission",
            "we may receive compensation",
            "may earn compensation",
            "earn a small commission",
            "contains affiliate links",
            "contain affiliate links",
            // Affiliate links of this page or site, not of the trade an
            // article may be about ("creators earn through affiliate links").
            "post includes affiliate links",
            "article includes affiliate links",
            "page includes affiliate links",
            "may include affiliate links",
            "contains other affiliate links",
            "we use affiliate links",
            "we use some affiliate links",
            "we also use affiliate links",
            "we may use affiliate links",
            "we also may use affiliate links",
            "i use affiliate links",
            "i may use affiliate links",
            "blog uses affiliate links",
            "site uses affiliate links",
            "post uses affiliate links",
            "page uses affiliate links",
            "article uses affiliate links",
            "affiliate links are used",
            "using the affiliate links",
            "links are affiliate links",
            "below are affiliate links",
            "as an amazon associate",
            "this post is sponsored",
            "this article is sponsored",
            "this content is sponsored",
            "paid partnership with",
            "independently selected by our editors",
            "independently chosen by our editors",
            "purchases made through our links",
            "purchases made through links",
            "buying through links on our site",
            // A podcast page's sponsor read.
            "this episode is sponsored by",
            "this episode is brought to you by",
            "this episode is supported by",
            "today's episode is sponsored by",
            "today’s episode is sponsored by",
            "today's episode is brought to you by",
            "today’s episode is brought to you by",
            // The label of a comparison site's disclosure, with its colon.
            "advertiser disclosure:",
        ],
    )
    .max_len(500)
    .role(Role::Aside),
    // "Prices were accurate at the time this article was published": the
    // disclaimer under shopping pages. Safe: about the prices on the page
    // itself, in a short paragraph.
    RuleDef::phrases(
        "price-disclaimer",
        Category::Advertising,
        Scope::Block,
        "a disclaimer on the prices shown",
        &[
            "prices were accurate at the time",
            "prices are accurate at the time",
            "prices accurate at the time",
        ],
    )
    .max_len(200),
    // A promotion inside the page: "15% off with code GREENBANK", "On Harbor
    // Bank's secure website". Safe: a discount with a code in capitals, or a
    // line opening with a partner's secure site.
    RuleDef::pattern(
        "promo-code",
        Category::Advertising,
        Scope::Block,
        "a discount code or a partner's offer",
        &["code", "secure"],
        r"(?:[0-9]{1,2}\s?% off (?i:with|using) (?i:(?:the|promo|discount|coupon)\s+)?(?i:code)\s+[A-Z0-9]{4,}|^(?i:on)\s+\p{Lu}[^.!?]*(?:'s|’s)\s+(?i:secure (?:website|site)))",
    )
    .max_len(300),
    // "Check availability on Staywell", "See prices at Hill Outdoor": an
    // affiliate button under a hotel, a product or a trip. Safe: the whole
    // line is the button, and the seller is one to three capitalised words.
    RuleDef::pattern(
        "seller-button",
        Category::Advertising,
        Scope::Line,
        "a button to check a price or availability at a seller",
        &["check availability", "see availability", "check price", "see price", "compare price", "check rates", "see rates", "check deals", "see deals"],
        r"^(?i:check|see|compare) (?i:availability|prices?|rates|deals?) (?i:on|at) \p{Lu}[\p{L}0-9.&'’-]*(?:\s+\p{Lu}[\p{L}0-9.&'’-]*){0,2}\s*[→›»]?$",
    )
    .max_len(80),
];
