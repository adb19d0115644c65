"""The portal's demo content: countries, topics, home page translations and one account per role."""


def load_demo_content(*, stdout) -> None:
    stdout.write("Portal demo content: nothing yet.")
