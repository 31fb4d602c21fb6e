//! Image captions, photo credits, image placeholders and alt text, video embeds.
//!
//! Credits follow a grammar: a label ("Photo:", "Photographer:"), a slash
//! between a name and an agency ("Vincent Yu/AP Photo"), "via Getty Images",
//! or a copyright sign before an agency. The agencies and picture libraries we
//! recognise are listed once below (`news_agencies!` and `photo_sources!`);
//! add to those lists, not to the patterns.
//!
//! Context rules that need neighbours (a caption printed twice, the line after
//! an image placeholder, the line above a credit) live in `judge`.

use super::{Role, RuleDef};
use crate::{Category, Scope};

/// News agencies that also write text: named alone they are a source, not a
/// credit, so the patterns need a slash, "via", "Photo" or a label with them.
macro_rules! news_agencies {
    () => {
        "(?:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|EFE|dpa|DPA|Xinhua|XINHUA|Anadolu(?: Agency)?|Bloomberg(?: News)?|BLOOMBERG(?: NEWS)?|AAP|Kyodo|KYODO|Yonhap|YONHAP|TASS|Sputnik|SIPA|Sipa(?: USA)?|PA(?: Images| Wire| Media| Archive)?|IANS|PTI|ANI|KCNA|NASA|UPI|ABACA(?:PRESS)?|Abaca(?:press)?|ZUMA|NURPHOTO|ZUMA PRESS)"
    };
}

/// Sources that only supply pictures: named at the end of a line they credit one.
macro_rules! photo_sources {
    () => {
        "(?:Getty Images|GETTY IMAGES|Getty|Shutterstock|SHUTTERSTOCK|Alamy|ALAMY|iStock(?:photo)?|ISTOCK|picture[- ]alliance|PICTURE[- ]ALLIANCE|ZUMA (?:Press|Wire)|ZUMA|NurPhoto|SOPA Images|LightRocket|WireImage|FilmMagic|Corbis|Imago|IMAGO|Newscom|Redux|Polaris|Rex(?: Features| Shutterstock)?|REX|Wikimedia(?: Commons)?|Unsplash|Pexels|Pixabay|Flickr|Camera Press|Magnum Photos|Avalon|AP Photo|AP Images|AFP Photo|Reuters Photo|EPA Images)"
    };
}

/// Labels that introduce a credit or caption.
macro_rules! credit_labels {
    () => {
        "(?:Photo(?:graph)?s?|Photographer|Fotos?|FOTOS?|Picture|Pictured|Pics?|Image|Images|Credit|Photo credit|Image credit|Image source|Illustration|Video|Source image|Beeld|Fotoğraf|Zdjęcie|Bild|Kuva|Mynd|Myndir|Slika|Attēls|Fotografija|Fotografía|Fotografia|Imaxe|Imatge|Pilt|Llun|Ritratt|Surat|Chart|Graphic|Fotó|Portrait)"
    };
}

const CREDIT_TRIGGERS: &[&str] = &[
    "/",
    "getty",
    "photo",
    "foto",
    "image",
    "picture",
    "credit",
    "courtesy",
    "shutterstock",
    "alamy",
    "istock",
    "alliance",
    "zuma",
    "via",
    "unsplash",
    "pexels",
    "pixabay",
    "flickr",
    "wikimedia",
    // Who gave a picture: "(Submitted by …)", "(Supplied)".
    "(submitted",
    "(supplied",
    "(contributed",
    "(handout",
    "[submitted",
    "[supplied",
];

