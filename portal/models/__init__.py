from .mail import MailDelivery
from .pages import HomePage, StandardPage
from .taxonomy import Country, Topic
from .users import User

__all__ = ["Country", "HomePage", "MailDelivery", "StandardPage", "Topic", "User"]
