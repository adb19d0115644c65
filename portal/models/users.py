"""Accounts: a person logs in with an email address and carries a small professional profile."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class PortalUserManager(UserManager):
    """Creates users by email; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)

    # Profile
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    country = models.ForeignKey(
        "portal.Country", verbose_name=_("country"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    role_title = models.CharField(
        _("role title"), max_length=120, blank=True, help_text=_("e.g. Caseworker, Counsellor")
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = PortalUserManager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.public_name

    def get_full_name(self) -> str:
        """The display name first: Wagtail lists users by it (not by their email)."""
        return self.display_name or super().get_full_name()

    def get_short_name(self) -> str:
        """What Wagtail's review emails greet a reviewer by ("Hello Moussa,"), not their email address."""
        return self.public_name

    @property
    def public_name(self) -> str:
        """What other members see: the display name, else the part of the email before the @."""
        return self.display_name or self.get_full_name() or self.email.split("@")[0]