pub(crate) const RULES: &[RuleDef] = &[
    // A line that is only a credit ("Photographer: Jane Doe/Agency"). Safe: a
    // credit label at the start, short, no sentence end. Its role lets the
    // context stage also take the caption line printed just above it.
    RuleDef::pattern(
        "credit-line",
        Category::Caption,
        Scope::Line,
        "a line holding only a photo credit",
        &["photo", "foto", "image", "picture", "credit", "illustration", "courtesy", "pic:", "pic by", "pics:", "mynd", "slika", "attēls", "imaxe", "imatge", "pilt", "llun", "ritratt", "surat", "chart:", "graphic:"],
        concat!(
            r"^(?:",
            credit_labels!(),
            r"|PHOTO(?:GRAPH)?S?|IMAGE|PICTURE|CREDIT|PICS?)\s*(?::|by(?-u:\b))\s*\S.*$|^(?:Courtesy(?: of)?|Photo courtesy(?: of)?)(?-u:\b).*$"
        ),
    )
    .max_len(110)
    .unpunctuated()
    .role(Role::Credit),
    // "Name/Agency" alone on a line: a credit. Safe: one to five capitalised
    // words, a slash and a listed agency or picture library, a newspaper's
    // name with its "The" ("Dana Lee / The Valley Courier"), or a staff or
    // reader photo's note ("Ann Lee/Staff", "Ann Lee / Submitted"), nothing
    // else.
    RuleDef::pattern(
        "credit-slash-line",
        Category::Caption,
        Scope::Line,
        "a line holding only a 'Name/Agency' photo credit",
        // Every match holds the slash: the other credit words would run the
        // pattern on lines it cannot match.
        &["/"],
        concat!(
            r"^(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}/\s*(?:",
            news_agencies!(),
            "|",
            photo_sources!(),
            r"|(?:For\s+)?The\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}",
            r"|(?i:staff photographer|staff photo|staff|contributed photo|contributed|submitted photo|submitted|provided photo|provided)",
            r")(?:\s+(?:Photo|Images|via Getty Images|File))?(?:/(?:File|Pool))?$"
        ),
    )
    .max_len(100)
    .role(Role::Credit),
    // "Getty Images / Jane Doe", or "Getty Images" alone: a credit naming the
    // picture library first. Safe: a listed picture library opens the line
    // and at most five words of a name follow the slash; a library named
    // alone must be the long form of an agency, not a site a list may name.
    RuleDef::pattern(
        "credit-source-first",
        Category::Caption,
        Scope::Line,
        "a photo credit naming the picture library first",
        // Every match holds the slash, or is "Getty Images" alone.
        &["/", "getty"],
        concat!(
            r"^(?:",
            photo_sources!(),
            r"\s*/\s*(?:[\p{L}0-9][\p{L}0-9.'’&-]*\s*){1,5}|Getty Images|GETTY IMAGES)$"
        ),
    )
    .max_len(80)
    .role(Role::Credit),
    // "Source: Unsplash", "Via: Pexels / Ann Lee": a source label before a
    // picture library. Safe: the library must be a listed one ("Source:
    // Census Bureau" under a chart does not match).
    RuleDef::pattern(
        "credit-source-label",
        Category::Caption,
        Scope::Line,
        "a source label naming a picture library",
        &["source", "via"],
        concat!(
            r"^(?i:source|via|image source|photo source)\s*:\s*",
            photo_sources!(),
            r"(?:\s*/\s*\S.*)?$"
        ),
    )
    .max_len(80)
    .role(Role::Credit),
    // A credit in brackets closing the line: "(NAME/AFP via Getty Images)",
    // "[Vincent Yu/AP Photo]", "(Photo: Name/Reuters)", "(picture-alliance/dpa)".
    // Safe: the bracket holds an agency or picture library joined by a slash or
    // "via", or starts with a credit label; prose rarely ends that way. The
    // whole line is a caption, however long ("however long" is the point:
    // caption paragraphs end in their credit).
    RuleDef::pattern(
        "credit-bracket",
        Category::Caption,
        Scope::Suffix,
        "ends with a bracketed photo credit",
        CREDIT_TRIGGERS,
        concat!(
            r"[\(\[]\s*(?:",
            // a label: (Photo: …), (Photo by …), (Image: …)
            r"(?i:photo(?:graph)?s?|fotos?|image|picture|credit|illustration|photo credit|image credit)\s*(?::|by(?-u:\b))[^()\[\]]*",
            // who gave it: (Submitted by Ann Lee), (Supplied), (Family photo)
            r"|(?i:submitted|supplied|contributed)(?i: by)?\s+\p{Lu}[^()\[\]]*",
            r"|(?i:supplied|submitted|submitted photo|family photo|handout|file photo|contributed photo)",
            // a slash next to an agency or library
            r"|[^()\[\]]*/\s*(?:",
            news_agencies!(),
            "|",
            photo_sources!(),
            r")(?-u:\b)[^()\[\]]*",
            r"|[^()\[\]]*(?-u:\b)(?:",
            news_agencies!(),
            "|",
            photo_sources!(),
            r")\s*/[^()\[\]]*",
            // via a library
            r"|[^()\[\]]*(?-u:\b)via\s+",
            photo_sources!(),
            // a picture library alone, or an agency with "Photo"
            r"|",
            photo_sources!(),
            r"|(?:",
            news_agencies!(),
            r")\s+(?i:photo|photos|images|file photo|pool)",
            r")\s*[\)\]]$"
        ),
    )
    .max_len(1500),
    // "（撮影・山田花子）", "（写真：共同）": a Japanese caption's credit in
    // brackets closing the line. Safe: the bracket opens with the label
    // ("taken by", "photo") and holds nothing but the name.
    RuleDef::pattern(
        "credit-bracket-cjk",
        Category::Caption,
        Scope::Suffix,
        "ends with a Japanese bracketed photo credit",
        &["撮影", "写真"],
        r"[(（](?:撮影|写真|写真提供)\s*[・:：=＝]?\s*[^()（）]+[)）]$",
    )
    .max_len(1500),
    // "… on Monday. (Jane Doe/The Valley Courier)": a caption sentence, then a
    // bracketed credit of a name and a publication or agency not in the
    // lists above. Safe: the bracket follows a sentence end and closes the
    // line, and holds two to four capitalised words, a slash, and up to six
    // capitalised words; prose puts its period after a bracket, not before.
    RuleDef::pattern(
        "credit-bracket-name",
        Category::Caption,
        Scope::Suffix,
        "a caption sentence ending with a bracketed name/publication credit",
        // The sentence end and the bracket, not the slash: many lines hold
        // a slash (links, dates, "and/or"), few a bracket after a period.
        &[". (", ". [", "! (", "? (", ".\" (", ".” ("],
        r#"[.!?]["”’]?\s+[\(\[](?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s*/\s*(?:(?:The|the|of|for|and|&)\s+|\p{Lu}[\p{L}.'’&-]*\s*){1,6}[\)\]]$"#,
    )
    .max_len(600),
    // An upper-case credit label closing the line:
    // "… on Tuesday. PHOTO: JANE DOE FOR THE DAILY PAPER". Safe: the label and
    // everything after it are upper case.
    RuleDef::pattern(
        "credit-label-caps",
        Category::Caption,
        Scope::Suffix,
        "ends with an upper-case photo credit",
        &["photo:", "photograph:", "photos:", "image:", "picture:", "credit:", "illustration:"],
        r"(?:^|\s)(?:PHOTO(?:GRAPH)?S?|IMAGE|PICTURE|CREDIT|ILLUSTRATION):\s+\p{Lu}[^\p{Ll}]*$",
    )
    .max_len(1500),
    // A credit label closing the line: "… Picture: Daily Paper", "… PHOTO:
    // Valley Courier/Ann Lee", "… Photographer: Jane Doe/Agency". Safe: the
    // label is followed by capitalised text without `!?:;` to the end of a
    // line that does not end like a sentence. (No `{0,80}` bound: bounded
    // repeats cost the regex its fast engines; see DESIGN.md.)
    RuleDef::pattern(
        "credit-label-tail",
        Category::Caption,
        Scope::Suffix,
        "ends with a photo credit label and a name",
        &["photo", "foto", "picture", "image", "credit", "illustration", "pic:", "pics:", "beeld", "zdjęcie", "bild", "kuva", "fot.", "mynd", "slika", "attēls", "imaxe", "imatge", "pilt", "nuotr.", "llun", "ritratt", "surat", "chart", "graphic", "fotó"],
        concat!(
            r"(?:^|\s|\p{Ll}[.!?])(?:",
            credit_labels!(),
            r"|PHOTOS?|PHOTOGRAPHS?|PICTURES?|IMAGES?|CREDIT|PICS?)\s*:\s+(?:\p{Lu}[^!?:;]*|(?:police |family |club |school )?handout|supplied|file|stock|courtesy of the (?:artist|author|family|photographer|owner|gallery|estate|museum)(?: of \p{Lu}[^!?:;]*)?)$",
            // Polish prints the label abbreviated and without a colon:
            // "… w dniu otwarcia. Fot. Anna Nowak".
            r"|(?:^|\s)Fot\.\s+\p{Lu}[^!?:;]*$",
            // So does Lithuanian: "… Pilies gatvėje. Nuotr. Jonas Jonaitis".
            r"|(?:^|\s)Nuotr\.\s+\p{Lu}[^!?:;]*$"
        ),
    )
    .max_len(1500)
    .unpunctuated(),
    // "… the autumn shows. Getty Images", "… in 1962. Image supplied by
    // the family", "… last winter. Image used with his permission.": a
    // caption closed, after its last sentence, by a picture library alone
    // or a note on where its picture came from, full stop and all
    // (`credit-label-tail` skips lines ending like a sentence). Safe: a
    // sentence's end before it, and the credit is the line's end.
    RuleDef::pattern(
        "credit-sentence-tail",
        Category::Caption,
        Scope::Suffix,
        "ends, after a sentence, with a picture library or a supplied-picture note",
        &["supplied", "provided", "submitted", "permission", "getty", "shutterstock", "alamy", "istock", "unsplash", "pexels", "pixabay", "wikimedia"],
        concat!(
            r"\p{Ll}[.!?]\s+(?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?|Unsplash|Pexels|Pixabay|Wikimedia Commons)\.?$|",
            r"[\p{Ll}0-9][.!?]\s+(?:Image|Photo|Picture)s?\s+(?:supplied|provided|submitted)(?:\s+by\s+[^.!?]*)?\.?$",
            r"|[\p{Ll}0-9][.!?]\s+(?:Image|Photo|Picture)s?\s+used with (?:his|her|their|the family's|kind) permission\.?$"
        ),
    )
    .max_len(1500),
    // "… in his new home. Photo courtesy of the Morales family.": a caption
    // whose credit is a courtesy, full stop and all. Safe: a sentence end
    // (or the line's start) before it, then a capitalised name (particles
    // and "family", "estate", "collection" … allowed) to the end.
    RuleDef::pattern(
        "credit-courtesy-tail",
        Category::Caption,
        Scope::Suffix,
        "ends with a photo courtesy credit",
        &["courtesy"],
        concat!(
            r"(?:^|[.!?)]\s+)(?:(?i:photos?|photographs?|images?|pictures?)\s+(?i:courtesy)(?:\s+(?i:of))?\s+(?:(?i:the)\s+)?",
            r"\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?i:of|de|da|del|van|von|der|la|le|and|the)\s+|&\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*",
            r"(?:\s+(?i:family|estate|collection|archives?|museum|foundation|library|studio))?",
            // "… after the ceremony. Courtesy of Ann Lee/Instagram": without
            // "Photo", only with the network or agency after a slash (an
            // artwork's "Courtesy of the artist and the gallery" heads no
            // caption the gold removes as often as it keeps the bio beside it).
            r"|Courtesy of \p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*)*\s*/\s*\p{Lu}[\p{L}\p{N}'’.&-]*)\.?$"
        ),
    )
    .max_len(600),
    // "… on Monday. Picture by Jane Doe", "… in her studio. Portrait by
    // Ann Lee", "… after a health check. Photo /
    // NZME", "… on a Saturday. Photo by the author.": a caption whose credit is a label with "by" or a slash and a
    // name. Safe: a sentence end before the label, then capitalised words
    // (an agency after a slash or comma allowed) to the end of the line.
    RuleDef::pattern(
        "credit-by-tail",
        Category::Caption,
        Scope::Suffix,
        "ends with a photo credit made of a label, \"by\" or a slash, and a name",
        // A sentence end, one space and the label.
        &[". photo", ". picture", ". image", ". illustration", "! photo", "! picture", "! image", "! illustration", "? photo", "? picture", "? image", "? illustration", ") photo", ") picture", ") image", ") illustration", "” photo", "” picture", "” image", "” illustration", "\" photo", "\" picture", "\" image", "\" illustration", "’ photo", "’ picture", "’ image", "’ illustration", ". portrait", ". photography"],
        concat!(
            r"[.!?)’”\x22]\s+(?:Photo(?:graph)?s?|Photography|Portraits?|Pictures?|Images?|Illustrations?)\s+(?:by\s+|/\s*)",
            r"(?:the (?:author|writer|reporter|photographer)|\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:de|da|van|von|der|la|le)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*)",
            r"(?:\s*[/,]\s*\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*)*)?\.?\s*$"
        ),
    )
    .max_len(1500),
    // "… /Getty Images", "REUTERS/Jane Doe", "Jane Doe/AP" closing the line.
    // Safe: a slash glued to a listed agency at the very end of the line, or an
    // agency's caps form before a slash and a name; prose does not end so.
    RuleDef::pattern(
        "credit-slash-tail",
        Category::Caption,
        Scope::Suffix,
        "ends with an agency credit joined by a slash",
        // Every match holds the slash or "via".
        &["/", "via"],
        concat!(
            r"(?:(?:REUTERS|Reuters|AP|AFP|EPA(?:-EFE)?|AAP|Xinhua|XINHUA)/\p{Lu}[\p{L} .'’-]*(?:/(?:File(?: Photo)?|Pool))?",
            r"|/\s*(?:",
            news_agencies!(),
            "|",
            photo_sources!(),
            r")(?:\s+(?:Photo|Images|via Getty Images))?",
            r"|(?-u:\b)via\s+",
            photo_sources!(),
            r")\s*$"
        ),
    )
    .max_len(1500),
    // "… at the terminal on Wednesday evening. (TNW/Ana Fifita)", "…
    // one of the registers. (Goldfields Ledger: Tom Varady)", "… the
    // branch. (Heartland NewsLink photo/Pinecrest Credit Union)": a caption
    // closed by its credit in brackets, the source and the photographer
    // joined by a slash or a colon. Safe: a lower-case word and a sentence
    // end before the bracket, capitalised names only inside it, and a
    // colon's source two to four words or a credit word ("(Source:
    // Statistics Office)" is a source note, and "(Instructor: Anna Lee)"
    // follows no sentence).
    RuleDef::pattern(
        "credit-bracket-names",
        Category::Caption,
        Scope::Suffix,
        "ends with a bracketed credit: a source and a name",
        &["/", ":"],
        concat!(
            r"\p{Ll}[.!?]\s+\(",
            r"(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*(?:\s+(?i:photo|picture|image))?\s*/\s*",
            r"|(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){1,3}|(?i:photo|picture|image|credit|foto|picha|llun|mynd))\s*:\s*)",
            r"\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|la|le))*\)\s*$"
        ),
    )
    .max_len(1500),
    // "… after her dental. (Our photo)", "… in February. (Author's photo)",
    // "… at last year's festival. (Courtesy Whitby Kite Club)": a caption
    // closed by a bracketed credit to the site itself or a courtesy. Safe:
    // a sentence end before the bracket, and the bracket holds only the
    // credit.
    RuleDef::pattern(
        "credit-bracket-own",
        Category::Caption,
        Scope::Suffix,
        "ends with a bracketed own-photo or courtesy credit",
        &["photo)", "picture)", "image)", "photos)", "(courtesy"],
        concat!(
            r"[.!?]\s*\((?:(?i:our|my|own|staff|file|author['’]s|the author['’]s|reader['’]s|family)\s+(?i:photos?|pictures?|images?)",
            r"|Courtesy(?: of)?(?: the)? \p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|the|and|&))*)\)\s*$"
        ),
    )
    .max_len(1500),
    // "… © Bloomberg", "… © AP": a copyright sign then a name closing a caption.
    // Safe: the copyright sign is not used in prose before a final name, and
    // every word after it is capitalised (a sentence after "© AP" is body text
    // glued to the caption, which credit-copyright-inline cuts instead).
    RuleDef::pattern(
        "credit-copyright-tail",
        Category::Caption,
        Scope::Suffix,
        "ends with a copyright credit",
        &["©"],
        r"\s©\s*\p{Lu}[\p{L}&.'’-]*(?:,?[ /]+\p{Lu}[\p{L}&.'’-]*)*\s*$",
    )
    .max_len(1500),
    // A caption glued in front of the body on one line: "… power' © AP The US
    // also believes …". Only the caption and its credit are removed. Safe: the
    // copyright sign must be followed by a listed agency or picture library.
    RuleDef::pattern(
        "credit-copyright-inline",
        Category::Caption,
        Scope::Inline,
        "a caption and its copyright credit glued before the text",
        &["©"],
        concat!(r"^[^©]{8,}\s©\s*(?:", news_agencies!(), "|", photo_sources!(), r")(?-u:\b)"),
    ),
    // A line that opens with a credit made of a label, "by" or "courtesy of",
    // and who made or gave the picture: "Photo by Jane Doe/Reuters",
    // "Photo by Jeremy Bishop on Unsplash", "Courtesy of the artist and
    // Gallery X", "Photo by @janedoe: …". Safe: the credit names someone (a
    // word with a capital, a handle, a web address, or a role such as "the
    // family"), and what follows the name is the end, punctuation or a
    // word credits use ("for", "on", "via"); "Photos by residents show …"
    // and "Photographs by Ansel Adams are on display …" are prose.
    RuleDef::pattern(
        "credit-by-prefix",
        Category::Caption,
        Scope::Prefix,
        "a line that opens with a photo credit: a label, \"by\" or \"courtesy of\", and a name",
        &["photo", "image", "picture", "illustration", "courtesy", "artwork"],
        concat!(
            r"^(?i:(?:staff |file )?(?:photo(?:graph)?s?|photography|images?|pictures?|illustrations?|photo[- ]illustrations?|artwork)\s+by|(?:(?:photo|image|picture|video)s?\s+)?courtesy(?:\s+of)?)\s*:?\s+",
            r"(?:@[\w.]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?-u:\b)",
            r"|(?i:(?:the|our|a)\s+)?(?i:author|artist|family|photographer|reporter|staff|writer|contributor|owner|subject|museum|archive|company|organi[sz]er|team|club|school|university|department)s?",
            r"|(?i:the\s+)?[\p{L}\p{N}'’.-]*\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?i:of|de|da|del|van|von|der|la|le|and|the)\s+|&\s+)?[\p{L}\p{N}'’.-]*\p{Lu}[\p{L}\p{N}'’.&-]*)*",
            r"(?:\s+(?i:family|estate|collection|archives?|museum|foundation|library|studio))?)",
            r"(?:\s*(?:$|[^\p{L}\p{N}\s])|\s+(?i:for|on|via|and|from|at|with|of|courtesy|in|licensed|under|using)(?-u:\b))"
        ),
    )
    .max_len(300),
    // Lines that start with a credit or caption label. Safe: capped at 300 bytes,
    // and the labels carry their colon ("Photo:"), which prose about photos
    // does not start with ("Photo booths are back"). Labels followed by "by"
    // or "of" need the name after them: `credit-by-prefix`.
    RuleDef::phrases(
        "caption-label-prefix",
        Category::Caption,
        Scope::Prefix,
        "a short line that starts with a photo, image or video label",
        &[
            "photo:",
            "photos:",
            "photograph:",
            "photographer:",
            "picture:",
            "pictured:",
            "image:",
            "images:",
            "photo credit:",
            "image credit:",
            "image source:",
            "illustration:",
            "courtesy:",
            "image courtesy:",
            "photo courtesy:",
            "photo illustration:",
            "photo-illustration:",
            "pic:",
            "pics:",
            "photo via",
            "image via",
            "photo provided by",
            "photo submitted by",
            "photo contributed by",
            "credit...",
            "credit…",
            "gallery:",
            "file photo",
            "file photo:",
            "file image",
            "watch:",
            "main image:",
            "top image:",
            "lead image:",
            "featured image:",
            "header image:",
            "image caption",
            "media caption",
            "caption:",
            // The credits of a feature's pictures under its byline: "Illustrations: Ann Lee".
            "illustrations:",
            "photography:",
            "photographs:",
            "artwork:",
        ],
    )
    .max_len(300),
    // "Credit: Ann Lee", "Credits: Valley Archive": a credit label with a
    // name. Safe: a letter follows the label ("Credits: 15", a course's
    // weight, is not a credit).
    RuleDef::pattern(
        "credit-label-prefix",
        Category::Caption,
        Scope::Prefix,
        "a short line that starts with a credit label and a name",
        &["credit:", "credits:"],
        r"(?i)^credits?:(?:\s*$|\s*[^\s0-9])",
    )
    .max_len(300),
    // A gallery's slide counter: "2 of 9". Safe: the whole line is the two
    // numbers ("5/5", a rating, is left).
    RuleDef::pattern(
        "slide-counter",
        Category::Caption,
        Scope::Line,
        "a gallery's slide counter",
        &[" of "],
        r"^[0-9]{1,3} of [0-9]{1,3}$",
    )
    .max_len(12),
    // Image-search leftovers. "Image result for …" is what a scraped image
    // search result says; the caption often follows, hence the role. Safe:
    // these phrases never open a sentence of an article.
    RuleDef::phrases(
        "image-placeholder",
        Category::Caption,
        Scope::Prefix,
        "an image placeholder or alt text",
        &[
            "image result for",
            "related image",
            "image may contain",
            "no photo description available",
            "click to play video:",
        ],
    )
    .max_len(300)
    .role(Role::Placeholder),
    // Buttons and labels of image and video widgets. Safe: the line holds the
    // label and nothing else (decoration aside).
    RuleDef::phrases(
        "image-widget",
        Category::Caption,
        Scope::Line,
        "an image or video widget label",
        &[
            "image",
            "photo",
            "video",
            "gallery",
            "photo gallery",
            "image gallery",
            "view gallery",
            "open gallery",
            "view image",
            "view larger image",
            "click to enlarge",
            "click image to enlarge",
            "enlarge this image",
            "enlarge image",
            "expand image",
            "toggle caption",
            "hide caption",
            "show caption",
            "caption",
            "play video",
            "play episode",
            "play audio",
            "play podcast",
            "watch video",
            "watch the video",
            "watch now",
            "video player",
            "loading video",
            "now playing",
            "replay video",
            "this video can not be played",
            "video unavailable",
            "view this post on instagram",
            "a post shared by",
            "advertisement: video",
            "view image in fullscreen",
            "open image in gallery",
            "view in fullscreen",
            "view fullscreen",
            "fullscreen",
            "enlarge",
            "video player is loading",
            "stock image",
            "stock photo",
            "representative image",
            "representational image",
            "submitted photo",
            "contributed photo",
            "provided photo",
            "staff photo",
            "embed from getty images",
            "tap to expand",
            "click to expand",
        ],
    ),
    // "A post shared by Jane Roe (@janeroe)": the attribution line of an
    // embedded social post. Safe: an embed's fixed wording opens the line,
    // and no sentence end.
    RuleDef::phrases(
        "embed-attribution",
        Category::Caption,
        Scope::Prefix,
        "the attribution line of an embedded social-media post",
        &[
            "a post shared by",
            "a photo shared by",
            "a video shared by",
            "a photo posted by",
            "a video posted by",
        ],
    )
    .max_len(120)
    .unpunctuated(),
    // "Image 3 of 12", "Photo 2/9": gallery counters. Safe: a counter word and
    // two small numbers make the whole line.
    RuleDef::pattern(
        "gallery-counter",
        Category::Caption,
        Scope::Line,
        "a gallery counter",
        &[],
        r"(?i)^(?:image|photo|picture|slide)s?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}$",
    )
    .max_len(30),
    // "Acme Corp logo": alt text of a logo image. Safe: one to five capitalised
    // words then "logo" ("How to choose colors for your logo" is prose).
    RuleDef::pattern(
        "logo-alt",
        Category::Caption,
        Scope::Line,
        "alt text of a logo image",
        &["logo"],
        r"^(?:The |An? )?(?:\p{Lu}[\p{L}0-9&.'’-]*\s+){1,5}(?:[Ll]ogo|LOGO)$",
    )
    .max_len(80),
];
