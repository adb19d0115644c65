from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from guidelines.training.offline_views import offline_attempts
from portal import accounts, health, views
from portal.offline import views as offline_views

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # One login path: the Wagtail admin signs in through allauth.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/logout/", accounts.admin_logout),  # POST signs out; GET asks to confirm (never signs out)
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/login/", accounts.login, name="account_login"),
    path("accounts/confirm-email/<str:key>/", accounts.confirm_email, name="account_confirm_email"),
    path("accounts/logout/", accounts.logout, name="account_logout"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/2fa/totp/activate/", accounts.activate_totp, name="mfa_activate_totp"),
    path("accounts/", include("allauth.urls")),
    path("api/search/", include("search.api_urls")),
    path("manifest.webmanifest", offline_views.manifest, name="web_manifest"),
    path("sw.js", offline_views.service_worker, name="service_worker"),
    path("low-data/", offline_views.low_data_toggle, name="low_data"),
    path("api/offline/pages/<int:page_id>/", offline_views.keep_list_json, name="offline_keep_list"),
    path("api/training/offline-attempts/", offline_attempts, name="offline_attempts"),
]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("forum/", include("forum.urls")),
    path("offline/", include("portal.offline_packs.urls")),
    path("membership/", include("portal.membership.urls")),
    path("countries/", include("portal.countries.urls")),
    path("kept/", offline_views.kept, name="offline_kept"),
    path("", include(wagtail_urls)),
    # Guideline edition labels contain dots (editions/2.1/), which Wagtail's own page pattern refuses.
    re_path(r"^((?:[\w\-.]+/)*)$", wagtail_views.serve, name="wagtail_serve_dotted"),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
