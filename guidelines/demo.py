def load_demo_content(*, stdout) -> None:
    stdout.write("Guidelines demo content: pending.")
