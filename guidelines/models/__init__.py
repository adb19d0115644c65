from .editions import GuidelineEdition
from .feedback import GuidelineFeedback
from .pages import GuidelineIndexPage, GuidelinePage

__all__ = ["GuidelineEdition", "GuidelineFeedback", "GuidelineIndexPage", "GuidelinePage"]
