//! Links to other stories: read more, related, recommended, trending, more from.

use super::{Role, RuleDef};
use crate::{Category, Scope};

pub(crate) const RULES: &[RuleDef] = &[
    RuleDef::phrases(
        "related-label",
        Category::Related,
        Scope::Line,
        "a line holding only a related-stories label",
        &[
            "read more",
            "read more ↓",
            "similar threads",
            "more fact-checks",
            "more fact checks",
            "load more updates",
            "see more",
            "view more",
            "show more",
            "load more",
            "more",
            "more stories",
            "more episodes",
            "כתבות נוספות",
            "more news",
            // A section's link under the article.
            "more opinion",
            "more sport",
            "more sports",
            "more business",
            "more politics",
            "more culture",
            "more lifestyle",
            "more features",
            "more reviews",
            "more podcasts",
            "more videos",
            "more local news",
            "more world news",
            "more articles",
            "more to read",
            "more from",
            "related",
            "related articles",
            "also on our site",
            "elsewhere on our site",
            "more from our network",
            "related article",
            "related stories",
            // The label on Spanish, French and German sites.
            "noticias relacionadas",
            "artículos relacionados",
            "articles connexes",
            "à lire également",
            "sur le même sujet",
            "das könnte sie auch interessieren",
            // And on Portuguese, Italian, German, Dutch and Indonesian sites.
            "leia também",
            "leggi anche",
            "mehr zum thema",
            "lees ook",
            "artikel terkait",
            "berita terkait",
            "baca juga",
            // And on Polish, Turkish, Swedish, Dutch and Japanese sites.
            "czytaj także",
            "czytaj też",
            "zobacz także",
            "İlgili haberler",
            "ilgili haberler",
            "benzer haberler",
            "läs också",
            "läs även",
            "gerelateerde artikelen",
            "meer nieuws",
            "関連記事",
            // And on Finnish, Czech, Italian, Greek, Vietnamese, Hebrew,
            // Korean and Hindi sites (as printed: phrases fold ASCII case
            // only).
            "lue myös",
            "kapcsolódó cikkek",
            "habari zinazohusiana",
            "berita berkaitan",
            "læs også",
            "citește și",
            "Читайте також",
            "Читайте также",
            "اقرأ أيضاً",
            "اقرأ أيضا",
            "مطالب مرتبط",
            "ข่าวที่เกี่ยวข้อง",
            "mohlo by vás zajímat",
            "potrebbe interessarti anche",
            "ti potrebbe interessare",
            "Δείτε επίσης",
            "tin liên quan",
            "xem thêm",
            "עוד באותו נושא",
            "עוד בנושא",
            "많이 본 뉴스",
            "관련 기사",
            "यह भी पढ़ें",
            "më të lexuarat",
            "lajme të ngjashme",
            "digər xəbərlər",
            "oxşar xəbərlər",
            "mwy o newyddion",
            "ko‘p o‘qilganlar",
            "l-aktar moqrija",
            "ተዛማጅ ዜናዎች",
            // A list page's and a newsroom's links.
            "most read right now",
            "load more headlines",
            "load more posts",
            "older releases",
            "newer releases",
            // A card's or a list page's link to the whole story or to more
            // ("Full story" alone heads a science site's article).
            "read the full story",
            "read full story",
            "read all reviews",
            "load older episodes",
            "load more episodes",
            "related story",
            "related posts",
            "related post",
            "related content",
            "related coverage",
            "related news",
            "related reading",
            "related topics",
            "related links",
            "related pages",
            "recommended",
            "recommended articles",
            "recommended stories",
            "recommended for you",
            "recommended reading",
            "you may also like",
            "you might also like",
            "you may be interested in",
            "you may also be interested in",
            "you might also be interested in",
            "most shared",
            "most commented",
            "most emailed",
            "latest videos",
            "related videos",
            "must read",
            "other stories",
            "more from this author",
            "more by this author",
            "view more stories",
            "load more stories",
            "load more articles",
            "show more articles",
            "show more stories",
            "you might be interested in",
            "also read",
            "read also",
            "see also",
            "read next",
            "up next",
            "watch next",
            "what to read next",
            "trending",
            "trending now",
            "trending stories",
            "popular",
            "popular now",
            "popular stories",
            "most read",
            "most popular",
            "most viewed",
            "top stories",
            "latest news",
            "latest stories",
            "latest",
            "editor's picks",
            "editors' picks",
            "don't miss",
            "continue reading",
            "keep reading",
            "read full article",
            "read the full article",
            "read full story",
            "read the full story",
            "read now",
            "read the review",
            "read full review",
            "read review",
            "more in this series",
            "in case you missed it",
            "more on this story",
            "more on this topic",
            "related reads",
            "more like this",
            "you might like",
            "related products",
            // The titles of sponsored-link widgets.
            "around the web",
            "from around the web",
            "promoted links",
            "promoted stories",
            "sponsored stories",
            "sponsored links",
            "from our partners",
            "more from our partners",
            "recommended by",
            "more on",
            "read this issue",
            "read the issue",
            "read this post",
            "read this story",
            "read this article",
        ],
    ),
    // "Lire la suite", "Loe edasi", "Читать далее": a post's link to the
    // rest of it, on sites in other languages (as printed: phrases fold
    // ASCII case only). An aside: on an archive page it ends each post,
    // and the posts below it are no footer. (English "Read more" stays a
    // `related-label`: as an aside it kept 35 more boilerplate lines of
    // wcxb-dev for 4 content lines, forty-fifth session.)
    RuleDef::phrases(
        "read-more-link",
        Category::Related,
        Scope::Line,
        "a line holding only a link to the rest of a post",
        &[
            "ler máis",
            "ler mais",
            "leia mais",
            "continue lendo",
            "continuar a ler",
            "leer más",
            "seguir leyendo",
            "sigue leyendo",
            "llegir més",
            "continua llegint",
            "irakurri gehiago",
            "lire la suite",
            "lire plus",
            "weiterlesen",
            "mehr lesen",
            "leggi di più",
            "leggi tutto",
            "continua a leggere",
            "lees meer",
            "lees verder",
            "læs mere",
            "læs videre",
            "les mer",
            "les videre",
            "läs mer",
            "läs vidare",
            "lesa meira",
            "lue lisää",
            "loe edasi",
            "loe lisaks",
            "lasīt vairāk",
            "lasīt tālāk",
            "skaityti daugiau",
            "skaityti toliau",
            "czytaj więcej",
            "czytaj dalej",
            "číst dál",
            "číst více",
            "čítať ďalej",
            "čítať viac",
            "preberi več",
            "pročitaj više",
            "pročitajte više",
            "opširnije",
            "olvass tovább",
            "bővebben",
            "citește mai mult",
            "citește mai departe",
            "devamını oku",
            "baca selengkapnya",
            "selengkapnya",
            "magbasa pa",
            "soma zaidi",
            "đọc thêm",
            "đọc tiếp",
            "Читать далее",
            "Читать дальше",
            "Подробнее",
            "Читати далі",
            "Детальніше",
            "Прочетете още",
            "Прочитајте више",
            "Опширније",
            "Διαβάστε περισσότερα",
            "اقرأ المزيد",
            "ادامه مطلب",
            "مزید پڑھیں",
            "קרא עוד",
            "और पढ़ें",
            "আরও পড়ুন",
            "மேலும் படிக்க",
            "อ่านต่อ",
            "อ่านเพิ่มเติม",
            "続きを読む",
            "阅读全文",
            "閱讀全文",
            "더 보기",
            "ვრცლად",
            "Կարդալ ավելին",
        ],
    )
    .role(Role::Aside),
    // A short line that opens like a link to another story. Safe: capped at
    // 220 bytes; "read more:" and kin never open a real sentence of the body.
    RuleDef::phrases(
        "related-prompt",
        Category::Related,
        Scope::Prefix,
        "a short line that links to another story",
        &[
            "read more here",
            "read also:",
            "also read:",
            "also read -",
            "also read |",
            "read also |",
            "also see:",
            "see more:",
            "related article:",
            "related story:",
            "related stories:",
            "related content:",
            "related coverage:",
            "related reading:",
            "related articles:",
            "related posts:",
            "related links:",
            "related guides:",
            "related alerts:",
            "related advisories:",
            "related topics:",
            "related tags:",
            "related videos:",
            "related judgments:",
            "related cases:",
            "related episodes:",
            "related explainers:",
            "related reviews:",
            "related recipes:",
            "related galleries:",
            "related podcasts:",
            "related news:",
            "related conditions:",
            "you might also like:",
            "you may also like:",
            "explore further:",
            "photo gallery:",
            "blogroll:",
            "load more articles by",
            "load more stories by",
            "load more posts by",
            "about the author:",
            "show more latest news",
            "recommended:",
            "recommended reading:",
            "more stories from",
            "trending:",
            "trending on",
            "trending now:",
            "read next:",
            "up next:",
            "next up:",
            "watch next:",
            "most read:",
            "editor's pick:",
            "you may also like:",
            "continue reading",
            "keep reading",
            "click here to read",
            "click here for more",
            "read more |",
            "previous post:",
            "next post:",
            "previous article:",
            "next article:",
            "previous story:",
            "next story:",
        ],
    )
    .max_len(220),
    // "Baca juga: …", "Pročitajte još: …", "Lexo edhe: …": the
    // read-also prompt of sites in other languages, which they set inside
    // the article between its paragraphs. Safe as `related-prompt` is; an
    // aside, so the prompt opens no footer zone over the article's last
    // short lines under it (a ferry timetable under "Lexo edhe" in the
    // thirteenth probe set). English prompts stay in `related-prompt`,
    // whose zones wcxb-dev measures (as asides it kept 20 more of its
    // boilerplate lines).
    RuleDef::phrases(
        "read-also-prompt",
        Category::Related,
        Scope::Prefix,
        "a short line that links to another story, on a site in another language",
        &[
            // Indonesian, Finnish, Hindi, Italian, Portuguese, Dutch,
            // Polish, Swedish, German, French, Vietnamese, Greek, Russian
            // and Ukrainian.
            "baca juga:",
            "lue myös:",
            "læs også:",
            "citește și:",
            "यह भी पढ़ें:",
            "leggi anche:",
            "leia também:",
            "lees ook:",
            "czytaj także:",
            "läs också:",
            "lesen sie auch:",
            "lire aussi:",
            "à lire aussi:",
            "xem thêm:",
            "Διαβάστε επίσης:",
            "tin liên quan:",
            "Δείτε επίσης:",
            "Читайте также:",
            "Читайте також:",
            // Croatian, Serbian, Slovenian, Slovak, Lithuanian, Latvian,
            // Estonian, Icelandic, Catalan, Basque, Bulgarian, Georgian,
            // Armenian, Bengali, Tamil and Urdu.
            "pročitajte još:",
            "pročitajte i:",
            "preberite tudi:",
            "prečítajte si tiež:",
            "čítajte aj:",
            "taip pat skaitykite:",
            "lasiet arī:",
            "loe ka:",
            "sjá einnig:",
            "llegiu també:",
            "irakurri ere:",
            "Прочетете още:",
            "Прочитајте још:",
            "ასევე წაიკითხეთ:",
            "Կարդացեք նաև՝",
            "Կարդացեք նաև:",
            "আরও পড়ুন:",
            "இதையும் படியுங்கள்:",
            "یہ بھی پڑھیں:",
            // Albanian, Azerbaijani, Welsh and Amharic.
            "lexo edhe:",
            "lexoni edhe:",
            "oxu həmçinin:",
            "darllenwch hefyd:",
            "shuningdek o‘qing:",
            "shuningdek o'qing:",
            "aqra wkoll:",
            "ተጨማሪ ያንብቡ፦",
            "ተጨማሪ ያንብቡ:",
        ],
    )
    .max_len(220)
    .role(Role::Aside),
    // "Tap to open the full gallery (8 photos)", "View the slideshow",
    // "▶ Watch the full briefing (41:07)": a link to the page's gallery or
    // video. Safe: the whole line is the link; one to a video must carry
    // the running time ("Watch the full interview" alone may lead in to a
    // transcript). The page goes on under it: an aside.
    RuleDef::pattern(
        "media-link",
        Category::Related,
        Scope::Line,
        "a link to the page's gallery or video",
        &["gallery", "slideshow", "watch", "play"],
        concat!(
            r"(?i)^(?:(?:tap|click) (?:here )?to )?(?:open|view|see|browse)(?: the| this)?(?: full)? (?:photo )?(?:gallery|slideshow)(?:\s*\(\s*[0-9]+ (?:photos|images|pictures|slides)\s*\))?$",
            r"|^(?:[▶►]\s*)?(?:watch|play)(?: the| this)?(?: full)?(?: [\p{L}-]+)+\s*\(\s*[0-9]{1,2}(?::[0-9]{2}){1,2}\s*\)$"
        ),
    )
    .max_len(80)
    .role(Role::Aside),
    // The same links printed between the article's paragraphs as often as
    // below them ("READ: Class suspensions for Thursday", "See also: …"):
    // the article may go on under one, so it opens no footer zone
    // ([`Role::Aside`]). Safe as `related-prompt` is.
    RuleDef::phrases(
        "related-aside",
        Category::Related,
        Scope::Prefix,
        "a short line inside the article that links to another story",
        &[
            "read:",
            "read more:",
            "read more -",
            "read more –",
            "read more —",
            "see also:",
            "related:",
            "must read:",
            "don't miss:",
            // The same prompt on French, Spanish, Portuguese and German sites
            // (phrases fold ASCII case only: "À" is listed as printed).
            "à lire aussi",
            "À lire aussi",
            "a lire aussi",
            "lire aussi :",
            "lire aussi:",
            "lea también:",
            "lee también:",
            "leia também:",
            "lesen sie auch:",
        ],
    )
    .max_len(220)
    .role(Role::Aside),
    // "Write for us! We are always looking for …": a site's call for
    // contributors. Safe: the line opens with the call, which no report
    // opens with.
    RuleDef::phrases(
        "contributor-call",
        Category::Related,
        Scope::Prefix,
        "a site's call for contributors",
        &["write for us", "become a contributor", "submit a guest post", "guest post guidelines"],
    )
    .max_len(300),
    // A newswire's furniture around a press release: the contact label,
    // the link to the original and to the issuer's other releases. Safe: a
    // line holding only the label ("Media contact:", "Media enquiries"), or
    // opening with the wire's link wording ("View original content to
    // download multimedia: https://…"); a name and an address under the
    // label stay.
    RuleDef::phrases(
        "press-release-contact",
        Category::Related,
        Scope::Line,
        "a press release's contact label",
        &[
            "media contact",
            "media contacts",
            "media enquiries",
            "media inquiries",
            "press contact",
            "press contacts",
            "press enquiries",
            "press inquiries",
            "investor contact",
            "investor contacts",
            "also from this source",
        ],
    ),
    // "Media contact: Dana Lee, 806-555-0142, dana@example.org", "Media
    // enquiries: Communications team, 03 6555 0180": a press release's
    // contact line with the details on it. Safe: the label opens the line
    // and a phone number or an email address follows in it.
    RuleDef::pattern(
        "press-release-contact-line",
        Category::Related,
        Scope::Line,
        "a press release's contact line with a phone number or an email address",
        &["media contact", "media enquiries", "media inquiries", "press contact", "press enquiries", "press inquiries"],
        r"(?i)^(?:media|press) (?:contacts?|enquiries|inquiries)\s*:\s*\S.*(?:@|[0-9]{3}[ .-]?[0-9]{3,4}).*$",
    )
    .max_len(200),
    RuleDef::phrases(
        "press-release-link",
        Category::Related,
        Scope::Prefix,
        "a newswire's link to the original release",
        &["view original content", "view source version"],
    )
    .max_len(220),
    // "Read the release", "Read the release · PDF (210 KB)", "Order a print
    // of this photograph", "Add to my schedule": the link or button a list
    // page prints under each item (a newsroom's releases, a gallery's
    // photographs, a programme's talks). Safe: the whole line is the link,
    // with at most the file it opens. The list goes on under it, so it is
    // an aside: it opens no footer zone.
    RuleDef::pattern(
        "item-link",
        Category::Related,
        Scope::Line,
        "the link or button a list page prints under each item",
        &["read the", "order a print", "buy a print", "buy this print", "add to my", "add to schedule", "add to agenda"],
        r"(?i)^(?:[☆★+＋]\s*)?(?:read the (?:full )?(?:press )?(?:release|statement)|order a print(?: of this (?:photograph|photo|picture))?|buy (?:a|this) print|add to (?:my )?(?:schedule|agenda))(?:\s*[·|•,]\s*(?:pdf|docx?|word)(?:\s*\(\s*[0-9][0-9.,]*\s*[kmg]i?b\s*\))?)?$",
    )
    .max_len(80)
    .role(Role::Aside),
    // "Download press photos (ZIP, 84 MB)", "Download the full report (PDF,
    // 2.1 MB)", "Fact sheet (PDF, 1 page)", "Get the full PDF (3.1 MB)": a
    // link to a file, with its type and size. Safe: the whole line is a short title that ends in the
    // file's type and its size or page count in brackets (a course page
    // whose content is its handouts lists "Course book (pdf)"). Press kits
    // print their files between their sections: an aside.
    RuleDef::pattern(
        "file-download-link",
        Category::Related,
        Scope::Line,
        "a link to a file, with its type and size",
        &["(pdf", "(zip", "(doc", "(xls", "(ppt", "(mp3", "(mp4", "(epub", "(csv", "(jpg", "(png", "[pdf", "[zip", "full pdf", "the pdf", "download pdf"],
        r"(?i)^(?:download\s+)?[^.!?]*[(\[](?:pdf|zip|docx?|xlsx?|pptx?|mp3|mp4|epub|csv|jpe?g|png)\s*[,;·–-]\s*[0-9][0-9.,]*\s*(?:[kmg]i?b|bytes|pages?|slides?|min)[)\]]\s*$|^(?:download|get|view|read)(?: the)?(?: full)? (?:pdf|epub)\s*[(\[]\s*[0-9][0-9.,]*\s*[kmg]i?b\s*[)\]]$",
    )
    .max_len(140)
    .role(Role::Aside),
    // "SOURCE Example Logistics Pte Ltd": a newswire's line naming the
    // release's issuer. Safe: the word in capitals, then a name without a
    // sentence end ("Source: police" in prose is not in capitals).
    RuleDef::pattern(
        "press-release-source",
        Category::Related,
        Scope::Line,
        "a newswire's line naming the issuer",
        &["source "],
        r"^SOURCE\s+\p{Lu}[^.!?]*$",
    )
    .max_len(100),
    // "Read more about the council's budget", "Read More from Ann Lee",
    // "Read more about our editorial standards.": a link to more. Safe: the
    // line is a link's text, or one sentence of one clause; "Read more about
    // this in the council's report, which sets out …" is the article's.
    RuleDef::pattern(
        "related-read-more",
        Category::Related,
        Scope::Line,
        "a short line that links to more about a topic or from a writer",
        &["read more about", "read more from", "read more at", "read more on"],
        r"(?i)(?-u:\b)read more (?:about|from|at|on)\s(?:[^.!?]*[^.!?\s]|[^,;]*[.!?])(?:\s*[^\p{L}\p{N}\s.,;!?])*\s*$",
    )
    .max_len(220),
    // "More from Lena Okoye", "More on Ukraine: …", "More from the author":
    // a link to more stories. Safe: a name or a page of the site follows,
    // or the line ends like no sentence ("More on remote and hybrid work");
    // "More on that later." and "More from that first month than I'd like
    // to admit …" are the article's.
    RuleDef::pattern(
        "related-more",
        Category::Related,
        Scope::Prefix,
        "a short line that links to more stories from someone or on something",
        &["more from", "more on"],
        r"^(?i:more (?:from|on))\s+(?:\p{Lu}|@|(?i:the|this|our|my|his|her|their)\s+(?:\p{Lu}|(?i:author|site|blog|archives?|series|topic|story|stories|writer|section|newsroom|podcast|show|team|editors?|desk)(?-u:\b))|[^.!?]*$)",
    )
    .max_len(220),
    // "Read our full Acme X2 review": a link to the site's review of another
    // product. Safe: a prefix that only a link line opens with, and no
    // sentence end (the article's own "Read our full review here." stays).
    RuleDef::phrases(
        "review-link",
        Category::Related,
        Scope::Prefix,
        "a link to the full review of another product",
        &[
            "read our full",
            "read the full",
            "read our complete",
            "read the complete",
        ],
    )
    .max_len(120)
    .unpunctuated(),
    // "Recommended <Headline>" with no sentence end: a recommendation widget.
    // The next word is capitalised ("Recommended courses:" is a lead-in).
    RuleDef::pattern(
        "related-widget",
        Category::Related,
        Scope::Prefix,
        "a recommended or trending headline without a sentence end",
        &["recommended", "trending", "most read", "most popular"],
        r"^(?:Recommended|RECOMMENDED|Trending|TRENDING|Most [Rr]ead|Most [Pp]opular)\s+\p{Lu}[^:]*$",
    )
    .max_len(200)
    .unpunctuated(),
    // A section's list label: "Most read in News", "Most popular on Sport",
    // "More theatre reviews", "More election coverage". Safe: the whole
    // line, short, no sentence end; "more" needs a kind of story at the end
    // ("More affordable homes" stays).
    RuleDef::pattern(
        "related-section-label",
        Category::Related,
        Scope::Line,
        "a label over a section's list of stories",
        &["most ", "more ", "related "],
        concat!(
            r"^(?i:most (?:read|popular|viewed|shared|commented)\s+(?:in|on|from)\s+\S.*)$",
            r"|^(?i:more\s+(?:\S+\s+){1,3}(?:reviews|coverage|stories|news|articles|posts|videos|podcasts|features|interviews|recipes|guides|columns|opinion|briefings|explainers|episodes|galleries))$",
            // "Related explainers", "Related local coverage".
            r"|^(?i:related\s+(?:\S+\s+){0,2}(?:reviews|coverage|stories|articles|posts|videos|podcasts|features|interviews|recipes|guides|columns|briefings|explainers|episodes|galleries|reads))$",
        ),
    )
    .max_len(60)
    .unpunctuated(),
    // "Also on Sliotar Sport: Glenmore boss says …": a link to a story of
    // the same site. Safe: "Also on" and a capitalised name before a colon
    // open the line ("Also on the agenda is …" has no colon after a name).
    RuleDef::pattern(
        "related-also-on",
        Category::Related,
        Scope::Prefix,
        "a short line that links to another story of the site",
        &["also on"],
        r"^(?i:also on)\s+\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,3}\s*:",
    )
    .max_len(220),
    // "Read the latest e-edition of the Valley Advertiser, available every
    // Thursday", "View today's digital edition": a newspaper's promo for
    // its page replica. Safe: the line opens with the verb and names the
    // replica within a few words, as a name of its own ("Read the
    // e-edition's letters page and you will see …" stays).
    RuleDef::pattern(
        "e-edition-promo",
        Category::Related,
        Scope::Prefix,
        "a promo for the newspaper's e-edition",
        &["e-edition", "eedition", "digital edition", "digital replica", "epaper", "e-paper"],
        r"(?i)^(?:read|view|browse|access|see|explore|open|try) (?:the |our |your |today's |today’s |this week's |this week’s )?(?:latest |new |digital |full |free )*(?:e-?edition|digital edition|digital replica|e-?paper)(?:[\s,:.–—-]|$)",
    )
    .max_len(200),
    // "Catch all the Business News, Market News and Latest News Updates on
    // <Site>": a news site's closing line that links its sections. Safe:
    // it opens with "catch all the", names news and then the site after
    // "on" or "at" in one sentence.
    RuleDef::pattern(
        "news-catch-all",
        Category::Related,
        Scope::Prefix,
        "a closing line pointing to the site's news sections",
        &["catch all the"],
        r"(?i)^catch all the [^.!?]*(?-u:\b)news(?-u:\b)[^.!?]*(?-u:\b)(?:on|at) \S",
    )
    .max_len(300),
];
