//! Site navigation left in the text: breadcrumbs, tag lists, pagination,
//! table-of-contents lead-ins.

use super::{Role, RuleDef};
use crate::{Category, Scope};

/// The links of a site's footer bar (lower case, for a `(?i)` pattern).
macro_rules! site_link {
    () => {
        r"(?:privacy policy|privacy notice|privacy|terms of use|terms of service|terms|terms (?:and|&) conditions|cookie policy|cookie settings|cookies|contact us|contact|about us|about|advertise|advertise with us|accessibility|sitemap|site map|careers|jobs|help|faqs?|newsletters?|rss|corrections|masthead|imprint|do not sell my personal information|your privacy choices|利用規約|プライバシーポリシー|個人情報保護方針|クッキーの設定|クッキーポリシー|お問い合わせ|会社概要|サイトマップ)"
    };
}

/// The links of [`site_link`] of two or more words: a bar of them needs no
/// separator.
macro_rules! site_link_words {
    () => {
        r"(?:privacy policy|privacy notice|terms of use|terms of service|terms (?:and|&) conditions|cookie policy|cookie settings|contact us|about us|advertise with us|site map|do not sell my personal information|your privacy choices)"
    };
}

pub(crate) const RULES: &[RuleDef] = &[
    RuleDef::phrases(
        "nav-label",
        Category::Navigation,
        Scope::Line,
        "a line holding only a navigation label",
        &[
            "home",
            "menu",
            "search",
            "close",
            "toggle navigation",
            "skip to content",
            "skip to main content",
            "aller au contenu",
            "aller au contenu / skip to content",
            "انتقل إلى المحتوى الرئيسي",
            "ข้ามไปยังเนื้อหาหลัก",
            "پرش به محتوای اصلی",
            "back to top",
            "go to top",
            "next",
            "previous",
            "prev",
            "next article",
            "previous article",
            "next post",
            "previous post",
            "next story",
            "previous story",
            "older posts",
            "newer posts",
            "older stories",
            "newer stories",
            "view older stories",
            "show older stories",
            "view all",
            "see all",
            "show all",
            "jump to review",
            "toggle",
            "collapse",
            "tags",
            "tags:",
            "topics",
            "categories",
            "filed under",
            "posted in",
            "share this entry",
            "breadcrumb",
            "you are here",
            // A live blog's filter toggle.
            "show key events only",
            "key events only",
            // The skip link of a French, Spanish or German site.
            "passer au contenu",
            "aller au contenu",
            "aller au contenu principal",
            "saltar al contenido",
            "ir al contenido",
            "zum inhalt springen",
            // A Japanese site's skip link and menu buttons.
            "本文へスキップ",
            "本文へ移動",
            "メニュー",
            "ページの先頭へ",
            "ページトップへ",
        ],
    ),
    // The names of a site's sections, as its menus and footers print them.
    // Safe: a line holding only the section name; an article's heading says
    // more than "Contact us" or "Careers".
    RuleDef::phrases(
        "site-menu",
        Category::Navigation,
        Scope::Line,
        "a line holding only the name of a site section (menu or footer link)",
        &[
            "contact us",
            "contact",
            "about us",
            "learn more about us",
            "blog",
            "careers",
            "news",
            "homepage",
            "our services",
            "case studies",
            "advertise",
            "advertise with us",
            "sitemap",
            "site map",
            "accessibility statement",
            "powered by wordpress",
            "proudly powered by wordpress",
            "recent posts",
            "recent articles",
            "popular posts",
            "latest posts",
            "article tags",
            "topics covered",
            "explore more",
            "expand all",
            "collapse all",
            "contents hide",
            "no items found.",
            // A list page's links to its neighbours, and the footer links
            // that ask for corrections and events.
            "next page",
            "previous page",
            "report an error",
            "report a correction",
            "submit a correction",
            "corrections policy",
            "submit your event",
            "submit an event",
        ],
    ),
    // "Terms of Use | Privacy Policy", "About Us · Contact · Advertise",
    // "Sort by: Newest ▾", "Filter: All years ▾   All topics ▾": a list
    // page's sort and filter controls. Safe: the line opens with the
    // control's label and a colon, and holds a drop-down mark or is a sort
    // order, with no sentence end.
    RuleDef::pattern(
        "list-controls",
        Category::Navigation,
        Scope::Line,
        "a list page's sort and filter controls",
        &["sort by", "sort:", "filter:", "filter by", "order by"],
        r"(?i)^(?:sort(?: by)?|filter(?: by)?|order by)\s*:[^.!?]*[▾▼⌄][^.!?]*$|^sort by\s*:\s*\S[^.!?]*$",
    )
    .max_len(140),
    // "Choose a language for this page ▼", "Translate this page", "Language:
    // English ▾": a language picker. Safe: the whole line is the picker's
    // label, with at most a language and a drop-down mark.
    RuleDef::pattern(
        "language-picker",
        Category::Navigation,
        Scope::Line,
        "a page's language picker",
        &["language", "translate this"],
        r"(?i)^(?:(?:choose|select|change) (?:a |your |the )?language(?: for this (?:page|site|article))?|translate this (?:page|article|site)|language\s*:\s*\p{L}+\s*[▾▼⌄])\s*[▾▼⌄]?$",
    )
    .max_len(60),
    // "Open this story in the full version of The Lakeside Ledger", "View the
    // non-AMP version", "Go to the full site": an accelerated page's link
    // to the page it was made from. Safe: the whole line is the link.
    RuleDef::pattern(
        "full-version-link",
        Category::Navigation,
        Scope::Line,
        "an accelerated page's link to the full page",
        &["full version", "non-amp", "desktop version", "full site", "standard version"],
        r"(?i)^(?:open|view|read|see|go to|switch to)(?: this (?:story|article|page|post) (?:in|on))? the (?:full|non-amp|desktop|standard) (?:version|site)(?: of \S.*)?$",
    )
    .max_len(100)
    .unpunctuated(),
    // "Privacy Policy Terms of Use Cookie Policy": a footer's bar of site
    // links. Safe: the line holds nothing but two or more of these links,
    // split by a separator, or by spaces when each link is two or more
    // words (the single words alone, "About Contact", could be a heading).
    RuleDef::pattern(
        "site-link-bar",
        Category::Navigation,
        Scope::Line,
        "a bar of site links (privacy policy, terms, contact, about)",
        &["privacy", "terms", "cookie", "contact", "about us", "advertise", "sitemap", "accessibility", "利用規約", "プライバシーポリシー"],
        concat!(
            r"(?i)^(?:",
            site_link!(),
            r"(?:\s*[|•·/]\s*",
            site_link!(),
            r")+|",
            site_link_words!(),
            r"(?:\s+",
            site_link_words!(),
            r")+)\s*[|•·/]?\s*$"
        ),
    )
    .max_len(200),
    // "View all articles", "View All News & Insights", "Explore more
    // sustainability articles": a link to a list page. Safe: a short line
    // that opens with the link words and holds no sentence end and no colon
    // ("Explore more of the coast below:" leads in to content). "View full
    // ladder →" and "Tap to view full match stats" are the same links on a
    // widget. "See all …"
    // is left out: on wcxb-dev a list of links the gold keeps opened with it.
    // "Didn't find what you were looking for? Try our archive …": a search
    // or archive page's prompt under its results. Safe: the line opens
    // with the question, which speaks to the reader of this page.
    RuleDef::phrases(
        "search-help",
        Category::Navigation,
        Scope::Prefix,
        "a search page's prompt for readers who found nothing",
        &[
            "didn't find what you were looking for",
            "did not find what you were looking for",
            "can't find what you're looking for",
            "cannot find what you are looking for",
            "couldn't find what you were looking for",
            "not finding what you're looking for",
        ],
    )
    .max_len(200),
    RuleDef::pattern(
        "view-all-link",
        Category::Navigation,
        Scope::Line,
        "a link to a list page (\"View all …\", \"Explore more …\")",
        &["view all", "explore more", "view full", "tap to view", "tap to see", "click to view"],
        r"(?i)^(?:view all|explore more|view (?:the )?full|(?:tap|click) (?:here )?to (?:view|see))(?-u:\b)[^:.!?]{0,60}$",
    )
    .max_len(80),
    // "Previous Podcast", "Next Episode", "Prev PostNext Post", "Older
    // entries": the links to the neighbouring posts of any kind, one or
    // two, as scrapers glue them.
    // Safe: the line holds nothing else.
    RuleDef::pattern(
        "post-nav-link",
        Category::Navigation,
        Scope::Line,
        "a link to the previous or next post",
        &["prev", "previous", "next", "older", "newer"],
        r"(?i)^(?:(?:prev|previous|next|older|newer)\s*(?:(?:post|article|story|episode|podcast|chapter|lesson|entry|video)s?|entries)\s*){1,2}$",
    )
    .max_len(60)
    .role(Role::PostNav),
    // "← Previous: “Kitchen, 1974” by Ann Lee", "Next: “What the River
    // Said” →": a link to the neighbouring post by its title. Safe: the
    // label and a colon open the line, and an arrow or the quoted title
    // marks it as a link ("Next: mix the dough" in a recipe has neither).
    RuleDef::pattern(
        "post-nav-titled",
        Category::Navigation,
        Scope::Line,
        "a link to the previous or next post by its title",
        &["prev", "previous", "next", "older", "newer"],
        concat!(
            r"(?i)^(?:[←«‹]\s*)?(?:prev|previous|next|older|newer)(?:\s+(?:post|article|story|entry|piece|poem|chapter|episode))?\s*:\s*",
            r#"(?:[“"][^”"]+[”"][^.!?]*|[^.!?]*[→»›])\s*$"#
        ),
    )
    .max_len(200)
    .role(Role::PostNav),
    // "« Previous 1 2 3 … 24 Next »": a list page's pagination. Safe: the
    // line is page numbers and ellipses with "Previous" or "Next", and
    // nothing else.
    RuleDef::pattern(
        "pagination-bar",
        Category::Navigation,
        Scope::Line,
        "a bar of page numbers",
        &["prev", "previous", "next", "older", "newer"],
        concat!(
            r"(?i)^(?:[«‹←]\s*)?(?:(?:prev|previous|newer)\s+)?",
            r"[0-9]{1,4}(?:\s+(?:[0-9]{1,4}|…|\.\.\.))+",
            r"(?:\s+(?:next|older))?(?:\s*[»›→])?$"
        ),
    )
    .max_len(120)
    .unpunctuated(),
    // "Page 2 of 7", "Page 1 of 38   Next ›", "‹ Previous  Page 3 of 9": a
    // list page's or a split article's page counter, with the links beside
    // it. Safe: the whole line is the counter and those links.
    RuleDef::pattern(
        "page-counter",
        Category::Navigation,
        Scope::Line,
        "a page counter (\"Page 2 of 7\")",
        &["page"],
        concat!(
            r"(?i)^(?:[«‹←]\s*)?(?:(?:prev|previous|newer)(?:\s+page)?\s*[«‹←]?\s+)?",
            r"page\s+[0-9]{1,4}\s*(?:of|/)\s*[0-9]{1,4}",
            r"(?:\s*[·|•—–]?\s+(?:[»›→]\s*)?(?:next|older)(?:\s+page)?(?:\s*[»›→])?)?$"
        ),
    )
    .max_len(60),
    // "Showing 1–8 of 2,316 articles", "Showing 11-20 of 45 results": a list
    // page's counter. Safe: the whole line is the counter and one word.
    RuleDef::pattern(
        "results-counter",
        Category::Navigation,
        Scope::Line,
        "a list page's counter of the items it shows",
        &["showing"],
        r"(?i)^showing\s+[0-9][0-9,]*\s*[-–—]\s*[0-9][0-9,]*\s+of\s+[0-9][0-9,]*(?:\s+[a-z]+)?$",
    )
    .max_len(60),
    // "#linux #cron #debugging": a post's hashtags, printed as its tag list.
    // Safe: the whole line is two or more hashtags, each opening with a
    // letter ("#1 #2" is a ranking).
    RuleDef::pattern(
        "hashtag-list",
        Category::Navigation,
        Scope::Line,
        "a line of hashtags",
        &["#"],
        r"^#\p{L}[\p{L}\p{N}_]*(?:[\s,·|]+#\p{L}[\p{L}\p{N}_]*)+$",
    )
    .max_len(300),
    // "Advertise with Example Media": a footer's link to the site's sales
    // page, naming its publisher. Safe: the whole line, the verb then "us"
    // or up to four capitalised words, and at most a period.
    RuleDef::pattern(
        "advertise-with",
        Category::Navigation,
        Scope::Line,
        "a link to the site's advertising sales page",
        &["advertise with"],
        r"(?i)^advertise\s+with\s+(?:us|(?-i:\p{Lu})\S*(?:\s+(?-i:\p{Lu})\S*){0,3})\.?$",
    )
    .max_len(60),
    // "Article Sources", "Citations", "Works Cited": the label over the
    // list of sources a page prints below the article. Safe: a line holding
    // only the label. ("References", "Sources" and "Footnotes" head an
    // article's own closing section as often, so they are left alone.)
    RuleDef::phrases(
        "sources-label",
        Category::Navigation,
        Scope::Line,
        "the label over a page's list of sources",
        &["article sources", "view article sources", "citations", "works cited", "bibliography"],
    ),
    // Recipe-card buttons. Safe: a line holding only the button's words.
    RuleDef::phrases(
        "recipe-button",
        Category::Navigation,
        Scope::Line,
        "a button of a recipe card",
        &[
            "jump to recipe",
            "print recipe",
            "pin recipe",
            "save recipe",
            "rate recipe",
            "rate this recipe",
            "get the recipe",
            // A card's buttons glued on one line, as scrapers join them.
            "print pin",
            "print pin rate",
            "print recipe pin recipe",
            "print recipe pin recipe rate recipe",
        ],
    ),
    // "Learn about our editorial process", "Acme's Editorial Guidelines": a
    // link to the site's page on how it works. Safe: the line ends with the
    // page's name, is short, and has no sentence end ("The paper changed its
    // editorial policy." is prose).
    RuleDef::phrases(
        "editorial-policy-link",
        Category::Navigation,
        Scope::Suffix,
        "a link to the site's editorial policy page",
        &[
            "editorial policy",
            "editorial policies",
            "editorial guidelines",
            "editorial process",
            "editorial standards",
        ],
    )
    .max_len(70)
    .unpunctuated(),
    // Links of an author box to the author's page: "Full Bio", "View all
    // posts by Jane Doe", "Read Jane's bio". Safe: a line holding only the
    // link, or the link and a name (short, no sentence end).
    RuleDef::phrases(
        "author-link",
        Category::Navigation,
        Scope::Line,
        "a link to the author's page",
        &[
            "full bio",
            "view full bio",
            "read full bio",
            "more about this author",
            "more about the author",
            "more by the author",
            "more by this author",
            "more by author",
            "view all posts",
            "view full profile",
            "view author profile",
        ],
    ),
    RuleDef::phrases(
        "author-posts-link",
        Category::Navigation,
        Scope::Prefix,
        "a link to all posts of the author",
        &[
            "view all posts by",
            "see all posts by",
            "more posts by",
            "more articles by",
            "all articles by",
            "all posts by",
        ],
    )
    .max_len(80)
    .unpunctuated(),
    RuleDef::pattern(
        "author-bio-link",
        Category::Navigation,
        Scope::Line,
        "a link to the author's bio",
        &["bio"],
        r"(?i)^read\s+[\p{L}.'-]+'s\s+(?:full\s+)?bio$",
    )
    .max_len(60),
    // Table-of-contents labels; the judge also takes the entries below them.
    RuleDef::phrases(
        "toc-label",
        Category::Navigation,
        Scope::Line,
        "a table-of-contents label",
        &[
            "table of contents",
            "contents",
            "in this article",
            "in this article:",
            "in this story",
            "in this guide",
            "in this post",
            "on this page",
            "jump to",
            "jump to section",
            "skip to section",
            "quick links",
            "article contents",
            "what's inside",
        ],
    ),
    // "Tags: a, b, c" and kin. Safe: a label and a list, no sentence end.
    RuleDef::phrases(
        "tag-list",
        Category::Navigation,
        Scope::Prefix,
        "a tag or category list",
        &[
            "tags:",
            // Blogger's name for tags.
            "labels:",
            "tagged:",
            "tagged with",
            "topics:",
            "categories:",
            "category:",
            "filed under",
            "posted in",
            "more about:",
            "related topics:",
            "keywords:",
            "you are here:",
            "back to",
            "jump to:",
            "skip to",
            "skip straight to",
            "skip right to",
            "jump straight to",
            "skip past the",
            "on this page:",
            "in this article:",
            "in this post:",
            "in this guide:",
            "table of contents:",
            "etiketa:",
            "teqlər:",
            "tagiau:",
            "teglar:",
            "መለያዎች፦",
            "መለያዎች:",
        ],
    )
    .max_len(300)
    .unpunctuated(),
    // "Home > News > World" and "Home / Politics": breadcrumbs.
    RuleDef::pattern(
        "breadcrumb",
        Category::Navigation,
        Scope::Prefix,
        "a breadcrumb trail",
        &["home"],
        r"(?i)^home\s*[>/»›|]",
    )
    .max_len(200)
    .unpunctuated()
    .role(Role::Breadcrumb),
    // "Earth › Oceans", "Guides » Travel » Japan": a breadcrumb trail that
    // does not open with "Home". Safe: two or more short parts, each
    // opening with a capital or a digit, between chevrons that prose does
    // not print, and no sentence end. (">" is left to `breadcrumb`: a
    // how-to's "Settings > Privacy > Location" is content.)
    RuleDef::pattern(
        "breadcrumb-trail",
        Category::Navigation,
        Scope::Line,
        "a breadcrumb trail between chevrons",
        &["›", "»"],
        r"^(?:\p{Lu}|[0-9])[^›»«.!?]*(?:[›»]\s*(?:\p{Lu}|[0-9])[^›»«.!?]*)+$",
    )
    .max_len(120)
    .role(Role::Breadcrumb),
    // The heading of an archive page, naming what it lists: "Posts Tagged
    // ‘spying’", "Category Archives: Happy Tails", "Archive for the 'Weather'
    // Category", "Articles by Ann Lee", "Showing posts with label Recipes",
    // "The Tideline: newsletter archive". Safe: the whole line, short, no
    // sentence end; "by" needs a capitalised name after it (a heading
    // "Stories by the fire" stays).
    RuleDef::pattern(
        "archive-heading",
        Category::Navigation,
        Scope::Line,
        "the heading of a tag, category, author or date archive",
        &["tagged", "filed under", "label", "archive", "browsing", "posts by", "articles by", "stories by", "entries by", "columns by"],
        concat!(
            r"^(?i:(?:all\s+)?(?:posts|articles|stories|entries|columns)\s+(?:tagged|filed\s+under|with\s+(?:the\s+)?(?:tag|label))",
            r"|showing\s+posts\s+with\s+label|(?:(?:category|tag|topic|author|monthly|yearly|daily|date)\s+)?archives?\s*(?::|for\s)",
            r"|browsing\s+(?:category|tag)\s*:?)\s*\S.*$",
            r"|^(?i:(?:all\s+)?(?:posts|articles|stories|entries|columns)\s+by)\s+\p{Lu}.*$",
            r"|^(?:[^:]+:\s*)?(?i:newsletter|news|blog|press|podcast|episode|issue|post|article|story|column)s?\s+(?i:archives?)$",
        ),
    )
    .max_len(80)
    .unpunctuated(),
];
