from .editions import GuidelineEdition
from .feedback import GuidelineFeedback
from .pages import GuidelineIndexPage, GuidelinePage
from .review import GuidelineReviewTask

__all__ = ["GuidelineEdition", "GuidelineFeedback", "GuidelineIndexPage", "GuidelinePage", "GuidelineReviewTask"]
