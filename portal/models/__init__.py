from .mail import MailDelivery
from .membership import (
    MembershipRequest,
    MembershipSettings,
    MembershipStatus,
    NotificationPreferences,
    PrivacyOverride,
    TrustedDomain,
    WatchedEmail,
)
from .pages import HomePage, StandardPage
from .review import SecondPersonApprovalTask
from .taxonomy import Country, Topic
from .users import User

__all__ = [
    "Country",
    "HomePage",
    "MailDelivery",
    "MembershipRequest",
    "MembershipSettings",
    "MembershipStatus",
    "NotificationPreferences",
    "PrivacyOverride",
    "SecondPersonApprovalTask",
    "StandardPage",
    "Topic",
    "TrustedDomain",
    "User",
    "WatchedEmail",
]
