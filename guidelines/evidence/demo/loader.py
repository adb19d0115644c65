def load_demo_content(*, stdout) -> None:
    """Placeholder replaced below."""
