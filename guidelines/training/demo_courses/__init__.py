"""The demo courses' text in English, French and Arabic (content, not interface strings).

Each course: slug, per-language fields, modules; each module: pass mark, per-language title, lessons;
each lesson: per-language title, summary, text (HTML), optional scenario and questions.
A question: (kind, {lang: (prompt, [(answer, is_correct, feedback), ...])}).
"""

from .case_management import COURSE as CASE_MANAGEMENT
from .counter_trafficking import COURSE as COUNTER_TRAFFICKING
from .psychosocial_reintegration import COURSE as PSYCHOSOCIAL_REINTEGRATION

COURSES = [CASE_MANAGEMENT, COUNTER_TRAFFICKING, PSYCHOSOCIAL_REINTEGRATION]

COUNTRY_NAMES = {
    "ML": ("Mali", "Mali", "مالي"),
    "NE": ("Niger", "Niger", "النيجر"),
    "EG": ("Egypt", "Égypte", "مصر"),
    "LY": ("Libya", "Libye", "ليبيا"),
    "TN": ("Tunisia", "Tunisie", "تونس"),
    "MA": ("Morocco", "Maroc", "المغرب"),
    "SD": ("Sudan", "Soudan", "السودان"),
    "ET": ("Ethiopia", "Éthiopie", "إثيوبيا"),
    "GN": ("Guinea", "Guinée", "غينيا"),
    "SN": ("Senegal", "Sénégal", "السنغال"),
    "AF": ("Afghanistan", "Afghanistan", "أفغانستان"),
    "IQ": ("Iraq", "Irak", "العراق"),
    "LB": ("Lebanon", "Liban", "لبنان"),
}
