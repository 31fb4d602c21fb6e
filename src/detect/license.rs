//! Licensing, republishing, copyright, disclaimers, print-edition notes,
//! "Write to … at" lines and news-agency sign-offs.

use super::{Role, RuleDef};
use crate::{Category, Scope};

/// "Unless otherwise noted" and its word orders, for `copyright-unless`.
macro_rules! unless_otherwise {
    () => {
        r"unless (?:otherwise (?:noted|credited|stated|indicated|specified)|(?:noted|credited|stated|indicated|specified) otherwise)"
    };
}

pub(crate) const RULES: &[RuleDef] = &[
    // Agency sign-offs: reporter initials then agencies, "rc/jil (dpa, Reuters, AP)".
    // Safe: a line of lowercase initials joined by slashes is never prose.
    RuleDef::pattern(
        "agency-signoff",
        Category::License,
        Scope::Line,
        "a news-agency sign-off (editor initials and agencies)",
        &["/"],
        r"^[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?:\([A-Za-z][A-Za-z .,&-]*\))?$",
    )
    .max_len(80),
    // "(Reporting by …; Editing by …)" at the end of wire copy. Safe: a
    // name follows each "by" ("Additional reporting by the students …" is
    // a sentence).
    RuleDef::pattern(
        "wire-credits",
        Category::License,
        Scope::Line,
        "a wire-service reporting and editing credit",
        &["reporting by", "editing by", "writing by"],
        r"(?i)^\(?(?:additional )?(?:reporting|writing|editing) by\s+(?-i:\p{Lu}).*(?:editing|writing|reporting) by\s+(?-i:\p{Lu}).*\)?\.?$",
    )
    .max_len(400),
    // "Write to Jane Doe at jane@example.com" (the address is often stripped).
    // Safe: after "at" comes an address, or the next name ("… at and Josh
    // Chin at"), or nothing: "Write to Sarah at the school if …" is a
    // sentence.
    RuleDef::pattern(
        "write-to",
        Category::License,
        Scope::Line,
        "a 'Write to … at' contact line",
        &["write to"],
        r"^Write to (?:\p{Lu}[\p{L}.'’-]*\s*)+(?:at(?:\s+\S+@\S+)?(?:\s*(?:,|and|&)\s*(?:\p{Lu}[\p{L}.'’-]*\s*)+at(?:\s+\S+@\S+)?)*)?\s*\.?$",
    )
    .max_len(300),
    // Print-edition notes.
    RuleDef::phrases(
        "print-edition",
        Category::License,
        Scope::Prefix,
        "a note that the article appeared in print",
        &[
            "appeared in the",
            "a version of this article appears in print",
            "a version of this article appeared in print",
            "a version of this story appeared in",
            "a version of this article appeared in",
            "this article appeared in the",
            "this article appears in the",
            "this story appeared in the",
            "this article appeared in print",
        ],
    )
    .max_len(400),
    // Where a piece first appeared, and the permission it runs with, as a
    // note of its own: "Originally published on Medium.", "Reprinted with
    // permission from …". Safe: the line opens with the note; in a sentence
    // the words are narrative ("The novel was originally published on 4
    // May 1951 …", "The letter, reprinted with permission of the family,
    // describes …").
    RuleDef::phrases(
        "origin-note",
        Category::License,
        Scope::Prefix,
        "a note of where the piece first appeared or the permission it runs with",
        &[
            "originally published on",
            "originally appeared on",
            "republished with permission",
            "reprinted with permission",
            "reproduced with permission",
            "used with permission",
        ],
    )
    .max_len(300),
    // "This story was produced with the financial support of …", "This
    // reporting was made possible by a grant from …": the funder's credit
    // under a story. Safe: the line opens with the note on this very piece.
    RuleDef::phrases(
        "funding-credit",
        Category::License,
        Scope::Prefix,
        "a funder's credit for this piece",
        &[
            "this story was produced with",
            "this article was produced with",
            "this report was produced with",
            "this reporting was produced with",
            "this story was made possible",
            "this article was made possible",
            "this reporting was made possible",
            "this coverage was made possible",
            "this story is supported by",
            "this article is supported by",
            "this reporting is supported by",
            "this coverage is supported by",
            "this story was funded by",
            "this reporting was funded by",
        ],
    )
    .max_len(400),
    // "This report by The Example Press was first published March 6, 2025.":
    // a wire service's footer naming itself and the date. Safe: the line
    // opens with the note on this very report, and a capitalised name
    // follows "by" ("This report by the committee was first published in
    // 1998" is history, not a footer).
    RuleDef::pattern(
        "first-published-by",
        Category::License,
        Scope::Prefix,
        "a wire footer: when this report was first published, and by whom",
        &["was first published"],
        r"(?i)^this (?:report|article|story) by (?-i:\p{Lu})[^.!?]{0,80}? was first published(?-u:\b)",
    )
    .max_len(300),
    // Republishing and syndication notices. Safe: they talk about the article
    // itself ("this article", "all content created by") and are capped.
    // "Without prior written permission" alone is left out (contracts and
    // court reports say it); the notices that hold it hold another phrase
    // here ("may not be reproduced", "no part of this publication").
    RuleDef::phrases(
        "republishing",
        Category::License,
        Scope::Block,
        "a republishing, syndication or licensing notice",
        &[
            "all content created by",
            "available without charge to any",
            "republished articles must include",
            "republish this article",
            "republish this story",
            "republish our articles",
            "this article is republished",
            "this article was republished",
            "republished from",
            "republication or redistribution",
            "expressly prohibited without",
            "not for redistribution",
            "this article was originally published",
            "this article originally appeared",
            "this story was originally published",
            "this story originally appeared",
            "this post was originally published",
            "this post originally appeared",
            "this article first appeared",
            "this story first appeared",
            "this post first appeared",
            "this piece first appeared",
            "this piece originally appeared",
            "this piece was originally published",
            "this article was first published",
            "this story was first published",
            "this post was first published",
            // Not "under a Creative Commons license" alone: prose says what
            // else is released under one (designs, data, archives).
            "licensed under a creative commons attribution",
            "this work is licensed under a creative commons",
            "this article is licensed under a creative commons",
            "content is licensed under a creative commons",
            "this work is licensed under creative commons",
            "this article is licensed under creative commons",
            "content is licensed under creative commons",
            "content licensed under creative commons",
            "content licensed under cc by",
            "content is licensed under cc by",
            "this article is licensed under cc by",
            "you may republish this",
            "you can republish this",
            "do not reproduce without",
            "on this site is licensed under",
            "on this website is licensed under",
            "for licensing opportunities",
            "for reprint and licensing",
            "for reprint permission",
            "for reprint requests",
            "for reprint information",
            "reprints and permissions",
            "reprints & permissions",
            "may not be published, broadcast, rewritten",
            "may not be reproduced",
            "may not be republished",
            "no part of this publication",
            "no part of this website",
            "no part of this site",
            "no part of this article",
            "no part of this material",
            "no part of this content",
            "no part of this page",
            "reproduction in whole or in part",
            "without permission is prohibited",
            "unauthorized reproduction is prohibited",
            "unauthorised reproduction is prohibited",
            "unauthorized reproduction prohibited",
            "reproduction is strictly prohibited",
            "without the express written permission",
            "all content ©",
            "all images ©",
            "all photos ©",
            "all photographs ©",
            "no reproduction without",
            "not to be reproduced",
            "please do not reproduce",
            "please don't reproduce",
            "please do not use without",
            "please don't use without",
            "all content copyright",
            "available under cc by",
            // Syndication notes of news aggregators.
            "syndicated feed",
            "wire agency feed",
            // A government site's footer: its content is in the public domain.
            "in the public domain unless otherwise noted",
            "in the public domain unless otherwise stated",
        ],
    )
    .max_len(700),
    // "All rights reserved" as a footer prints it as a notice: at the end,
    // or before punctuation, a year, "by" or "worldwide" ("© 2025 The
    // Courier. All rights reserved.", "All Rights Reserved | Privacy"). An
    // article that writes about the phrase makes it a sentence's subject
    // ("All rights reserved doesn't mean what most people think"). In lower
    // case the phrase ends the line: "Licences: all rights reserved,
    // Creative Commons and open source" lists it.
    RuleDef::pattern(
        "rights-reserved",
        Category::License,
        Scope::Block,
        "a rights-reserved notice",
        &["all rights reserved"],
        r"(?:(?-i:All|ALL) (?i:rights reserved)(?:\s*$|\s*[.,;:|·•©®)\]/–—-]|\s+(?i:(?:by|to|for|worldwide|in|unless|except|and)(?-u:\b)|[0-9]))|all (?i:rights reserved)\.?\s*$)",
    )
    .max_len(700),
    // "掲載記事の無断転載・複製を禁じます", "版权所有，未经许可不得转载",
    // "무단전재 및 재배포 금지": the East Asian footer's ban on reproducing
    // the site's articles, its "all rights reserved". Safe: each phrase is
    // the notice's own set wording (the ban "…を禁じます", "不得转载",
    // "금지"), and the line is short; a story about piracy says "無断転載"
    // without the ban's verb.
    RuleDef::phrases(
        "reproduction-ban",
        Category::License,
        Scope::Block,
        "an East Asian footer's ban on reproducing the site's articles",
        &[
            "無断転載を禁じます",
            "無断転載・複製を禁じます",
            "無断転載、複製を禁じます",
            "無断複製・転載を禁じます",
            "無断転載を禁止します",
            "無断転載・複製を禁止します",
            "無断転載禁止",
            "版权所有",
            "版權所有",
            "未经许可不得转载",
            "未經許可不得轉載",
            "未经授权不得转载",
            "무단전재 및 재배포 금지",
            "무단 전재 및 재배포 금지",
            "무단전재-재배포 금지",
            "무단전재 재배포 금지",
        ],
    )
    .max_len(300),
    // "Todos los derechos reservados", "Hak cipta terpelihara © 2026 …",
    // "Haki zote zimehifadhiwa", "جميع الحقوق محفوظة": "all rights reserved"
    // in other languages, in a footer's copyright line. Safe: each phrase
    // is the notice's fixed wording, which prose about rights does not
    // repeat word for word; on a block of up to 200 bytes.
    RuleDef::phrases(
        "rights-reserved-intl",
        Category::License,
        Scope::Block,
        "\"all rights reserved\" in another language",
        &[
            "todos los derechos reservados",
            "todos os direitos reservados",
            "tous droits réservés",
            "tous les droits sont réservés",
            "alle rechte vorbehalten",
            "tutti i diritti riservati",
            "alle rechten voorbehouden",
            "wszelkie prawa zastrzeżone",
            "všechna práva vyhrazena",
            "minden jog fenntartva",
            "toate drepturile rezervate",
            "alle rettigheder forbeholdes",
            "alle rettigheter reservert",
            "med ensamrätt",
            "kaikki oikeudet pidätetään",
            "tüm hakları saklıdır",
            "hak cipta terpelihara",
            "hak cipta dilindungi undang-undang",
            "haki zote zimehifadhiwa",
            "bảo lưu mọi quyền",
            "Όλα τα δικαιώματα διατηρούνται",
            "Все права защищены",
            "Усі права захищені",
            "כל הזכויות שמורות",
            "جميع الحقوق محفوظة",
            "کلیه حقوق",
            "สงวนลิขสิทธิ์",
            "सर्वाधिकार सुरक्षित",
            "allur réttur áskilinn",
            "sva prava pridržana",
            "sva prava zadržana",
            "vse pravice pridržane",
            "visos teisės saugomos",
            "visas tiesības aizsargātas",
            "kõik õigused kaitstud",
            "všetky práva vyhradené",
            "tots els drets reservats",
            "todos os dereitos reservados",
            "eskubide guztiak erreserbatuta",
            "të gjitha të drejtat e rezervuara",
            "cedwir pob hawl",
            "lahat ng karapatan ay nakalaan",
            "barcha huquqlar himoyalangan",
            "bütün hüquqlar qorunur",
            "сва права задржана",
            "сите права се задржани",
            "всички права запазени",
            "барлық құқықтар қорғалған",
            "ყველა უფლება დაცულია",
            "բոլոր իրավունքները պաշտպանված են",
            "সর্বস্বত্ব সংরক্ষিত",
            "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை",
            "جملہ حقوق محفوظ ہیں",
        ],
    )
    .max_len(200),
    // The registration line of a charity's or a company's footer: "…is a
    // registered charity in England and Wales (1123456)", "Company No.
    // 04567891". Safe: the number (five digits or more) must follow in the
    // same sentence ("The trust, a registered charity since 1998, …" has
    // four digits).
    RuleDef::pattern(
        "registration-footer",
        Category::License,
        Scope::Block,
        "a charity's or company's registration line",
        &["registered charity", "charity no", "charity number", "charity reg", "company no", "company number", "company registration", "registered in"],
        r"(?i)(?:registered charity|charity (?:no|number|reg)|company (?:no|number|registration)|registered in (?:england|scotland|wales|ireland|northern ireland))[^0-9.!?]*[0-9]{5,}",
    )
    .max_len(400),
    // Editorial disclaimers: the opinions or views are the author's own
    // ("… do not necessarily reflect …", "Opinions expressed by contributors
    // are their own"). Safe: needs both the views/opinions wording (whole
    // words: "Online reviews do not necessarily reflect …" is news) and the
    // disclaimer verb.
    RuleDef::pattern(
        "opinion-disclaimer",
        Category::License,
        Scope::Block,
        "a disclaimer that the views are the author's alone",
        &["necessarily reflect", "necessarily represent", "views expressed", "opinions expressed"],
        r"(?i)(?-u:\b)(?:views|opinions|column|article|content)(?-u:\b).*(?-u:\b)(?:do|does) not necessarily (?:reflect|represent)|(?-u:\b)(?:views|opinions) expressed(?-u:\b).*(?-u:\b)(?:are|is) (?:those|solely|the author|their own|his own|her own|my own|our own)(?-u:\b)|(?-u:\b)(?:views|opinions) expressed(?-u:\b).*(?-u:\b)belong (?:to|solely to) (?:the|their|its)(?-u:\b)",
    )
    .max_len(600),
    // "… is for informational purposes only and is not medical advice": the
    // advice disclaimer under health, money and legal pages. Safe: each
    // phrase disclaims the page's own status as advice, in a short block.
    // "The museum acknowledges the … people, the traditional owners of the
    // land on which we work, and pays respect to Elders past and present":
    // an acknowledgement of country in a site's footer. Safe: the phrases
    // are the formula's own, in a short block (a story about the custom
    // quotes it, and quotations and reported speech are spared).
    RuleDef::phrases(
        "land-acknowledgement",
        Category::License,
        Scope::Block,
        "an acknowledgement of country in a site's footer",
        &[
            "elders past and present",
            "elders past, present and emerging",
            "elders, past and present",
            "elders past, present and future",
            "we acknowledge the traditional owners",
            "we acknowledge the traditional custodians",
            "acknowledges the traditional owners",
            "the traditional owners of the land on which",
            "the traditional custodians of the land on which",
            "acknowledges the traditional custodians",
            "we respectfully acknowledge the traditional",
        ],
    )
    .max_len(400),
    RuleDef::phrases(
        "advice-disclaimer",
        Category::License,
        Scope::Block,
        "a disclaimer that the page is not professional advice",
        &[
            "for informational purposes only",
            "for general informational purposes",
            "is not intended as medical advice",
            "is not medical advice",
            "not a substitute for professional medical advice",
            "not intended to be a substitute for professional",
            "does not constitute financial advice",
            "does not constitute investment advice",
            "does not constitute legal advice",
            "does not constitute medical advice",
            "is not financial advice",
            "is not legal advice",
            "nothing on this site is investment advice",
            "nothing on this site is financial advice",
            "does not replace advice from your own",
            "does not replace a check-up with your own",
            "is not investment advice",
            "should not be construed as financial",
            "should not be construed as legal",
            "should not be construed as medical",
            "should not be construed as investment",
            "is for general information only",
            "are for general information only",
            "not a substitute for professional veterinary",
            "not a substitute for professional legal",
            "not a substitute for professional financial",
            "not a substitute for advice from",
            "not a substitute for the advice of",
            // A property listing's data notice.
            "deemed reliable but not guaranteed",
            "deemed reliable but is not guaranteed",
            // A horoscope's or a game's disclaimer.
            "for entertainment purposes only",
            "should not be relied on for financial",
            "should not be relied upon for financial",
            "should not be relied on for medical",
            "should not be relied upon for medical",
        ],
    )
    .max_len(500),
    // "Listing information is supplied by the agent and has not been
    // independently checked", "The wire is not responsible for the content
    // of releases it carries", "Note: the text may have been edited for
    // style and length": a publisher's note that it did not write or check
    // what it carries. Safe: the whole phrase, in a block of up to 300
    // bytes; news saying a claim "could not be independently verified"
    // uses other words ("The video has not been independently verified"
    // names no information and no checking).
    RuleDef::phrases(
        "content-disclaimer",
        Category::License,
        Scope::Block,
        "a publisher's note that it did not write or check what it carries",
        &[
            "and has not been independently checked",
            "information has not been independently verified",
            "not responsible for the content of releases",
            "not responsible for the content of press releases",
            "not responsible for the content of applications",
            "not responsible for the content of external",
            "not responsible for the content of third-party",
            "not responsible for the content of linked",
            "may have been edited for style and length",
            "may be edited for style and length",
        ],
    )
    .max_len(300),
    // "Distributed by Example Content Agency, LLC.": the syndicate's line
    // under a column it sells to many papers. Safe: the whole line, and it
    // must end with the kind of seller ("Distributed by Focus Features", a
    // film's distributor in a review, does not match).
    RuleDef::pattern(
        "syndicate-distribution",
        Category::License,
        Scope::Line,
        "a syndicate's distribution line",
        &["distributed by"],
        r"(?i)^distributed by:?\s+\S.*(?:agency|syndicate|syndication|news service)(?:,?\s*(?:inc|llc|ltd)\.?)?$",
    )
    .max_len(120),
    // "Additional reporting by Jane Doe.": the credit line under a story.
    // Safe: no sentence of an article opens with these words.
    RuleDef::phrases(
        "additional-reporting",
        Category::License,
        Scope::Prefix,
        "a credit for additional reporting",
        &[
            "additional reporting by",
            "additional reporting from",
            "with additional reporting by",
            "additional reporting contributed by",
        ],
    )
    .max_len(200),
    // "The Associated Press contributed to this report.": a credit to
    // other reporters or agencies. Safe: the phrase names the report itself.
    RuleDef::phrases(
        "contributor-credit",
        Category::License,
        Scope::Block,
        "a credit to those who contributed to the report",
        &["contributed to this report", "contributed to this story", "contributed reporting to this"],
    )
    .max_len(200),
    // Lines of a licensing box. They can also head a section of an article
    // on licensing, hence the label role.
    RuleDef::phrases(
        "license-label",
        Category::License,
        Scope::Line,
        "a line holding only a licensing or reprint link",
        &["reprints", "reprint rights", "get permission", "licensing", "creative commons license", "license this article", "rights and reuse", "reprints and reuse", "reprints and reuse requests", "rights and permissions"],
    )
    .role(Role::Label),
    RuleDef::phrases(
        "disclaimer",
        Category::License,
        Scope::Prefix,
        "a disclaimer paragraph",
        &["disclaimer:", "disclosure:", "legal disclaimer"],
    )
    .max_len(700),
    // "Market data delayed by at least 15 minutes", "Quotes delayed 20
    // minutes.": a market widget's delay notice. Safe: the whole line is the
    // notice, with at most a short clause after it ("Trains were delayed by
    // 15 minutes" names no data).
    RuleDef::pattern(
        "quote-delay",
        Category::License,
        Scope::Line,
        "a market data widget's delay notice",
        &["delayed"],
        r"(?i)^(?:(?:market|stock|share|price|index|exchange)\s+)?(?:data|quotes?|prices?)(?:\s+(?:are|is))?\s+delayed(?:\s+by)?(?:\s+(?:at\s+least|up\s+to|a\s+minimum\s+of))?\s+[0-9]{1,2}\s*(?:min|mins|minutes)(?-u:\b)[^.!?]{0,60}(?:\.\s+(?:prices|quotes|data|figures)\s+(?:are|is)\s+(?:indicative|for information)[^.!?]{0,40})?\.?$",
    )
    .max_len(120),
    // "© 2024 Example Media" or "Copyright 2024 …" as a line of its own, or
    // opening one after one or two words ("Forecast data © 2026 …").
    RuleDef::pattern(
        "copyright-line",
        Category::License,
        Scope::Prefix,
        "a copyright line",
        &["©", "copyright", "(c)"],
        r"^(?:©\s*(?:[0-9]{4}|\p{Lu}|\p{Lo})|(?:[Cc]opyright|COPYRIGHT)\s*(?:©|\([cC]\))?\s*[0-9]{4}|\([cC]\)\s*[0-9]{4}|\p{Lu}\p{L}*(?:\s+\p{L}+)?\s+©\s*[0-9]{4})",
    )
    .max_len(200),
    // "The views of letter writers are not the paper's. © 2026 Courier
    // Media Ltd", "Appeals are published as issued. © 2026 The Bulletin",
    // "… Website content © the association, 2026.": a footer's notice
    // closed by its copyright. Safe: a sentence end or a separator before
    // it, at most two words ("Website content", "Recordings") between that
    // and the sign, then a year and only a capitalised name ("Of" and "the"
    // allowed) to the end of the line, or "the"/"our" and a name before
    // the year ("a stamp reading © 1987 Harold Vance, and …" goes on).
    RuleDef::pattern(
        "copyright-tail",
        Category::License,
        Scope::Suffix,
        "a line closed by a copyright notice",
        &["©"],
        concat!(
            r"[.!?·|]\s+(?:\p{L}+\s+)?(?:\p{L}+\s+)?©\s*(?:",
            r"[0-9]{4}(?:\s*[-–,]\s*[0-9]{4})?(?:,?\s+(?:(?i:the)\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|the|and|&|for|on|at|in|upon|de|du|la|le|van|von))*)?",
            r"|(?i:the|our)\s+\p{L}+(?:\s+\p{L}+)?,?\s+[0-9]{4}",
            r")\.?\s*$"
        ),
    )
    .max_len(300),
    // "Unless otherwise noted, blog content © the library", "All photographs
    // © Ann Lee unless otherwise credited", "Text licensed CC BY-SA 4.0
    // unless stated otherwise": a footer's copyright or licence with its
    // exceptions. Safe: the copyright sign or a Creative Commons code and
    // the exception in one sentence (a version number's point, "4.0", ends
    // none).
    RuleDef::pattern(
        "copyright-unless",
        Category::License,
        Scope::Block,
        "a copyright or licence notice with its exceptions",
        &["unless otherwise", "noted otherwise", "stated otherwise", "indicated otherwise", "specified otherwise"],
        concat!(
            r"(?i)(?:(?:©|(?-u:\b)cc[ -]by(?-u:\b))(?:[^.!?]|\.[0-9])*",
            unless_otherwise!(),
            r"|",
            unless_otherwise!(),
            r"(?:[^.!?]|\.[0-9])*(?:©|(?-u:\b)cc[ -]by(?-u:\b)))"
        ),
    )
    .max_len(400),
    // "The Valley Post is part of Harbour Media plc, an international media
    // group and leading digital publisher. Visit our corporate site.", with
    // or without a copyright line after it: the owner's line in a site's
    // footer. Safe: the whole line is the claim, and the owner is a plc, a
    // media or publishing company by name, or described as one ("The hotel
    // is part of the Marriott Group, which bought it in 2019" is news: no
    // media owner, and it goes on).
    RuleDef::pattern(
        "publisher-group",
        Category::License,
        Scope::Line,
        "a footer naming the media group that owns the site",
        &[" is part of ", " is a part of ", " is a division of ", " is a brand of ", " is a subsidiary of ", " is a member of "],
        concat!(
            r"^\p{Lu}[^.!?]* is (?:a |an )?(?:part|division|brand|subsidiary|member) of (?:the )?\p{Lu}[\p{L}\p{N}&'’. -]*?",
            r"(?:(?-u:\b)(?:plc|PLC|(?:Media|Publishing|Publications|Newspapers|News|Press)(?: (?:Group|Ltd|Limited|Inc|LLC|plc|Corp))?)",
            r"|, an? [^.!?]*(?i:media|publish)[^.!?]*)",
            r"\.?(?:\s+(?:(?i:visit our corporate site|all rights reserved)|©[^!?]*?)\.?)*\s*$"
        ),
    )
    .max_len(300),
    // "Summaries are licensed CC BY 4.0. Linked articles remain the
    // property of their publishers.", "Audio and transcript licensed CC
    // BY-NC 4.0.": the page's own licence line, with at most one more
    // sentence. Safe: the licence ends its sentence ("… is licensed CC
    // BY-SA 4.0, which lets anyone reuse it" is prose about a licence).
    RuleDef::pattern(
        "cc-licence-line",
        Category::License,
        Scope::Line,
        "a line stating the page's Creative Commons licence",
        &["licensed cc", "licensed under cc", "licensed creative commons", "licensed under creative commons", "licensed under a creative commons"],
        r"(?i)^[^.!?]*(?-u:\b)licensed (?:under )?(?:an? |the )?(?:cc|creative commons)[ -]by(?:-[a-z]{2})*(?: [0-9.]*[0-9])?(?: international)?(?: licen[cs]e)?\.(?:\s+[^.!?]+[.!?]?)?$",
    )
    .max_len(300),
];
