//! Comment-section furniture: prompts, policies, counts.

use super::{Role, RuleDef};
use crate::{Category, Scope};

/// A feedback widget's question ("Was this page helpful?"), for
/// `feedback-yes-no`.
macro_rules! feedback_question {
    () => {
        r"(?:(?:was|is) (?:this|it|the) (?:\p{L}+ )?(?:helpful|useful)\??|did you find (?:this|it) (?:page |article |information )?(?:helpful|useful)\??|did (?:this|the) \p{L}+ help(?: you)?\??|apakah (?:artikel|halaman|informasi) ini membantu\??|(?:war|ist) (?:dieser artikel|diese seite|diese information) hilfreich\??|cet article (?:vous )?a-t-il été utile\s*\??|cette page (?:vous )?a-t-elle été utile\s*\??|¿?(?:te |le )?(?:ha sido|fue|resultó) útil (?:este artículo|esta página|esta información)\??|(?:esta|este) (?:página|matéria|artigo|conteúdo) (?:foi|é) útil\??|(?:questo articolo|questa pagina) (?:ti )?è stat[oa] utile\??)"
    };
}

/// A feedback widget's two buttons ("Yes / No", "👍 👎").
macro_rules! yes_no_buttons {
    () => {
        r"(?:👍\s*)?(?:yes|ja|oui|s[ií]|sim|ya|👍)\s*[/|·•]?\s*(?:👎\s*)?(?:no|nein|non|não|tidak|nee|👎)"
    };
}

