"""The forum's verbs, one module each: a `check_...` that refuses with a reason, and the change itself."""

from .answer_accept import answer_accept, check_answer_accept
from .counters import topic_recount
from .flag_dismiss import flags_dismiss
from .post_create import post_create
from .post_edit import post_edit
from .post_flag import check_post_flag, post_flag
from .post_hide import post_hide
from .post_restore import post_restore
from .post_review import held_post_publish, held_post_refuse, post_needs_review
from .reaction_toggle import reaction_toggle
from .topic_create import topic_create
from .topic_hide import topic_hide, topic_restore
from .topic_lock import topic_lock
from .topic_move import topic_move
from .topic_pin import topic_pin
from .watch import watch_remove, watch_set, watch_unsubscribe

__all__ = [
    "answer_accept",
    "check_answer_accept",
    "check_post_flag",
    "flags_dismiss",
    "held_post_publish",
    "held_post_refuse",
    "post_create",
    "post_edit",
    "post_flag",
    "post_hide",
    "post_needs_review",
    "post_restore",
    "reaction_toggle",
    "topic_create",
    "topic_hide",
    "topic_lock",
    "topic_move",
    "topic_pin",
    "topic_recount",
    "topic_restore",
    "watch_remove",
    "watch_set",
    "watch_unsubscribe",
]
