//! Comment-section furniture: prompts, policies, counts.

use super::RuleDef;
use crate::{Category, Scope};

pub(crate) const RULES: &[RuleDef] = &[
    RuleDef::phrases(
        "comments-label",
        Category::Comments,
        Scope::Line,
        "a line holding only a comments label or button",
        &[
            "comments",
            "comment",
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
            "what do you think?",
            "what do you think",
            "have your say",
            "share your thoughts",
            "save my name, email, and website in this browser for the next time i comment.",
            "save my name and email in this browser for the next time i comment.",
        ],
    ),
    // Comment policies and sign-in prompts. Safe: these phrases describe the
    // comment box itself, capped at 500 bytes.
    RuleDef::phrases(
        "comments-policy",
        Category::Comments,
        Scope::Block,
        "a comment policy or a prompt to comment",
        &[
            "tolerance for comments",
            "comments containing",
            "comment policy",
            "commenting policy",
            "comments are moderated",
            "comments are subject to",
            "comments may be moderated",
            "keep comments",
            "keep your comments",
            "please keep it civil",
            "must be logged in to post a comment",
            "log in to comment",
            "sign in to comment",
            "login to comment",
            "to post a comment",
            "to leave a comment",
            "your email address will not be published",
            "required fields are marked",
            "comments have been disabled",
            "comments for this article",
            "comments on this article",
            "thank you for partnering with us",
            "our community guidelines",
            "uses akismet to reduce spam",
        ],
    )
    .max_len(500),
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
        &["comment", "repl"],
        r"(?i)^(?:view |show |read |see |load )?(?:all )?\(?[0-9][0-9,.]*k?\)?\s*(?:comments?|replies|reply)$",
    )
    .max_len(40),
];