pub(crate) const RULES: &[RuleDef] = &[
    RuleDef::phrases(
        "comments-label",
        Category::Comments,
        Scope::Line,
        "a line holding only a comments label or button",
        &[
            "comments",
            "💬",
            "comment",
            // The label on Spanish, Portuguese, Italian, German and
            // Indonesian sites.
            "comentarios",
            "comentários",
            "commenti",
            "kommentare",
            "komentar",
            // And on Polish, Turkish, Swedish, Danish, Norwegian, Dutch and
            // Japanese sites.
            "komentarze",
            "yorumlar",
            "kommentarer",
            "reacties",
            "コメント",
            // And on Finnish, Czech, Vietnamese, Greek, Russian, Ukrainian,
            // Hebrew, Arabic and Korean sites (as printed: phrases fold
            // ASCII case only).
            "kommentit",
            "komentáře",
            "bình luận",
            "Σχόλια",
            "Комментарии",
            "Коментарі",
            "תגובות",
            "تعليقات",
            "댓글",
            // And on Serbian, Bulgarian, Macedonian, Georgian, Armenian,
            // Bengali, Tamil, Urdu and Amharic sites, whose counters ("Коментари
            // (5)") are matched here too: a count is decoration.
            "Коментари",
            "კომენტარები",
            "Մեկնաբանություններ",
            "মন্তব্য",
            "মন্তব্য করুন",
            "கருத்துகள்",
            "تبصرے",
            "አስተያየቶች",
            "add a comment",
            "add comment",
            "post a comment",
            "post comment",
            "leave a comment",
            "leave a reply",
            "leave a reply cancel reply",
            "leave a comment cancel reply",
            "cancel reply",
            "reply",
            "replies",
            "reply to comment",
            "write a comment",
            "add your comment",
            "leave your comment",
            "submit comment",
            "submit a comment",
            "reader comments",
            "readers' comments",
            "readers comments",
            "expand comments",
            "commenting is closed",
            "commenting is now closed",
            "comments are turned off",
            "comments are now closed",
            "report comment",
            "view comments",
            "show comments",
            "hide comments",
            "load comments",
            "load more comments",
            "view all comments",
            "see all comments",
            "join the conversation",
            "join the discussion",
            "join the debate",
            "comments are closed",
            "comments are closed.",
            "comments closed",
            "be the first to comment",
            "no comments yet",
            "no comments",
            "sort by",
            "upvote",
            "downvote",
            "have your say",
            "share your thoughts",
            "save my name, email, and website in this browser for the next time i comment.",
            "save my name and email in this browser for the next time i comment.",
            "sort by: newest",
            "sort by: oldest",
            "sort by: best",
            "sort by: top",
            "sort by newest",
            "sort by oldest",
            "newest first",
            "oldest first",
            "most liked",
            "start the conversation",
            "discussion about this post",
            "sign the guest book",
            "sign the guestbook",
            "view the guest book",
            "view guest book",
        ],
    ),
    // The question a comment box opens with, which an article may also ask
    // as a heading above its own paragraph (an FAQ, a reader survey): the
    // label role keeps it between two kept lines above prose.
    RuleDef::phrases(
        "comments-question",
        Category::Comments,
        Scope::Line,
        "a line holding only the question that opens a comment box",
        &["what do you think?", "what do you think"],
    )
    .role(Role::Label),
    // Comment policies and sign-in prompts. Safe: these phrases describe the
    // comment box itself, capped at 500 bytes; a phrase that news about
    // comments uses too ("its comment policy", "who want to leave a comment
    // must register", "declined to provide comments for this article") is
    // listed with the box's own words around it.
    RuleDef::phrases(
        "comments-policy",
        Category::Comments,
        Scope::Block,
        "a comment policy or a prompt to comment",
        &[
            "tolerance for comments",
            "new commenting platform",
            "log in or register to reply",
            "to reply to this thread",
            "comments containing",
            "our comment policy",
            "read the comment policy",
            "we welcome comments that",
            "please keep comments",
            "commenting policy",
            "comments are moderated",
            "moderated before publication",
            "moderated before they are published",
            "moderated before they appear",
            "comments are subject to",
            "comments may be moderated",
            "keep comments civil",
            "keep comments respectful",
            "keep comments on topic",
            "keep comments relevant",
            "keep your comments civil",
            "keep your comments respectful",
            "keep your comments on topic",
            "keep your comments relevant",
            "please keep it civil",
            "must be logged in to post a comment",
            "log in to comment",
            "sign in to comment",
            "login to comment",
            "sign in to post a comment",
            "log in to post a comment",
            "register to post a comment",
            "click here to post a comment",
            "sign in to leave a comment",
            "log in to leave a comment",
            "logged in to leave a comment",
            "click here to leave a comment",
            "feel free to leave a comment",
            "your email address will not be published",
            "required fields are marked",
            "comments have been disabled for this",
            "comments for this article are",
            "comments for this article have",
            "comments on this article are",
            "comments on this article have",
            "thank you for partnering with us",
            "our community guidelines",
            "uses akismet to reduce spam",
            // A comment form's subscription boxes.
            "notify me of follow-up comments",
            "notify me of followup comments",
            "notify me of new comments",
            "notify me of new posts",
            "notify me of replies",
            // Asking for comments, about this page.
            "let us know in the comments",
            "tell us in the comments",
            "let us know what you think in the comments",
            // Closed-comments notices name this page: "Comments are turned
            // off on the video" is news.
            "commenting has been disabled for this",
            "commenting is disabled for this",
            "commenting is closed for this",
            "comments are turned off for this",
            "comments are closed for this",
            "powered by disqus",
            "have your say in the comments",
            // Sign-in prompts: "to join the discussion" alone is prose ("residents are
            // invited to join the discussion at the town hall").
            "account to join the discussion",
            "account to join the conversation",
            "subscribe to join the discussion",
            "subscribe to join the conversation",
            // The comment system's own credit line.
            "comments are powered by",
            "comments powered by",
            "comments on this blog are powered by",
            "comments on this site are powered by",
            // Moderation before a comment or a guest-book entry shows.
            "comments are reviewed before they appear",
            "comments are moderated before they appear",
            "comments will be reviewed before they appear",
            "comments are checked before they appear",
            "entries are reviewed before they appear",
            "entries are moderated before they appear",
            "tributes are reviewed before they appear",
            "comments are published once approved",
            "comments are published after approval",
            "sign in to join the discussion",
            "log in to join the discussion",
            "sign in to join the conversation",
            "log in to join the conversation",
            // Closed comments and the policy over reader comments, naming this page or its readers.
            "comments have been turned off on this",
            "comments have been turned off for this",
            "comments have been closed on this",
            "comments are closed on this",
            "comments have been disabled on this",
            "comments are disabled on this",
            "are the opinions of our readers",
            "are opinions of our readers",
            // The same policy lines on German, Portuguese, Spanish, French
            // and Italian sites.
            "kommentare werden vor der veröffentlichung",
            "beachten sie unsere netiquette",
            "os comentários são de responsabilidade",
            "comentários são moderados",
            "los comentarios son responsabilidad",
            "los comentarios están moderados",
            "les commentaires sont modérés",
            "i commenti sono moderati",
            "i commenti sono soggetti a moderazione",
            "regulamin komentowania",
            "yorum yazmak için",
            "kommentarsfältet är stängt",
            "reageren is niet meer mogelijk",
        ],
    )
    .max_len(500),
    // "Commenting is disabled for court stories that may be subject to
    // appeal.", "Comments are switched off on obituaries.": a closed-comments
    // notice that names a kind of page rather than this one. Safe: the line
    // opens with the notice (news says "The platform said commenting is
    // disabled …", and a line that reports speech is spared).
    RuleDef::phrases(
        "comments-closed-notice",
        Category::Comments,
        Scope::Prefix,
        "a line that opens by saying comments are closed",
        &[
            "commenting is disabled",
            "commenting has been disabled",
            "commenting is not available",
            "commenting is turned off",
            "comments are disabled",
            "comments have been disabled",
            "comments are switched off",
            "comments have been switched off",
            "comments are not available",
            "comments are not enabled",
        ],
    )
    .max_len(200),
    // "Rate this page: Was it helpful? Yes / No", "Was this article useful?
    // Yes No": a feedback widget's question with its buttons, or with the
    // "Rate this page" label (the question alone is `feedback-widget`'s).
    // Safe: the whole line is the label, the question and the buttons.
    RuleDef::pattern(
        "feedback-yes-no",
        Category::Comments,
        Scope::Line,
        "a feedback widget's question with its yes and no buttons",
        &["helpful?", "useful?", "rate this page", "membantu", "hilfreich", "utile", "útil", "help you?", "page help"],
        concat!(
            r"(?i)^(?:rate this (?:page|article|post)\s*[:?]?\s*(?:",
            feedback_question!(),
            r"(?:\s*",
            yes_no_buttons!(),
            r")?|",
            yes_no_buttons!(),
            r")|",
            feedback_question!(),
            r"\s*",
            yes_no_buttons!(),
            r")\s*$"
        ),
    )
    .max_len(100),
    // Rating and feedback widgets under an article.
    RuleDef::phrases(
        "feedback-widget",
        Category::Comments,
        Scope::Line,
        "a rating or feedback widget",
        &[
            "how useful was this post?",
            "how useful was this article?",
            "was this article helpful?",
            "was this page helpful?",
            "was this helpful?",
            "was this useful?",
            "was this post useful?",
            "was this post helpful?",
            "was this article useful?",
            "was the article useful?",
            "was this page useful?",
            "did you find this helpful?",
            "click on a star to rate it!",
            "rate this article",
            "rate this post",
            "no votes so far! be the first to rate this post.",
            "we are sorry that this post was not useful for you!",
            "let us improve this post!",
            "tell us how we can improve this post?",
            "submit feedback",
            "give feedback",
            "feedback",
        ],
    ),
    // The score and count of a rating widget: "4.8 from 12 votes", "0/5 (0
    // Reviews)". Safe: the whole line is a score out of five and a count.
    RuleDef::pattern(
        "rating-count",
        Category::Comments,
        Scope::Line,
        "a rating widget's score and count",
        &["vote", "review", "rating"],
        r"(?i)^[0-5](?:\.[0-9]{1,2})?\s*(?:from\s+[0-9][0-9,]*\s+votes?|/\s*5\s*\(\s*[0-9][0-9,]*\s+(?:reviews?|ratings?|votes?)\s*\))$",
    )
    .max_len(40),
    // The heading of a comment thread that names the post: "3 thoughts on
    // “Title”", "12 Responses to “Title”" (WordPress prints it so). Safe: a
    // count, a comments word, "on" or "to" and an opening quote, and no
    // sentence end ("2 responses to “the plan” stood out." stays).
    RuleDef::pattern(
        "comments-heading",
        Category::Comments,
        Scope::Prefix,
        "the heading of a comment thread: a count of comments on the post",
        &["thought", "comment", "respons", "repl"],
        r#"(?i)^(?:[0-9][0-9,]*|one)\s+(?:thoughts?|comments?|responses?|replies|reply)\s+(?:on|to)\s+["“‘'«]"#,
    )
    .max_len(300)
    .unpunctuated(),
    // "12 Comments", "Comments (3)", "View 45 comments".
    RuleDef::pattern(
        "comment-count",
        Category::Comments,
        Scope::Line,
        "a comment counter",
        &["comment", "repl", "notes", "コメント", "kommentit", "kommentar", "komentar", "komentáře", "diskuse", "yorumlar", "commenti", "comentarios", "comentários", "reacties", "hozzászólások", "comentarii", "diskusia", "maoni", "ulasan", "komentāri", "kommentaarid", "athugasemdir", "comentaris", "iruzkinak", "komente", "sylwadau", "şərhlər", "izohlar", "kummenti"],
        concat!(
            r"(?i)^(?:view |show |read |see |load )?(?:all )?\(?[0-9][0-9,.]*k?\)?\s*(?:more )?(?:comments?|replies|reply)$",
            // "212 comments · Leave a comment and a star rating".
            r"|^[0-9][0-9,.]*k?\s*(?:comments?|replies)\s*[·|•]\s*(?:leave|add|write|post|join|read)(?-u:\b)[^.!?·|•]*$|^(?:view|show|load|see) (?:[0-9][0-9,.]*k? )?more (?:comments|replies|notes)$|^(?:discussion|conversation|comments)\s*:\s*[0-9][0-9,.]*k?\s+(?:comments?|replies|responses)$|^[0-9][0-9,.]*k?\s*notes$|^コメント\s*[(（]\s*[0-9][0-9,]*\s*件?\s*[)）]$",
            // "Kommentit (31)", "Diskuse (64 příspěvků)", "Komentar (17) ·
            // Tulis komentar": the counter on sites in other languages
            // written in Latin letters, with the button to write one after
            // it. (Other scripts' labels are `comments-label` phrases: a
            // pattern naming their letters would take their blocks off the
            // stand-ins.)
            r"|^(?:kommentit|kommentarer|kommentare|komentar|komentari|komentarji|komentarze|komentáře|komentāri|komentarai|kommentaarid|athugasemdir|comentaris|iruzkinak|komente|komentet|sylwadau|şərhlər|izohlar|kummenti|diskuse|yorumlar|commenti|comentarios|comentários|reacties|hozzászólások|comentarii|diskusia|maoni|ulasan)\s*\(?\s*[0-9][0-9,.]*\s*(?:příspěvků|příspěvky|komentářů|príspevkov|príspevky|hozzászólás)?\s*\)?",
            r"(?:\s*[·|•—–-]\s*[^·|•—–]+)?$"
        ),
    )
    .max_len(60),
    // "harbourcone reblogged this from spoonbill and added:", "tiny-kettle
    // liked this": the notes under a blog post on a reblogging platform.
    // Safe: the whole line is one handle (no spaces) and the note's words.
    RuleDef::pattern(
        "reblog-note",
        Category::Comments,
        Scope::Line,
        "a reblog or like note under a post",
        &["liked this", "reblogged this"],
        r"(?i)^[a-z0-9_.-]+ (?:liked this|reblogged this(?: from [a-z0-9_.-]+)?(?: and added:?)?)$",
    )
    .max_len(120),
    // A call for readers' tips, stories and photos: "Do you have a story for
    // the news team? Email us at …", "We pay for your stories!", "Got storm
    // photos? Send them …". Safe: each phrase asks the reader for theirs.
    RuleDef::phrases(
        "tip-line",
        Category::Comments,
        Scope::Block,
        "a call for readers' news tips, stories or photos",
        &[
            "do you have a story for",
            "have a story for us",
            "got a story for us",
            "got a story?",
            "have a news tip",
            "got a news tip",
            "send us your news tips",
            "send us your story",
            "we pay for your stories",
            "we pay for your videos",
            "share your story with us",
            "ask in the comments below",
            "send us your photos",
            "send us your pictures",
            "send us your videos",
            "send us your weather photos",
        ],
    )
    .max_len(300),
];
