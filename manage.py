#!/usr/bin/env python
"""Django's command-line utility; reads `.env` when present, defaults to development settings."""

import os
import sys

from portal.env import read_env_file

if __name__ == "__main__":
    read_env_file()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
