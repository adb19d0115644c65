"""The demo portal's data, kept apart from the code that loads it (portal.demo)."""
